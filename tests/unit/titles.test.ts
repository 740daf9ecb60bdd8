import { describe, expect, test } from 'vitest';
import { getBudget } from '../../src/lib/budget';
import { branchOverview } from '../../src/lib/branches/summary';
import {
  branchComparisonTitle,
  branchProjectsTitle,
  branchRankTitle,
  branchThemesTitle,
  flowTitle,
  functionTreemapTitle,
  largestOf,
  shareInWords,
  timesInWords,
  unitTreemapTitle,
} from '../../src/lib/titles';
import { embedCharts } from '../../src/lib/embed/charts';

describe('shareInWords', () => {
  // Shares of 1000, so every boundary is exact.
  const words = (permille: number) => shareInWords(permille, 1000);
  test.each([
    [0, '零'],
    [74, '不到一成'],
    [75, '近一成'],
    [100, '一成'],
    [124, '一成'],
    [125, '一成多'],
    [149, '一成多'],
    [150, '近二成'],
    [174, '近二成'],
    [175, '近二成'],
    [176, '二成'],
    [375, '近四成'],
    [376, '四成'],
    [417, '四成'],
    [424, '四成'],
    [425, '四成多'],
    [449, '四成多'],
    [450, '近一半'],
    [475, '近一半'],
    [476, '一半'],
    [500, '一半'],
    [524, '一半'],
    [525, '一半多'],
    [836, '八成多'],
    [949, '九成多'],
    [950, '九成多'],
    [974, '九成多'],
    [975, '几乎全部'],
    [999, '几乎全部'],
    [1000, '全部'],
  ])('%i‰ → %s', (permille, expected) => expect(words(permille)).toBe(expected));

  test('works on fen amounts without floating-point drift at a boundary', () => {
    expect(shareInWords(3 * 1_234_567, 8 * 1_234_567)).toBe('近四成'); // 37.5 % exactly
    expect(shareInWords(978_713_0000, 2_347_423_0000)).toBe('四成'); // 污染防治: 41.7 %
  });

  test('refuses what is not a share', () => {
    expect(() => shareInWords(5, 0)).toThrow(/not a share/);
    expect(() => shareInWords(-1, 10)).toThrow(/not a share/);
    expect(() => shareInWords(11, 10)).toThrow(/not a share/);
  });
});

test('largestOf keeps ties', () => {
  expect(largestOf([3, 5, 5, 1], (n) => n)).toEqual([5, 5]);
  expect(() => largestOf([], (n: number) => n)).toThrow();
});

test('timesInWords rounds to one decimal', () => {
  expect(timesInWords(1778_96, 420_40)).toBe('4.2倍');
  expect(timesInWords(300, 100)).toBe('3.0倍');
});

describe('titles from the real data', () => {
  const budget = getBudget();
  test('each states its finding and keeps the descriptive name as subtitle', () => {
    expect(functionTreemapTitle(budget)).toEqual({ title: '污染防治占节能环保支出的四成', subtitle: '2024年节能环保支出：按功能分类' });
    expect(unitTreemapTitle(budget).title).toBe('市局机关的项目占节能环保支出的一半');
    expect(flowTitle(budget).title).toBe('八成多的钱来自一般公共预算');
    expect(branchComparisonTitle(budget).title).toBe('泽州分局的项目预算最多，是阳城分局的4.2倍');
    const zezhou = branchOverview(budget).branches.find((branch) => branch.id === 'zezhou')!;
    expect(branchProjectsTitle(zezhou).title).toBe('最大的项目占泽州分局项目预算的六成');
    expect(branchThemesTitle(zezhou).title).toMatch(/^“水”占泽州分局项目预算的.+成/);
    expect(branchRankTitle(zezhou, branchOverview(budget).branches).title).toBe('泽州分局的项目预算在6个分局中排第1位');
  });

  test('embeds carry the same titles (one source for pages, embeds and images)', () => {
    const charts = embedCharts(budget);
    const bySlug = new Map(charts.map((chart) => [chart.slug, chart]));
    expect(bySlug.get('treemap')!.title).toBe(functionTreemapTitle(budget).title);
    expect(bySlug.get('treemap')!.subtitle).toBe(functionTreemapTitle(budget).subtitle);
    expect(bySlug.get('flow')!.title).toBe(flowTitle(budget).title);
    expect(bySlug.get('branches')!.title).toBe(branchComparisonTitle(budget).title);
    for (const branch of branchOverview(budget).branches)
      expect(bySlug.get(`branch-${branch.id}`)!.title).toBe(branchProjectsTitle(branch).title);
  });
});
