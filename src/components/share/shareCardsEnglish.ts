import { EMPHASIS_SWATCHES, sourceSwatch, themeSwatch } from '../../lib/palette';
/**
 * The English share cards: one for each card of shareCards.ts, keyed "en/<key>", with the same
 * figures in English words (¥ million) and English names; og:image of the English pages.
 */
import { getBudget } from '../../lib/budget';
import { branchNameEn, projectNameEn } from '../../lib/branches/english';
import { branchOverview } from '../../lib/branches/summary';
import { styleOf } from '../../lib/branches/themes';
import { findEmbedChart } from '../../lib/embed/charts';
import { embedChartsEnglish } from '../../lib/embed/chartsEnglish';
import { formatShare, formatYuanMillionsShortEnglish, formatYuanProseEnglish } from '../../lib/format';
import { compositionParts, headlineFigures } from '../../lib/headline';
import { sourceNameEnglish } from '../../lib/i18n/sourceNames';
import type { CardBar } from '../../lib/images/card';
import { budgetSources } from '../../lib/projects/funding';
import { localePath } from '../../i18n/lang';
import { ui } from '../../i18n/ui';
import type { CardInput } from './shareCards';

const money = formatYuanProseEnglish;
const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

const bars = (rows: { label: string; amount: number; color: string }[]): CardBar[] => {
  const largest = Math.max(...rows.map((row) => row.amount));
  return rows.map((row) => ({
    label: row.label,
    value: formatYuanMillionsShortEnglish(row.amount),
    fraction: largest > 0 ? row.amount / largest : 0,
    color: row.color,
  }));
};

export function englishCardInputs(): CardInput[] {
  const budget = getBudget();
  const figures = headlineFigures(budget);
  const charts = embedChartsEnglish(budget);
  const overview = branchOverview(budget);
  const kicker = (section: string) => `${ui('en').site.title} · ${section}`;
  const chartCard = (
    key: string,
    slug: string,
    section: string,
    figure: string,
    caption: string,
    extra: Partial<CardInput> = {},
  ): CardInput => {
    const chart = findEmbedChart(charts, slug);
    return {
      key: `en/${key}`,
      lang: 'en',
      titleLines: 3,
      path: chart.fullPath,
      kicker: kicker(section),
      title: chart.title,
      figure,
      caption,
      chartSlug: slug,
      ...extra,
    };
  };
  const parts = compositionParts(figures, 'en');
  const byTotal = [...overview.branches].sort((a, b) => b.total - a.total);
  const sortedProjects = [...budget.projects].sort((a, b) => b.amount - a.amount);
  const branchCount = overview.branches.length;
  const sourcesGroup = parts[0]!.group;

  return [
    chartCard(
      'index',
      'home',
      'Home',
      money(figures.grandTotal),
      `${money(figures.energyEnvironment)} on the environment; ${figures.projectCount} projects`,
      {
        chartSlug: undefined,
        title: 'Where the money comes from and how it is spent',
        barsTitle: 'Sources of funds and spending',
        bars: bars(parts.map((part) => ({ label: part.name, amount: part.amount, color: part.color }))),
      },
    ),
    chartCard(
      'treemap',
      'treemap',
      'Where it goes',
      money(figures.energyEnvironment),
      'Environmental spending, by function to each project',
    ),
    chartCard(
      'treemap-unit',
      'treemap-unit',
      'Where it goes',
      money(figures.energyEnvironment),
      'Environmental spending, by unit to each project',
    ),
    chartCard(
      'flow',
      'flow',
      'Money flow',
      money(figures.grandTotal),
      `From the sources of funds to each of ${figures.projectCount} projects`,
      {
        chartSlug: undefined,
        barsTitle: 'Sources of funds',
        bars: bars(
          parts.filter((part) => part.group === sourcesGroup).map((part) => ({ label: part.name, amount: part.amount, color: part.color })),
        ),
      },
    ),
    chartCard(
      'branches',
      'branches',
      'County branches',
      money(overview.total),
      `Project budgets of the ${branchCount} county branches in all`,
      {
        chartSlug: undefined,
        barsTitle: 'Project budget of each branch',
        bars: bars(
          byTotal.map((branch) => ({ label: branchNameEn(branch.unit), amount: branch.total, color: EMPHASIS_SWATCHES.key.fill })),
        ),
      },
    ),
    {
      key: 'en/projects',
      lang: 'en',
      titleLines: 3,
      path: localePath('en', '/projects/'),
      kicker: kicker('Projects'),
      title: `${figures.projectCount} projects`,
      figure: money(figures.project),
      caption: 'Project expenditure, all projects together',
      barsTitle: 'The 5 largest projects',
      bars: bars(
        sortedProjects
          .slice(0, 5)
          .map((project) => ({ label: projectNameEn(project), amount: project.amount, color: themeSwatch(project.theme).fill })),
      ),
    },
    ...overview.branches.map((branch): CardInput => ({
      key: `en/branches/${branch.id}`,
      lang: 'en',
      titleLines: 3,
      path: localePath('en', `/branches/${branch.id}/`),
      kicker: kicker('County branches'),
      title: branchNameEn(branch.unit),
      figure: money(branch.total),
      caption: `${branch.projects.length} ${branch.projects.length === 1 ? 'project' : 'projects'}, ${formatShare(branch.total, overview.total)} of the ${branchCount} branches' total`,
      barsTitle: branch.projects.length > 5 ? 'The 5 largest projects' : 'All projects',
      bars: bars(
        branch.projects.slice(0, 5).map((project) => ({
          label: projectNameEn(project),
          amount: project.amount,
          color: styleOf(overview.themeStyles, project.theme).color,
        })),
      ),
    })),
    ...budget.projects.map((project): CardInput => ({
      key: `en/projects/${project.id}`,
      lang: 'en',
      titleLines: 3,
      path: localePath('en', `/projects/${project.id}/`),
      kicker: kicker(`Projects · ${branchNameEn({ id: project.unit_id })}`),
      title: projectNameEn(project),
      figure: money(project.amount),
      caption: `${formatShare(project.amount, figures.project)} of all project expenditure`,
      barsTitle: 'Sources of funds',
      bars: bars(
        budgetSources(project).map((part) => ({
          label: capitalised(sourceNameEnglish(part.sourceId ?? '')),
          amount: part.amount,
          color: sourceSwatch(part.sourceId ?? '').fill,
        })),
      ),
    })),
  ];
}
