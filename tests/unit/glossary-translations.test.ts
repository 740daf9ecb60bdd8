import { describe, expect, test } from 'vitest';
import { TRANSLATION_SPECS } from '../../src/lib/i18n/allSpecs';
import { GLOSSARY_SPECS, SITE_GLOSSARY_TRANSLATIONS } from '../../src/lib/i18n/specs-glossary';
import { translations } from '../../src/lib/i18n/translations';
import { HAN, rowsWithEnglish } from './translationRows';

describe.each(GLOSSARY_SPECS.map((spec) => [spec.table, spec] as const))('translations/en/%s.csv', (_table, spec) => {
  test('translates every row and field into English, with no Chinese characters', () => {
    for (const { row, record } of rowsWithEnglish(spec)) {
      for (const field of spec.fields) {
        expect(record[field], `${row.id} ${field}`).toMatch(/[A-Za-z]{2}/);
        // Chinese originals are shown beside the English by the page (lang="zh-CN"), never inside it.
        expect(record[field], `${row.id} ${field}`).not.toMatch(HAN);
      }
    }
  });
});

test('npm run validate checks every glossary and indicator translation table', () => {
  expect(TRANSLATION_SPECS.map((spec) => spec.table)).toEqual(
    expect.arrayContaining(['indicators', 'department_indicators', 'glossary', 'site_glossary', 'discrepancies', 'known_gaps']),
  );
});

test('popover texts stay short enough for a hint', () => {
  for (const [id, record] of translations(SITE_GLOSSARY_TRANSLATIONS)) expect(record.short!.length, id).toBeLessThanOrEqual(170);
});
