import Papa from 'papaparse';
import { DataError } from './errors';

const UTF8_BOM = '\uFEFF';

/** Decodes strict UTF-8 (a BOM is accepted). GBK and other encodings fail with the offending line. */
export function decodeUtf8(file: string, bytes: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const badLine = lineOfFirstInvalidByte(bytes);
    const hint = looksLikeGbk(bytes) ? ' It looks like GBK/GB18030: re-save the file as UTF-8.' : '';
    throw new DataError(file, `is not valid UTF-8 (first bad byte on line ${badLine}).${hint}`);
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
  /** Data rows; `rows[i]` is spreadsheet row i + 2 (the header is row 1). */
  rows: string[][];
}

/** Parses CSV text strictly: every row must have as many fields as the header. */
export function parseCsv(file: string, text: string): CsvTable {
  if (text.trim() === '') throw new DataError(file, 'is empty: expected a header row and data rows');
  const result = Papa.parse<string[]>(text, { header: false, skipEmptyLines: false, delimiter: ',' });
  const firstError = result.errors[0];
  if (firstError) {
    const row = firstError.row === undefined ? undefined : firstError.row + 1;
    const detail =
      firstError.code === 'MissingQuotes'
        ? 'has a quote that is never closed: expected a closing `"`'
        : `cannot be parsed as CSV (${firstError.message})`;
    throw new DataError(file, detail, row);
  }
  const records = result.data;
  // A trailing newline leaves one empty record at the end; any other empty line is an error.
  if (records.length > 0 && isBlankRecord(records[records.length - 1]!)) records.pop();
  const [header, ...rows] = records;
  if (!header || header.every((cell) => cell.trim() === '')) throw new DataError(file, 'has no header row');
  if (rows.length === 0) throw new DataError(file, 'has a header but no data rows');
  rows.forEach((row, index) => {
    const rowNumber = index + 2;
    if (isBlankRecord(row)) throw new DataError(file, 'is an empty line: remove it', rowNumber);
    if (row.length !== header.length) {
      const kind = row.length > header.length ? 'too many' : 'too few';
      throw new DataError(
        file,
        `has ${kind} columns: expected ${header.length} (as in the header), found ${row.length}`,
        rowNumber,
      );
    }
  });
  return { header, rows };
}

function isBlankRecord(record: string[]): boolean {
  return record.length === 1 && record[0] === '';
}
