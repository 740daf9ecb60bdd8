import type { Budget } from '../data/load';
import type { Fen } from '../money';
import { defined } from '../checked';
import { branchOverview, type BranchSummary } from '../branches/summary';
import { grandTotal } from '../flow/conservation';
import { formatAmountProseIn, formatWanIn } from '../format';
import { headlineFigures } from '../headline';
import { projectName, unitShortName } from '../i18n/projectWords';
import { buildTree, projectsInScope } from '../treemap/buildTrees';
import { branchComparisonTitle, branchProjectsTitle, flowTitle, functionTreemapTitle, unitTreemapTitle } from '../titles';
import { localePath, type Lang } from '../../i18n/lang';
import { ui } from '../../i18n/ui';

export type EmbedChartKind = 'treemap-function' | 'treemap-unit' | 'flow' | 'branch-comparison' | 'branch-projects' | 'home-composition';

/** A chart that can be embedded on another site and downloaded. */
export interface EmbedChart {
  /** URL segment: /embed/<slug>/. */
  slug: string;
  /** The embed's language: English embeds live under /en/embed/<slug>/. */
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

/** Every embeddable chart in one language, in the order the site presents them; English under /en/embed/. */
export function embedCharts(budget: Budget, lang: Lang = 'zh'): EmbedChart[] {
  const t = ui(lang).embedCharts;
  const prose = (fen: Fen) => formatAmountProseIn(lang, fen);
  const wan = (fen: Fen) => formatWanIn(lang, fen);
  const figures = headlineFigures(budget);
  const functionTree = buildTree(budget, 'function');
  const unitTree = buildTree(budget, 'unit');
  const projectCount = projectsInScope(budget).length;
  const unitCount = unitTree.children.filter((node) => node.kind === 'unit').length;
  const overview = branchOverview(budget);
  const byTotal = [...overview.branches].sort((a, b) => b.total - a.total);
  const largest = defined(byTotal[0], 'embed list: the largest branch');
  const smallest = defined(byTotal.at(-1), 'embed list: the smallest branch');
  const branchName = (branch: BranchSummary) => unitShortName(lang, branch.unit);
  const named = (branch: BranchSummary) => ({ name: branchName(branch), amount: wan(branch.total) });
  const chart = (fields: Omit<EmbedChart, 'lang' | 'fullPath'> & { page: string }): EmbedChart => {
    const { page, ...rest } = fields;
    return { ...rest, lang, fullPath: localePath(lang, page) };
  };

  return [
    chart({
      slug: 'home',
      kind: 'home-composition',
      title: t.homeTitle,
      subtitle: t.homeSubtitle,
      summary: t.homeSummary(prose(figures.grandTotal)),
      page: '/',
      stateParams: [],
      initialHeight: 520,
    }),
    chart({
      slug: 'treemap',
      kind: 'treemap-function',
      ...functionTreemapTitle(budget, lang),
      summary: t.functionSummary(prose(functionTree.amount), projectCount),
      page: '/treemap/',
      stateParams: ['node'],
      initialHeight: 900,
    }),
    chart({
      slug: 'treemap-unit',
      kind: 'treemap-unit',
      ...unitTreemapTitle(budget, lang),
      summary: t.unitSummary(prose(unitTree.amount), unitCount),
      page: '/treemap/unit/',
      stateParams: ['node'],
      initialHeight: 900,
    }),
    chart({
      slug: 'flow',
      kind: 'flow',
      ...flowTitle(budget, lang),
      summary: t.flowSummary(prose(grandTotal(budget)), budget.projects.length),
      page: '/flow/',
      stateParams: [],
      initialHeight: 1100,
    }),
    chart({
      slug: 'branches',
      kind: 'branch-comparison',
      ...branchComparisonTitle(budget, lang),
      summary: t.branchesSummary(overview.branches.length, wan(overview.total), named(largest), named(smallest)),
      page: '/branches/',
      stateParams: [],
      initialHeight: 1400,
    }),
    ...overview.branches.map((branch): EmbedChart => {
      const first = branch.projects[0];
      return chart({
        slug: `branch-${branch.id}`,
        kind: 'branch-projects',
        branchId: branch.id,
        ...branchProjectsTitle(branch, lang),
        summary: t.branchSummary(
          branchName(branch),
          branch.projects.length,
          wan(branch.total),
          first ? { name: projectName(lang, first), amount: wan(first.amount) } : null,
        ),
        page: `/branches/${branch.id}/`,
        stateParams: [],
        initialHeight: 700,
      });
    }),
  ];
}

export function findEmbedChart(charts: EmbedChart[], slug: string): EmbedChart {
  const chart = charts.find((entry) => entry.slug === slug);
  if (!chart) throw new Error(`no embeddable chart "${slug}" (known: ${charts.map((entry) => entry.slug).join(', ')})`);
  return chart;
}
