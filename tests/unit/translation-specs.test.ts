import { describe, expect, test } from 'vitest';
import { TRANSLATION_SPECS } from '../../src/lib/i18n/allSpecs';
import { HAN, rowsWithEnglish } from './translationRows';

describe.each(TRANSLATION_SPECS.map((spec) => [spec.table, spec] as const))('translations/en/%s.csv', (_table, spec) => {
  test('translates every row and every field of the data, in English only', () => {
    for (const { row, record } of rowsWithEnglish(spec)) {
      for (const field of spec.fields) {
        if (row[field]) expect(record[field], `${spec.table} ${row[spec.key[0]!]} ${field}`).toMatch(/\w/);
        expect(record[field], `${spec.table} ${row[spec.key[0]!]} ${field}`).not.toMatch(HAN);
      }
    }
  });
});
