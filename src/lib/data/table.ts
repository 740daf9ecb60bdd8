import { readCsv } from './csv';
import type { Column, ColumnValue } from './columns';
import { DataError, DataErrors, showValue } from './errors';
import { at, defined } from '../checked';

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

/** A CSV file checked against its schema: typed rows, the raw cells as written, and every problem. */
export interface CheckedTable<S extends Schema> {
  header: string[];
  /** Typed rows that passed every check; `row` is the line an editor shows. */
  rows: RowOf<S>[];
  /** The raw cells of every row that could be read, for publishing the file as it is. */
  cells: string[][];
  errors: DataError[];
  /** Every row of the file is in `rows` (possibly with text problems reported): sums and references over it mean something. */
  complete: boolean;
}

/** Parses and types one CSV file against its schema, reporting every problem; the header must match the schema. */
export function checkTable<S extends Schema>(spec: TableSpec<S>, text: string): CheckedTable<S> {
  const { header, rows: cells, lines, errors } = readCsv(spec.file, text);
  // Rows the CSV reader could not split into the header's columns are already missing from `cells`.
  const result: CheckedTable<S> = { header, rows: [], cells, errors, complete: errors.length === 0 };
  if (header.length === 0) return { ...result, complete: false };
  const expected = Object.keys(spec.columns);
  const missing = expected.filter((name) => !header.includes(name));
  const unexpected = header.filter((name) => !expected.includes(name));
  if (missing.length || unexpected.length) {
    const parts = [
      missing.length ? `missing column(s) ${missing.join(', ')}` : '',
      unexpected.length ? `unexpected column(s) ${unexpected.join(', ')}` : '',
    ].filter(Boolean);
    errors.push(
      new DataError(spec.file, `has a header that does not match its schema: ${parts.join('; ')}`, 1, undefined, {
        code: 'HEADER_MISMATCH',
        value: header.join(','),
        hint: `Line 1 must name these columns: ${expected.join(',')} (a new column also needs a schema entry in src/lib/data/schemas.ts).`,
      }),
    );
    return { ...result, complete: false };
  }
  const seenKeys = new Map<unknown, number>();
  // Looked up once per file, not once per cell: a city-sized budget has millions of cells.
  const columns = header.map((name) => ({ name, parse: defined(spec.columns[name], `${spec.file}: the schema of column "${name}" (src/lib/data/schemas.ts)`).parse }));
  const lineWhat = `${spec.file}: the line number of a data row`;
  // Every row starts as a copy of one object that already has every column: rows then share one
  // shape, and V8 keeps them as fast objects (a row given its 30-odd properties one by one becomes
  // a slow dictionary, and every later read of a field a hash lookup).
  const template: Record<string, unknown> = Object.fromEntries([['row', 0], ...header.map((name) => [name, undefined])]);
  cells.forEach((rowCells, index) => {
    const rowNumber = at(lines, index, lineWhat);
    const record: Record<string, unknown> = { ...template };
    record.row = rowNumber;
    let rowOk = true;
    let columnIndex = 0;
    for (const { name, parse } of columns) {
      const raw = rowCells[columnIndex++] ?? '';
      const parsed = parse(raw);
      if (!parsed.ok) {
        if (parsed.usable) record[name] = raw;
        else rowOk = false;
        const detail = parsed.found ? `${parsed.found}: "${showValue(raw)}"` : `expected ${parsed.expected}, found "${showValue(raw)}"`;
        errors.push(new DataError(spec.file, detail, rowNumber, name, { code: parsed.code ?? 'CELL_TYPE', value: raw, hint: parsed.hint ?? `Write ${parsed.expected}.` }));
        continue;
      }
      record[name] = parsed.value;
    }
    if (spec.key) {
      const keyValue = record[spec.key];
      const firstRow = seenKeys.get(keyValue);
      if (firstRow !== undefined) {
        rowOk = false;
        errors.push(
          new DataError(spec.file, `duplicate ${spec.key} "${String(keyValue)}" (first on row ${firstRow})`, rowNumber, spec.key, {
            code: 'DUPLICATE_KEY',
            value: String(keyValue),
            hint: `Give each row its own ${spec.key}, or delete the repeated row.`,
          }),
        );
      } else if (keyValue !== undefined) {
        seenKeys.set(keyValue, rowNumber);
      }
    }
    if (rowOk) result.rows.push(record as RowOf<S>);
    else result.complete = false;
  });
  return result;
}

/** Parses and types one CSV file against its schema; throws every problem at once. */
export function parseTable<S extends Schema>(spec: TableSpec<S>, text: string): RowOf<S>[] {
  const table = checkTable(spec, text);
  // Text kept for later checks is still an error here: nothing with a problem is loaded.
  if (table.errors.length) throw new DataErrors(table.errors);
  return table.rows;
}
