/** The economic categories' English (data/translations/en/basic_by_economic.csv) follows the Chinese data. */
import { expect, test } from 'vitest';
import { checkTranslations } from '../../src/lib/i18n/translations';
import { ECONOMIC_TRANSLATIONS } from '../../src/lib/i18n/specs-teach';
import { directoryReader } from '../../src/lib/data/load';
import { economicName } from '../../src/lib/learn/english';

const data = directoryReader('data');

test('every economic category has its English, in both languages through one function', () => {
  expect(checkTranslations(ECONOMIC_TRANSLATIONS, data).errors).toEqual([]);
  expect(economicName('en', '工资福利支出')).toBe('wages and benefits');
  expect(economicName('zh', '工资福利支出')).toBe('工资福利支出');
  expect(() => economicName('en', '不存在的类')).toThrow('basic_by_economic.csv has no category "不存在的类"');
});

test('a reworded Chinese category fails with the file, row and column of its translation', () => {
  const renamed = (file: string) => {
    const bytes = data(file);
    if (file !== 'basic_by_economic.csv') return bytes;
    const text = new TextDecoder().decode(bytes).replace('\n1,category,工资福利支出,', '\n1,category,工资和福利支出,');
    return new TextEncoder().encode(text);
  };
  const { errors } = checkTranslations(ECONOMIC_TRANSLATIONS, renamed);
  expect(errors).toHaveLength(1);
  expect(errors[0]).toMatchObject({ file: 'translations/en/basic_by_economic.csv', row: 2, column: 'category_zh' });
  expect(errors[0]?.message).toContain('basic_by_economic.csv row 2 now says "工资和福利支出"');
});
