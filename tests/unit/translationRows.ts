/** The data tables beside their English translations (data/translations/en/), for the translation tests. */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { expect } from 'vitest';
import { keyOf, translations, type TranslationSpec } from '../../src/lib/i18n/translations';

export const HAN = /\p{Script=Han}/u;

/** The rows of data/<table>.csv, every cell a string. */
export function dataRows(table: string): Record<string, string>[] {
  return Papa.parse<Record<string, string>>(readFileSync(`data/${table}.csv`, 'utf8').replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: true,
  }).data;
}

/** Every row of the spec's table with its English record, once the test has checked there is one record per row. */
export function rowsWithEnglish(spec: TranslationSpec): { row: Record<string, string>; record: Readonly<Record<string, string>> }[] {
  const english = translations(spec);
  const rows = dataRows(spec.table);
  expect(english.size).toBe(rows.length);
  return rows.map((row) => ({ row, record: english.get(keyOf(spec.key.map((key) => row[key]!)))! }));
}
