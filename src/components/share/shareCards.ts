import { EMPHASIS_SWATCHES, sourceSwatch, themeSwatch } from '../../lib/palette';
/**
 * The share card (og:image) of every page. Pages with the same key figure share one card: text
 * pages show the site's, the treemap's and Sankey's zoom and detail pages their chart's; every
 * project and branch page has its own. Every number is read from the data.
 */
import { getBudget, getBudgetIndex } from '../../lib/budget';
import { branchOverview } from '../../lib/branches/summary';
import { styleOf } from '../../lib/branches/themes';
import { embedCharts, findEmbedChart } from '../../lib/embed/charts';
import { siteRoot } from '../../lib/embed/siteRoot';
import { formatAmountProse, formatShare, formatWan } from '../../lib/format';
import { compositionParts, headlineFigures } from '../../lib/headline';
import { cardSvg, type CardBar, type ShareCard } from '../../lib/images/card';
import { svgToPng } from '../../lib/images/png';
import { budgetSources } from '../../lib/projects/funding';
import { nameInUnit } from '../../lib/text/names';
import { SITE_TITLE, SOURCE_CREDIT } from '../../lib/site';
import { chartArt } from './chartImages';
import { englishCardInputs } from './shareCardsEnglish';
import { twinPath, type Lang } from '../../i18n/lang';
import { ui } from '../../i18n/ui';

/** What a card says, before it is drawn; `lang` is set on the English cards (shareCardsEnglish.ts). */
export type CardInput = Omit<ShareCard, 'address' | 'source' | 'chart'> & { path: string; chartSlug?: string; lang?: Lang };

export const shareCardPath = (key: string) => `/og/${key}.png`;

const bars = (rows: { label: string; amount: number; color: string }[]): CardBar[] => {
  const largest = Math.max(...rows.map((row) => row.amount));
  return rows.map((row) => ({
    label: row.label,
    value: formatWan(row.amount),
    fraction: largest > 0 ? row.amount / largest : 0,
    color: row.color,
  }));
};

let cached: CardInput[] | undefined;

function cardInputs(): CardInput[] {
  if (cached) return cached;
  const budget = getBudget();
  const figures = headlineFigures(budget);
  const charts = embedCharts(budget);
  const overview = branchOverview(budget);
  const kicker = (section: string) => `${SITE_TITLE} · ${section}`;
  const chartCard = (
    key: string,
    slug: string,
    section: string,
    figure: string,
    caption: string,
    extra: Partial<CardInput> = {},
  ): CardInput => {
    const chart = findEmbedChart(charts, slug);
    return { key, path: chart.fullPath, kicker: kicker(section), title: chart.title, figure, caption, chartSlug: slug, ...extra };
  };
  const byTotal = [...overview.branches].sort((a, b) => b.total - a.total);
  const sortedProjects = [...budget.projects].sort((a, b) => b.amount - a.amount);
  const unitName = (unitId: string) => getBudgetIndex().unit(unitId).name;

  cached = [
    chartCard(
      'index',
      'home',
      '首页',
      formatAmountProse(figures.grandTotal),
      `其中节能环保支出${formatAmountProse(figures.energyEnvironment)}，${figures.projectCount}个项目`,
      {
        chartSlug: undefined,
        barsTitle: '钱从哪来，怎么花',
        bars: bars(
          compositionParts(figures).map((part) => ({ label: `${part.group}：${part.name}`, amount: part.amount, color: part.color })),
        ),
      },
    ),
    chartCard('treemap', 'treemap', '资金去向', formatAmountProse(figures.energyEnvironment), '节能环保支出按功能分类，逐级展开到每个项目'),
    chartCard(
      'treemap-unit',
      'treemap-unit',
      '资金去向',
      formatAmountProse(figures.energyEnvironment),
      '节能环保支出按预算单位，逐级展开到每个项目',
    ),
    chartCard(
      'flow',
      'flow',
      '资金流向',
      formatAmountProse(figures.grandTotal),
      `从资金来源，经功能科目，流向${figures.projectCount}个项目和基本支出`,
      {
        chartSlug: undefined,
        barsTitle: '资金来源',
        bars: bars(
          compositionParts(figures)
            .filter((part) => part.group === '钱从哪来')
            .map((part) => ({ label: part.name, amount: part.amount, color: part.color })),
        ),
      },
    ),
    chartCard('branches', 'branches', '各分局', formatAmountProse(overview.total), `${overview.branches.length}个县区分局的项目预算合计`, {
      chartSlug: undefined,
      barsTitle: '各分局的项目预算',
      bars: bars(byTotal.map((branch) => ({ label: branch.shortName, amount: branch.total, color: EMPHASIS_SWATCHES.key.fill }))),
    }),
    {
      key: 'projects',
      path: '/projects/',
      kicker: kicker('项目'),
      title: `${figures.projectCount}个项目`,
      figure: formatAmountProse(figures.project),
      caption: `项目支出，最大的是“${sortedProjects[0]?.name ?? ''}”`,
      barsTitle: '最大的5个项目',
      bars: bars(
        sortedProjects
          .slice(0, 5)
          .map((project) => ({ label: project.name, amount: project.amount, color: themeSwatch(project.theme).fill })),
      ),
    },
    ...overview.branches.map((branch): CardInput => ({
      key: `branches/${branch.id}`,
      path: `/branches/${branch.id}/`,
      kicker: kicker('各分局'),
      title: branch.unit.name,
      figure: formatWan(branch.total),
      caption: `${branch.projects.length}个项目，占${overview.branches.length}个县区分局项目预算的${formatShare(branch.total, overview.total)}`,
      barsTitle: branch.projects.length > 5 ? '最大的5个项目' : '全部项目',
      bars: bars(
        branch.projects.slice(0, 5).map((project) => ({
          label: nameInUnit(project.name, branch.shortName),
          amount: project.amount,
          color: styleOf(overview.themeStyles, project.theme).color,
        })),
      ),
    })),
    ...budget.projects.map((project): CardInput => ({
      key: `projects/${project.id}`,
      path: `/projects/${project.id}/`,
      kicker: kicker(`项目 · ${unitName(project.unit_id)}`),
      title: project.name,
      figure: formatWan(project.amount),
      caption: `占全部项目支出（${formatAmountProse(figures.project)}）的${formatShare(project.amount, figures.project)}`,
      barsTitle: '资金来源',
      bars: bars(
        budgetSources(project).map((part) => ({ label: part.label, amount: part.amount, color: sourceSwatch(part.sourceId ?? '').fill })),
      ),
    })),
    ...englishCardInputs(),
  ];
  return cached;
}

/** Every card the build draws, by key. */
export const shareCardKeys = (): string[] => cardInputs().map((card) => card.key);

/**
 * The card of a page, given its path without the base: its own, its section's (zoom levels,
 * detail pages), or else the site's.
 */
export function shareCardKeyFor(path: string): string {
  if (path === '/en/' || path.startsWith('/en/')) return `en/${shareCardKeyFor(twinPath(path, 'zh'))}`;
  const keys = new Set(shareCardKeys());
  const own = path.replace(/^\/|\/$/g, '');
  if (keys.has(own)) return own;
  if (path.startsWith('/treemap/levels/unit/') || path === '/treemap/unit/') return 'treemap-unit';
  if (path.startsWith('/treemap/')) return 'treemap';
  if (path.startsWith('/flow/')) return 'flow';
  return 'index';
}

export async function shareCard(key: string): Promise<ShareCard> {
  const input = cardInputs().find((card) => card.key === key);
  if (!input) throw new Error(`no share card "${key}"`);
  const { path, chartSlug, lang = 'zh', ...card } = input;
  const address = decodeURI(new URL(path.slice(1), siteRoot()).href).replace(/^https?:\/\//, '');
  return {
    ...card,
    address,
    source: lang === 'zh' ? SOURCE_CREDIT : ui(lang).embed.cardSource,
    chart: chartSlug ? await chartArt(chartSlug, lang) : undefined,
  };
}

export async function shareCardPng(key: string): Promise<Uint8Array> {
  return svgToPng(cardSvg(await shareCard(key)));
}

/** The card's text alternative: what it says, in one sentence. */
export function shareCardAlt(key: string): string {
  const card = cardInputs().find((entry) => entry.key === key);
  if (!card) throw new Error(`no share card "${key}"`);
  return card.lang === 'en' ? `${card.title}: ${card.figure}, ${card.caption}` : `${card.title}：${card.figure}，${card.caption}`;
}
