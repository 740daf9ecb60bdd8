/**
 * CSV for the offline tools. They read with the site's own strict reader (`parseRecords` in
 * src/lib/data/csv.ts, so a malformed file fails with the same file/line message as in the build)
 * and write with Papa; amounts are fen (src/lib/money.ts).
 */
import Papa from 'papaparse';
import { wanToFen, type Fen } from '../src/lib/money.ts';

export type Row = Record<string, string | undefined>;

/** CSV text with LF line endings and a final newline, columns in the given order ('' for a missing cell). */
export function writeRecords(rows: readonly Row[], fields: readonly string[]): string {
  return Papa.unparse({ fields: [...fields], data: rows.map((row) => fields.map((field) => row[field] ?? '')) }, { newline: '\n' }) + '\n';
}

/** A 万元 cell as fen; an empty cell is 0 (functions.csv leaves zero amounts blank). */
export function amountCell(text: string | undefined): Fen {
  const trimmed = (text ?? '').trim();
  return trimmed === '' ? 0 : wanToFen(trimmed);
}
