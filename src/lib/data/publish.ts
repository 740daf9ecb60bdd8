import Papa from 'papaparse';

/**
 * Every CSV the site publishes is written here: the /data/ copies of data/*.csv and each chart's
 * data.csv. Two rules make them safe to open by double-click in a spreadsheet:
 * - a UTF-8 byte order mark, without which Excel reads UTF-8 as the local code page and garbles Chinese
 *   (papaparse and Python's csv with encoding="utf-8-sig" skip it);
 * - a text cell that starts with = + - @, a tab or a CR gets a leading ' (as OWASP advises against
 *   CSV injection), so a spreadsheet shows it as text instead of running it as a formula.
 *   A cell that is just a number ("-2.00", "12.5%") is left alone: numbers stay numbers; so is a cell
 *   of one character (the comparator "=" in indicators.csv), which cannot hold a formula.
 */
export const UTF8_BOM = '\uFEFF';

export const FORMULA_START = /^(?![-+]?\d+(?:\.\d+)?%?$|.$)[=+\-@\t\r]/s;

export interface PublishedCsvOptions {
  /** LF for the copies of data/ (byte for byte what git holds, after the BOM); CRLF (RFC 4180) for chart tables. */
  newline: '\n' | '\r\n';
}

export function publishedCsv(header: readonly string[], rows: readonly (readonly string[])[], { newline }: PublishedCsvOptions): string {
  const body = Papa.unparse({ fields: [...header], data: rows.map((row) => [...row]) }, { newline, escapeFormulae: FORMULA_START });
  // data/ files end with a newline; the chart tables never had one, and keep their bytes.
  return UTF8_BOM + body + (newline === '\n' ? '\n' : '');
}
