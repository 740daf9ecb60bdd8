import { describe, expect, test } from 'vitest';
import { getBudget } from '../../src/lib/budget';
import { branchOverview } from '../../src/lib/branches/summary';
import type { Budget } from '../../src/lib/data/load';
import {
  branchComparisonTitle,
  branchesTitle,
  branchProjectsTitle,
  branchRankTitle,
  branchThemesTitle,
  flowTitle,
  functionTreemapTitle,
  largestOf,
  largestShareTitle,
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
  expect(largestOf([3, 5, 5, 1], (n) => n, 'numbers')).toEqual([5, 5]);
  expect(() => largestOf([], (n: number) => n, 'numbers')).toThrow('chart title: there are no numbers to name the largest of');
});

test('timesInWords rounds to one decimal', () => {
  expect(timesInWords(1778_96, 420_40)).toBe('4.2倍');
  expect(timesInWords(300, 100)).toBe('3.0倍');
  expect(timesInWords(1778_96, 420_40, 'en')).toBe('4.2 times');
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

describe('titles in English: the same facts from the same data', () => {
  const budget = getBudget();
  const overview = branchOverview(budget);
  const zezhou = overview.branches.find((branch) => branch.id === 'zezhou')!;
  test('each states the finding in English', () => {
    expect(functionTreemapTitle(budget, 'en')).toEqual({
      title: 'Pollution prevention and control takes four in ten of environmental spending',
      subtitle: 'Environmental spending (functional class 211) in 2024, by function',
    });
    expect(unitTreemapTitle(budget, 'en').title).toBe('The projects of the Head office take half of environmental spending');
    expect(flowTitle(budget, 'en').title).toBe('Over eight in ten of the money comes from the general public budget');
    expect(branchComparisonTitle(budget, 'en').title).toBe(
      'Zezhou Branch has the largest project budget, 4.2 times that of Yangcheng Branch',
    );
    expect(branchProjectsTitle(zezhou, 'en')).toEqual({
      title: "The largest project takes 59.1% of Zezhou Branch's project budget",
      subtitle: "Zezhou Branch's 5 projects in 2024, largest first",
    });
    expect(branchThemesTitle(zezhou, 'en').title).toBe("“Water” takes 59.1% of Zezhou Branch's project budget");
    expect(branchRankTitle(zezhou, overview.branches, 'en').title).toBe("Zezhou Branch's project budget ranks first of the 6 branches");
  });

  test('English embeds carry the English titles', () => {
    const bySlug = new Map(embedCharts(budget, 'en').map((chart) => [chart.slug, chart]));
    expect(bySlug.get('treemap')).toMatchObject(functionTreemapTitle(budget, 'en'));
    expect(bySlug.get('treemap-unit')).toMatchObject(unitTreemapTitle(budget, 'en'));
    expect(bySlug.get('flow')).toMatchObject(flowTitle(budget, 'en'));
    expect(bySlug.get('branches')).toMatchObject(branchComparisonTitle(budget, 'en'));
    expect(bySlug.get('branch-zezhou')).toMatchObject(branchProjectsTitle(zezhou, 'en'));
  });
});

describe('ties, in both languages: 并列 / joint', () => {
  const budget = getBudget();
  const branches = branchOverview(budget).branches;
  const zezhou = branches.find((branch) => branch.id === 'zezhou')!;
  const gaoping = branches.find((branch) => branch.id === 'gaoping')!;

  test('the treemaps’ largest share', () => {
    const items = [
      { name: '甲', amount: 40 },
      { name: '乙', amount: 40 },
      { name: '丙', amount: 20 },
    ];
    const title = (lang: 'zh' | 'en') =>
      largestShareTitle(
        lang,
        items,
        (item) => item.amount,
        (item) => item.name,
        100,
        'items',
      );
    expect(title('zh')).toBe('甲和乙并列最多，各占节能环保支出的四成');
    expect(title('en')).toBe('甲 and 乙 are joint largest, each with four in ten of environmental spending');
  });

  test('the flow’s largest source', () => {
    const revenue = [
      { id: 'general-budget', name: '一般公共预算', amount: 500 },
      { id: 'carryover', name: '上年结转', amount: 500 },
      { id: 'unit-funds', name: '单位资金', amount: 0 },
    ];
    const tied = { ...budget, revenue } as unknown as Budget;
    expect(flowTitle(tied).title).toBe('一般公共预算和上年结转并列最多，各提供一半的钱');
    expect(flowTitle(tied, 'en').title).toMatch(/^General public budget and .+ are joint largest, each providing half of the money$/);
  });

  test('the branch comparison: joint largest, and all equal', () => {
    const joint = branches.map((branch) => (branch.id === 'gaoping' ? { ...branch, total: zezhou.total } : branch));
    expect(branchesTitle(joint).title).toBe('泽州分局和高平分局的项目预算并列最多，是阳城分局的4.2倍');
    expect(branchesTitle(joint, 'en').title).toBe(
      'Zezhou Branch and Gaoping Branch share the largest project budget, 4.2 times that of Yangcheng Branch',
    );
    const equal = branches.map((branch) => ({ ...branch, total: 100 }));
    expect(branchesTitle(equal).title).toBe('6个分局的项目预算一样多');
    expect(branchesTitle(equal, 'en').title).toBe('All 6 branches have the same project budget');
  });

  test('a branch’s projects and themes: joint largest, one project, none', () => {
    const [first, second] = zezhou.projects;
    const twoEqual = { ...zezhou, total: 200, projects: [first!, second!].map((project) => ({ ...project, amount: 100 })) };
    expect(branchProjectsTitle(twoEqual).title).toBe('2个项目并列最大，各占泽州分局项目预算的一半');
    expect(branchProjectsTitle(twoEqual, 'en').title).toBe("2 projects are joint largest, each 50.0% of Zezhou Branch's project budget");
    const themes = [
      { theme: '水', amount: 100, projectCount: 1 },
      { theme: '大气', amount: 100, projectCount: 1 },
    ];
    expect(branchThemesTitle({ ...twoEqual, themes }).title).toBe('“水”和“大气”并列最多，各占泽州分局项目预算的一半');
    expect(branchThemesTitle({ ...twoEqual, themes }, 'en').title).toBe(
      "“water” and “air” are joint largest, each 50.0% of Zezhou Branch's project budget",
    );
    const one = { ...zezhou, projects: [first!] };
    expect(branchProjectsTitle(one).title).toBe('泽州分局的项目预算全部用于一个项目');
    expect(branchProjectsTitle(one, 'en')).toEqual({
      title: "Zezhou Branch's project budget goes to a single project",
      subtitle: "Zezhou Branch's 1 project in 2024, largest first",
    });
    const none = { ...zezhou, projects: [], themes: [] };
    expect(branchProjectsTitle(none).title).toBe('泽州分局2024年没有项目预算');
    expect(branchProjectsTitle(none, 'en').title).toBe('Zezhou Branch has no project budget in 2024');
    expect(branchThemesTitle(none, 'en').title).toBe('Zezhou Branch has no project budget in 2024');
  });

  test('a branch’s rank', () => {
    const joint = branches.map((branch) => (branch.id === 'gaoping' ? { ...branch, total: zezhou.total, rank: 1 } : branch));
    const tiedGaoping = joint.find((branch) => branch.id === 'gaoping')!;
    expect(branchRankTitle(tiedGaoping, joint).title).toBe('高平分局的项目预算在6个分局中排并列第1位');
    expect(branchRankTitle(tiedGaoping, joint, 'en').title).toBe("Gaoping Branch's project budget ranks joint first of the 6 branches");
    expect(branchRankTitle(gaoping, branches).title).toBe(`高平分局的项目预算在6个分局中排${gaoping.rankText}`);
  });
});
