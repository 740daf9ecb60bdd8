/**
 * The English embeddable charts: the same charts, slugs and states as charts.ts, with English
 * titles (the English siblings of titles.ts) and summaries, living under /en/embed/<slug>/.
 */
import type { Budget } from '../data/load';
import { branchOverview } from '../branches/summary';
import { branchNameEn, projectNameEn } from '../branches/english';
import { branchComparisonTitleEn, branchProjectsTitleEn } from '../branches/titlesEn';
import { grandTotal } from '../flow/conservation';
import { formatYuanProseEnglish } from '../format';
import { headlineFigures } from '../headline';
import { localePath, type Lang } from '../../i18n/lang';
import { buildTree, projectsInScope } from '../treemap/buildTrees';
import { flowTitleEnglish, functionTreemapTitleEnglish, unitTreemapTitleEnglish } from '../titlesEnglish';
import { embedCharts, type EmbedChart } from './charts';

const money = formatYuanProseEnglish;
const AREA = 'the area of each rectangle is proportional to its amount';

export function embedChartsEnglish(budget: Budget): EmbedChart[] {
  const figures = headlineFigures(budget);
  const functionTree = buildTree(budget, 'function');
  const unitTree = buildTree(budget, 'unit');
  const projectCount = projectsInScope(budget).length;
  const unitCount = unitTree.children.filter((node) => node.kind === 'unit').length;
  const overview = branchOverview(budget);
  const byTotal = [...overview.branches].sort((a, b) => b.total - a.total);
  const largest = byTotal[0]!;
  const smallest = byTotal.at(-1)!;
  const english = (chart: EmbedChart, text: Pick<EmbedChart, 'title' | 'subtitle' | 'summary'>): EmbedChart => ({
    ...chart,
    ...text,
    lang: 'en',
    fullPath: localePath('en', chart.fullPath),
  });

  return embedCharts(budget).map((chart) => {
    switch (chart.kind) {
      case 'home-composition':
        return english(chart, {
          title: "The Jincheng environment bureau's 2024 budget: where the money comes from and how it is spent",
          subtitle: 'The 2024 budget of the Jincheng Municipal Ecology and Environment Bureau',
          summary: `The bureau's 2024 budget totals ${money(figures.grandTotal)}: the upper bar shows the sources of funds, the lower one basic and project expenditure.`,
        });
      case 'treemap-function':
        return english(chart, {
          ...functionTreemapTitleEnglish(budget),
          summary: `Environmental spending of ${money(functionTree.amount)} in 2024, by functional section and item down to ${projectCount} projects; ${AREA}.`,
        });
      case 'treemap-unit':
        return english(chart, {
          ...unitTreemapTitleEnglish(budget),
          summary: `Environmental spending of ${money(unitTree.amount)} in 2024, by ${unitCount} budget units down to each project; ${AREA}.`,
        });
      case 'flow':
        return english(chart, {
          ...flowTitleEnglish(budget),
          summary: `A budget of ${money(grandTotal(budget))} flows from the sources of funds through the functional classes to ${budget.projects.length} projects and basic expenditure.`,
        });
      case 'branch-comparison':
        return english(chart, {
          ...branchComparisonTitleEn(budget),
          summary: `The ${overview.branches.length} county branches have project budgets of ${money(overview.total)} in all; ${branchNameEn(largest.unit)} has the most (${money(largest.total)}), ${branchNameEn(smallest.unit)} the least (${money(smallest.total)}).`,
        });
      case 'branch-projects': {
        const branch = overview.branches.find((entry) => entry.id === chart.branchId)!;
        const first = branch.projects[0];
        const count = branch.projects.length;
        return english(chart, {
          ...branchProjectsTitleEn(branch),
          summary: `${branchNameEn(branch.unit)} has ${count} ${count === 1 ? 'project' : 'projects'} in 2024, ${money(branch.total)} in all${first ? `; the largest is “${projectNameEn(first)}” (${money(first.amount)})` : ''}.`,
        });
      }
    }
  });
}

/** The embeddable charts in one language. */
export const embedChartsIn = (lang: Lang, budget: Budget): EmbedChart[] =>
  lang === 'en' ? embedChartsEnglish(budget) : embedCharts(budget);

/** The charts that have an embed page in the given language: every one, in both. */
export const builtEmbedCharts = (lang: Lang, budget: Budget): EmbedChart[] => embedChartsIn(lang, budget);
