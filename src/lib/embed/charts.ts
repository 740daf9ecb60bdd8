import type { Budget } from '../data/load';
import { branchOverview } from '../branches/summary';
import { grandTotal } from '../flow/conservation';
import { formatAmountProse, formatWan } from '../format';
import { headlineFigures } from '../headline';
import { buildTree, projectsInScope } from '../treemap/buildTrees';
import { branchComparisonTitle, branchProjectsTitle, flowTitle, functionTreemapTitle, unitTreemapTitle } from '../titles';
import { localePath, type Lang } from '../../i18n/lang';

export type EmbedChartKind = 'treemap-function' | 'treemap-unit' | 'flow' | 'branch-comparison' | 'branch-projects' | 'home-composition';

/** A chart that can be embedded on another site and downloaded. */
export interface EmbedChart {
  /** URL segment: /embed/<slug>/. */
  slug: string;
  /** The embed's language: English embeds live under /en/embed/<slug>/ (chartsEnglish.ts). */
  lang: Lang;
  kind: EmbedChartKind;
  /** For branch-projects: the branch's unit id. */
  branchId?: string;
  /** The chart's finding (src/lib/titles.ts): the same on the page, the embed and the image. */
  title: string;
  /** The chart's descriptive name. */
  subtitle: string;
  /** One sentence, from the data. */
  summary: string;
  /** The full page the chart lives on (site-absolute, without the base, in the chart's language). */
  fullPath: string;
  /** Query parameters that carry the chart's state, forwarded to the embed (e.g. node). */
  stateParams: string[];
  /** A first guess at the iframe height (px) before the embed reports its own. */
  initialHeight: number;
}

export const embedPath = (slug: string, lang: Lang = 'zh') => localePath(lang, `/embed/${slug}/`);

/** Every embeddable chart, in the order the site presents them. */
export function embedCharts(budget: Budget): EmbedChart[] {
  const figures = headlineFigures(budget);
  const functionTree = buildTree(budget, 'function');
  const unitTree = buildTree(budget, 'unit');
  const projectCount = projectsInScope(budget).length;
  const unitCount = unitTree.children.filter((node) => node.kind === 'unit').length;
  const overview = branchOverview(budget);
  const byTotal = [...overview.branches].sort((a, b) => b.total - a.total);
  const largest = byTotal[0]!;
  const smallest = byTotal.at(-1)!;
  const total = grandTotal(budget);

  return [
    {
      slug: 'home',
      lang: 'zh',
      kind: 'home-composition',
      title: '晋城市生态环境局2024年预算：钱从哪来，怎么花',
      subtitle: '晋城市生态环境局2024年预算',
      summary: `晋城市生态环境局2024年预算共${formatAmountProse(figures.grandTotal)}：上面一行是资金来源，下面一行是基本支出与项目支出。`,
      fullPath: '/',
      stateParams: [],
      initialHeight: 520,
    },
    {
      slug: 'treemap',
      lang: 'zh',
      kind: 'treemap-function',
      ...functionTreemapTitle(budget),
      summary: `2024年节能环保支出${formatAmountProse(functionTree.amount)}，按功能分类逐级展开到${projectCount}个项目；方块面积与金额成正比。`,
      fullPath: '/treemap/',
      stateParams: ['node'],
      initialHeight: 900,
    },
    {
      slug: 'treemap-unit',
      lang: 'zh',
      kind: 'treemap-unit',
      ...unitTreemapTitle(budget),
      summary: `2024年节能环保支出${formatAmountProse(unitTree.amount)}，按${unitCount}个预算单位展开到每个项目；方块面积与金额成正比。`,
      fullPath: '/treemap/unit/',
      stateParams: ['node'],
      initialHeight: 900,
    },
    {
      slug: 'flow',
      lang: 'zh',
      kind: 'flow',
      ...flowTitle(budget),
      summary: `${formatAmountProse(total)}预算从资金来源，经功能科目，流向${budget.projects.length}个项目和基本支出。`,
      fullPath: '/flow/',
      stateParams: [],
      initialHeight: 1100,
    },
    {
      slug: 'branches',
      lang: 'zh',
      kind: 'branch-comparison',
      ...branchComparisonTitle(budget),
      summary: `${overview.branches.length}个县区分局的项目预算合计${formatWan(overview.total)}；${largest.shortName}最多（${formatWan(largest.total)}），${smallest.shortName}最少（${formatWan(smallest.total)}）。`,
      fullPath: '/branches/',
      stateParams: [],
      initialHeight: 1400,
    },
    ...overview.branches.map((branch): EmbedChart => {
      const first = branch.projects[0];
      return {
        slug: `branch-${branch.id}`,
        lang: 'zh',
        kind: 'branch-projects',
        branchId: branch.id,
        ...branchProjectsTitle(branch),
        summary: `${branch.shortName}2024年有${branch.projects.length}个项目，共${formatWan(branch.total)}${first ? `；最大的是“${first.name}”（${formatWan(first.amount)}）` : ''}。`,
        fullPath: `/branches/${branch.id}/`,
        stateParams: [],
        initialHeight: 700,
      };
    }),
  ];
}

export function findEmbedChart(charts: EmbedChart[], slug: string): EmbedChart {
  const chart = charts.find((entry) => entry.slug === slug);
  if (!chart) throw new Error(`no embeddable chart "${slug}" (known: ${charts.map((entry) => entry.slug).join(', ')})`);
  return chart;
}
