/**
 * CSV for the offline tools: read with the site's own strict reader (src/lib/data/csv.ts, so a
 * malformed file fails here with the same file/line message as in the build), written with Papa.
 */
import Papa from 'papaparse';
import { parseCsv } from '../src/lib/data/csv.ts';
import { wanToFen, type Fen } from '../src/lib/money.ts';

export type Row = Record<string, string | undefined>;

/** The header and one record per data row; throws on the first problem. `file` names it in errors. */
export function readRecords(file: string, text: string): { fields: string[]; rows: Row[] } {
  const table = parseCsv(file, text);
  const rows = table.rows.map((cells) => Object.fromEntries(table.header.map((field, index) => [field, cells[index]])));
  return { fields: table.header, rows };
}

/** CSV text with LF line endings and a final newline, columns in the given order ('' for a missing cell). */
export function writeRecords(rows: readonly Row[], fields: readonly string[]): string {
  return Papa.unparse({ fields: [...fields], data: rows.map((row) => fields.map((field) => row[field] ?? '')) }, { newline: '\n' }) + '\n';
}

/** A 万元 cell as fen; an empty cell is 0 (functions.csv leaves zero amounts blank). */
export function amountCell(text: string | undefined): Fen {
  const trimmed = (text ?? '').trim();
  return trimmed === '' ? 0 : wanToFen(trimmed);
}
