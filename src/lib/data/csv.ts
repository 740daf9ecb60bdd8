import Papa from 'papaparse';
import { DataError } from './errors';
import { at } from '../checked';

const UTF8_BOM = '\uFEFF';

/** Decodes strict UTF-8 (a BOM is accepted). GBK and other encodings fail with the offending line. */
export function decodeUtf8(file: string, bytes: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const badLine = lineOfFirstInvalidByte(bytes);
    const hint = looksLikeGbk(bytes) ? ' It looks like GBK/GB18030: re-save the file as UTF-8.' : '';
    throw new DataError(file, `is not valid UTF-8 (first bad byte on line ${badLine}).${hint}`, undefined, undefined, {
      code: 'FILE_ENCODING',
      hint: 'Save the file as "CSV UTF-8" (Excel) or with UTF-8 encoding (any text editor).',
    });
  }
  return text.startsWith(UTF8_BOM) ? text.slice(1) : text;
}

function lineOfFirstInvalidByte(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let line = 1;
  let lineStart = 0;
  for (let index = 0; index < bytes.length; index++) {
    if (bytes[index] !== 0x0a) continue;
    try {
      decoder.decode(bytes.subarray(lineStart, index));
    } catch {
      return line;
    }
    line++;
    lineStart = index + 1;
  }
  return line;
}

function looksLikeGbk(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('gbk', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

export interface CsvTable {
  header: string[];
  /** Data rows with as many cells as the header (rows that are not are reported and left out). */
  rows: string[][];
  /** The line an editor shows for each of `rows` (the header is line 1). */
  lines: number[];
  /** Every structural problem found; rows are still returned where they could be read. */
  errors: DataError[];
}

/**
 * Parses CSV text strictly: every row must have as many fields as the header. Reports every
 * problem instead of stopping at the first. CRLF and LF line endings are both accepted; a lone CR
 * is left in its cell, where the schema reports it.
 */
export function readCsv(file: string, text: string): CsvTable {
  const errors: DataError[] = [];
  const empty = { header: [], rows: [], lines: [], errors };
  if (text.trim() === '') {
    errors.push(new DataError(file, 'is empty: expected a header row and data rows', undefined, undefined, { code: 'FILE_EMPTY', hint: 'Restore the file from git (git checkout -- data/' + file + ').' }));
    return empty;
  }
  // Papaparse guesses the line ending from the first CR it meets, so one stray CR would make it split
  // the whole file on CRs. Normalising CRLF first and parsing on LF keeps every other CR visible.
  const result = Papa.parse<string[]>(text.replace(/\r\n/g, '\n'), { header: false, skipEmptyLines: false, delimiter: ',', newline: '\n' });
  const records = result.data;
  // Editor line of each record: one more than the last, plus the line breaks inside its quoted cells.
  const lineOf: number[] = [];
  let line = 1;
  for (const record of records) {
    lineOf.push(line);
    line += 1;
    for (const cell of record) for (let at = cell.indexOf('\n'); at !== -1; at = cell.indexOf('\n', at + 1)) line++;
  }
  for (const error of result.errors) {
    const errorLine = error.row === undefined ? undefined : lineOf[error.row];
    if (error.code === 'MissingQuotes') {
      errors.push(new DataError(file, 'has a quote that is never closed: expected a closing `"`', errorLine, undefined, { code: 'CSV_QUOTE', hint: 'Close the quoted cell with `"`, and write a quote inside a cell as `""`.' }));
      // Everything after an unclosed quote is one cell: nothing more in this file can be trusted.
      return { ...empty, errors };
    }
    errors.push(new DataError(file, `cannot be parsed as CSV (${error.message})`, errorLine, undefined, { code: 'CSV_SYNTAX', hint: 'Re-save the file as CSV (comma-separated, UTF-8).' }));
  }
  // A trailing newline leaves one empty record at the end; any other empty line is an error.
  const last = records.at(-1);
  if (last && isBlankRecord(last)) records.pop();
  const [header, ...data] = records;
  if (!header || header.every((cell) => cell.trim() === '')) {
    errors.push(new DataError(file, 'has no header row', 1, undefined, { code: 'FILE_EMPTY', hint: 'Put the column names on line 1.' }));
    return { ...empty, errors };
  }
  if (data.length === 0) errors.push(new DataError(file, 'has a header but no data rows', undefined, undefined, { code: 'FILE_EMPTY', hint: 'Add the data rows below the header.' }));
  const rows: string[][] = [];
  const lines: number[] = [];
  const lineWhat = `${file}: the line a CSV record starts on`;
  data.forEach((row, index) => {
    const rowLine = at(lineOf, index + 1, lineWhat);
    if (isBlankRecord(row)) {
      errors.push(new DataError(file, 'is an empty line: remove it', rowLine, undefined, { code: 'CSV_BLANK_LINE', hint: 'Delete the empty line.' }));
    } else if (row.length !== header.length) {
      const kind = row.length > header.length ? 'too many' : 'too few';
      errors.push(
        new DataError(file, `has ${kind} columns: expected ${header.length} (as in the header), found ${row.length}`, rowLine, undefined, {
          code: 'CSV_COLUMN_COUNT',
          value: row.join(','),
          hint: kind === 'too many' ? 'Quote cells that contain a comma ("a,b"), or delete the extra cells.' : 'Add the missing cells (empty ones too: one comma per column).',
        }),
      );
    } else {
      rows.push(row);
      lines.push(rowLine);
    }
  });
  return { header, rows, lines, errors };
}

/** Like readCsv, but stops at the first problem (for callers that need a complete table or nothing). */
export function parseCsv(file: string, text: string): CsvTable {
  const table = readCsv(file, text);
  const [firstError] = table.errors;
  if (firstError) throw firstError;
  return table;
}

/** parseCsv as one record per row keyed by the header (the rule tables in data/manual/, the offline pipeline). */
export function parseRecords(file: string, text: string): { fields: string[]; rows: Record<string, string>[] } {
  const table = parseCsv(file, text);
  return { fields: table.header, rows: table.rows.map((cells) => Object.fromEntries(table.header.map((field, index) => [field, at(cells, index, `${file}: the cell under "${field}"`)]))) };
}

function isBlankRecord(record: string[]): boolean {
  return record.length === 1 && record[0] === '';
}
