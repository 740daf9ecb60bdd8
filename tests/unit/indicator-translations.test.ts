import { describe, expect, test } from 'vitest';
import { INDICATOR_LEVELS_EN, INDICATOR_SPECS, indicatorLevelEn } from '../../src/lib/i18n/specs-indicators';
import { keyOf, translations } from '../../src/lib/i18n/translations';
import { HAN, dataRows as rowsOf, rowsWithEnglish } from './translationRows';

/**
 * The numbers a value states, as the English writes them: 万 units other than 万元 are multiplied out.
 * In a date ("2024年9月至10月") only the years: months become their English names.
 */
function numbersOf(chinese: string): string[] {
  if (chinese.includes('月')) return [...chinese.matchAll(/(\d{4})年/g)].map(([, year]) => year!);
  return [...chinese.replace('m3/d', '').matchAll(/(\d+(?:\.\d+)?)(万(?!元))?/g)].map(([, number, wan]) =>
    wan ? String(Number(number) * 10_000) : number!,
  );
}

describe.each(INDICATOR_SPECS.map((spec) => [spec.table, spec] as const))('translations/en/%s.csv', (_table, spec) => {
  const rows = rowsOf(spec.table);
  const english = translations(spec);
  const recordOf = (row: Record<string, string>) => english.get(keyOf(spec.key.map((key) => row[key]!)))!;

  test('translates the name and value of every row, with no Chinese left', () => {
    for (const { row, record } of rowsWithEnglish(spec)) {
      for (const field of spec.fields) {
        expect(record[field], `${keyOf(spec.key.map((key) => row[key]!))} ${field}`).toMatch(/[A-Za-z0-9]/);
        expect(record[field], `${row[spec.key[0]!]} ${field}`).not.toMatch(HAN);
      }
    }
  });

  test('every value keeps the numbers of its Chinese original', () => {
    for (const row of rows) {
      const value = recordOf(row).value!.replace(/(\d),(?=\d{3})/g, '$1');
      for (const number of numbersOf(row.value!))
        expect(value, `${row.value} → ${value}`).toMatch(new RegExp(`(^|[^\\d.])${number.replace('.', '\\.')}($|[^\\d])`));
    }
  });

  test('one Chinese string, one English string (translated consistently)', () => {
    for (const field of spec.fields) {
      const seen = new Map<string, string>();
      for (const row of rows) {
        const text = recordOf(row)[field]!;
        expect(seen.get(row[field]!) ?? text, row[field]).toBe(text);
        seen.set(row[field]!, text);
      }
    }
  });
});

test('the level table names every level the indicators use, and nothing else', () => {
  const levels = new Set([...rowsOf('indicators'), ...rowsOf('department_indicators')].flatMap((row) => [row.level1!, row.level2!]));
  expect(new Set(Object.keys(INDICATOR_LEVELS_EN))).toEqual(levels);
  expect(indicatorLevelEn('产出指标')).toBe('Output indicators');
  expect(() => indicatorLevelEn('未知指标')).toThrow(/INDICATOR_LEVELS_EN/);
});

test('a spot check: the 湿地 wetland harvest of 950 亩 and a ≤ cost in 万元', () => {
  const english = translations(INDICATOR_SPECS[0]);
  const wetland = rowsOf('indicators').find((row) => row.value === '950亩')!;
  expect(english.get(keyOf([wetland.project_id!, wetland.seq!]))).toMatchObject({
    name: 'Mu of wetland plants harvested',
    value: '950 mu',
  });
  const cost = rowsOf('indicators').find((row) => row.value === '≤48.33万元')!;
  expect(english.get(keyOf([cost.project_id!, cost.seq!]))!.value).toBe('≤48.33 × 10,000 yuan');
});
