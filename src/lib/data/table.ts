import { parseCsv } from './csv';
import type { Column, ColumnValue } from './columns';
import { DataError } from './errors';

export type Schema = Record<string, Column<unknown>>;
export type RowOf<S extends Schema> = { [K in keyof S]: ColumnValue<S[K]> } & { readonly row: number };

export interface TableSpec<S extends Schema> {
  file: string;
  columns: S;
  /** Column whose values must be unique. */
  key?: keyof S & string;
}

export function defineTable<S extends Schema>(spec: TableSpec<S>): TableSpec<S> {
  return spec;
}

/** Parses and types one CSV file against its schema; the header must match the schema exactly. */
export function parseTable<S extends Schema>(spec: TableSpec<S>, text: string): RowOf<S>[] {
  const { header, rows } = parseCsv(spec.file, text);
  const expected = Object.keys(spec.columns);
  const missing = expected.filter((name) => !header.includes(name));
  const unexpected = header.filter((name) => !expected.includes(name));
  if (missing.length || unexpected.length) {
    const parts = [
      missing.length ? `missing column(s) ${missing.join(', ')}` : '',
      unexpected.length ? `unexpected column(s) ${unexpected.join(', ')}` : '',
    ].filter(Boolean);
    throw new DataError(spec.file, `has a header that does not match its schema: ${parts.join('; ')}`, 1);
  }
  const seenKeys = new Map<unknown, number>();
  // Looked up once per file, not once per cell: a city-sized budget has millions of cells.
  const parsers = header.map((name) => spec.columns[name]!.parse);
  // Every row starts as a copy of one object that already has every column: rows then share one
  // shape, and V8 keeps them as fast objects (a row given its 30-odd properties one by one becomes
  // a slow dictionary, and every later read of a field a hash lookup).
  const template: Record<string, unknown> = Object.fromEntries([['row', 0], ...header.map((name) => [name, undefined])]);
  return rows.map((cells, index) => {
    const rowNumber = index + 2;
    const record: Record<string, unknown> = { ...template };
    record.row = rowNumber;
    for (let columnIndex = 0; columnIndex < header.length; columnIndex++) {
      const raw = cells[columnIndex] ?? '';
      const result = parsers[columnIndex]!(raw);
      if (!result.ok) throw new DataError(spec.file, `expected ${result.expected}, found "${raw}"`, rowNumber, header[columnIndex]);
      record[header[columnIndex]!] = result.value;
    }
    if (spec.key) {
      const keyValue = record[spec.key];
      const firstRow = seenKeys.get(keyValue);
      if (firstRow !== undefined) {
        throw new DataError(spec.file, `duplicate ${spec.key} "${String(keyValue)}" (first on row ${firstRow})`, rowNumber, spec.key);
      }
      seenKeys.set(keyValue, rowNumber);
    }
    return record as RowOf<S>;
  });
}
