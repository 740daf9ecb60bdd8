import { describe, expect, test } from 'vitest';
import { placeInWordsEnglish } from '../../src/lib/ranks';
import { branchPlaceEn, targetEn, themeNameEn, timingEn } from '../../src/lib/branches/english';
import { THEME_TOKENS } from '../../src/lib/palette';
import type { Indicator } from '../../src/lib/data/schemas';
import { getBudget } from '../../src/lib/budget';
import { projectTheme } from '../../src/lib/i18n/projectWords';

const target = (value: string, target_number: number | null, target_unit: string | null, comparator: Indicator['comparator']) => ({
  value,
  target_number,
  target_unit,
  comparator,
});

describe('timingEn: the sheets’ timing targets in English', () => {
  test.each([
    ['10月底前', 'by the end of October'],
    ['8月底', 'the end of August'],
    ['2024年4月', 'April 2024'],
    ['2024年11月前', 'before November 2024'],
    ['2024年9月至10月', 'September to October 2024'],
    ['2024年9月底前', 'by the end of September 2024'],
    ['2月至4月', 'February to April'],
    ['10、11月', 'October and November'],
    ['4月8日', '8 April'],
    ['2024年8月底', 'the end of August 2024'],
    ['9月底前完成', 'by the end of September'],
    ['2024年7月开始', 'starting July 2024'],
    ['2024年10月、2024年11月', 'October 2024 and November 2024'],
  ])('%s → %s', (chinese, english) => expect(timingEn(chinese)).toBe(english));

  test('other wordings have no English form (the page then quotes the Chinese)', () => {
    expect(timingEn('每月')).toBeNull();
    expect(timingEn('及时')).toBeNull();
    expect(targetEn(target('全年', null, null, null))).toEqual({ text: '全年', chinese: true });
  });
});

describe('targetEn: numeric targets', () => {
  test('counters leave the noun to the prose; comparators become words', () => {
    expect(targetEn(target('≥5处', 5, '处', '≥')).text).toBe('at least 5');
    expect(targetEn(target('41台', 41, '台', '=')).text).toBe('41');
    expect(targetEn(target('≥2810辆', 2810, '辆', '≥')).text).toBe('at least 2,810');
  });
  test('money in ¥, percentages and measures with their units', () => {
    expect(targetEn(target('≤80万元', 80, '万元', '≤')).text).toBe('no more than ¥800,000');
    expect(targetEn(target('≤7600元', 7600, '元', '≤')).text).toBe('no more than ¥7,600');
    expect(targetEn(target('≥90%', 90, '%', '≥')).text).toBe('at least 90%');
    expect(targetEn(target('950亩', 950, '亩', '=')).text).toBe('950 mu');
    expect(targetEn(target('8次/天', 8, '次/天', '=')).text).toBe('8 a day');
  });
  test('an unknown unit fails loudly instead of leaking Chinese', () => {
    expect(() => targetEn(target('3万度', 3, '万度', '='))).toThrow(/no English for the target unit/);
  });
});

describe('ranks in words', () => {
  test('ordinals and ties', () => {
    expect(placeInWordsEnglish({ rank: 1, tied: false })).toBe('first');
    expect(placeInWordsEnglish({ rank: 2, tied: true })).toBe('joint second');
    expect(placeInWordsEnglish({ rank: 11, tied: false })).toBe('11th');
    expect(placeInWordsEnglish({ rank: 22, tied: false })).toBe('22nd');
  });
  test('a branch shares its place when another has the same total', () => {
    const branches = [
      { total: 5, rank: 1 },
      { total: 3, rank: 2 },
      { total: 3, rank: 2 },
    ];
    expect(branchPlaceEn(branches[0]!, branches)).toBe('first');
    expect(branchPlaceEn(branches[1]!, branches)).toBe('joint second');
  });
});

test('every project theme has one English name, the one the project pages show', () => {
  for (const theme of Object.keys(THEME_TOKENS)) expect(themeNameEn(theme)).toMatch(/^[a-z ]+$/);
  for (const project of getBudget().projects) expect(themeNameEn(project.theme)).toBe(projectTheme('en', project).toLowerCase());
  expect(() => themeNameEn('未知')).toThrow(/no project has the theme "未知"/);
});

test('every dated target on the branch pages has an English form', async () => {
  const { directoryReader, loadBudget } = await import('../../src/lib/data/load');
  const { watchItems } = await import('../../src/lib/branches/watch');
  const { branchOverview } = await import('../../src/lib/branches/summary');
  const budget = loadBudget(directoryReader('data'));
  const untranslated = branchOverview(budget)
    .branches.flatMap((branch) => watchItems(branch.projects, budget.indicators))
    .filter((item) => targetEn(item.indicator).chinese)
    .map((item) => item.indicator.value);
  expect(untranslated).toEqual([]);
});
