import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { TRANSLATION_SPECS } from '../../src/lib/i18n/allSpecs';
import { GLOSSARY_SPECS, SITE_GLOSSARY_TRANSLATIONS } from '../../src/lib/i18n/specs-glossary';
import { keyOf, translations } from '../../src/lib/i18n/translations';

const HAN = /\p{Script=Han}/u;
const rowsOf = (table: string) =>
  Papa.parse<Record<string, string>>(readFileSync(`data/${table}.csv`, 'utf8').replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: true,
  }).data;

describe.each(GLOSSARY_SPECS.map((spec) => [spec.table, spec] as const))('translations/en/%s.csv', (_table, spec) => {
  test('translates every row and field into English, with no Chinese characters', () => {
    const english = translations(spec);
    const rows = rowsOf(spec.table);
    expect(english.size).toBe(rows.length);
    for (const row of rows) {
      const record = english.get(keyOf(spec.key.map((key) => row[key]!)))!;
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
