import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { TRANSLATION_SPECS } from '../../src/lib/i18n/allSpecs';
import { translations } from '../../src/lib/i18n/translations';

const HAN = /\p{Script=Han}/u;
const rowsOf = (table: string) =>
  Papa.parse<Record<string, string>>(readFileSync(`data/${table}.csv`, 'utf8').replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: true,
  }).data;

describe.each(TRANSLATION_SPECS.map((spec) => [spec.table, spec] as const))('translations/en/%s.csv', (_table, spec) => {
  test('translates every row and every field of the data, in English only', () => {
    const english = translations(spec);
    const rows = rowsOf(spec.table);
    expect(english.size).toBe(rows.length);
    for (const row of rows) {
      const record = english.get(spec.key.map((key) => row[key]).join('\u001f'))!;
      for (const field of spec.fields) {
        if (row[field]) expect(record[field], `${spec.table} ${row[spec.key[0]!]} ${field}`).toMatch(/\w/);
        expect(record[field], `${spec.table} ${row[spec.key[0]!]} ${field}`).not.toMatch(HAN);
      }
    }
  });
});
