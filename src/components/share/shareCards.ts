import { EMPHASIS_SWATCHES, sourceSwatch, themeSwatch } from '../../lib/palette';
/**
 * The share card (og:image) of every page, in both languages (English cards are keyed "en/<key>").
 * Pages with the same key figure share one card: text pages show the site's, the treemap's and
 * Sankey's zoom and detail pages their chart's; every project and branch page has its own. Every
 * number is read from the data; the words are in the `shareCards` section of src/i18n/ui/.
 */
import { getBudget, getBudgetIndex } from '../../lib/budget';
import { branchOverview } from '../../lib/branches/summary';
import { styleOf } from '../../lib/branches/themes';
import { embedCharts, findEmbedChart } from '../../lib/embed/charts';
import { siteRoot } from '../../lib/embed/siteRoot';
import { formatAmountProseIn, formatShare, formatWan, formatWanIn, formatYuanMillionsShortEnglish } from '../../lib/format';
import { compositionParts, headlineFigures } from '../../lib/headline';
import { projectName, unitName, unitShortName } from '../../lib/i18n/projectWords';
import { sourceNameEnglish } from '../../lib/i18n/sourceNames';
import { cardSvg, type CardBar, type ShareCard } from '../../lib/images/card';
import type { Fen } from '../../lib/money';
import { svgToPng } from '../../lib/images/png';
import { budgetSources } from '../../lib/projects/funding';
import { nameInUnit } from '../../lib/text/names';
import { chartArt } from './chartImages';
import { LANGS, localePath, twinPath, type Lang } from '../../i18n/lang';
import { ui } from '../../i18n/ui';
import { capitalised } from '../../lib/text/capitalised';

/** What a card says, before it is drawn. */
export type CardInput = Omit<ShareCard, 'address' | 'source' | 'chart'> & { path: string; chartSlug?: string; lang: Lang };

export const shareCardPath = (key: string) => `/og/${key}.png`;

/** Where the languages' cards differ beyond their words: bar values, room for the title, source names. */
const CARD_FORMS: Record<
  Lang,
  { barValue: (fen: Fen) => string; titleLines: 3 | undefined; sourceLabel: (part: { label: string; sourceId?: string | null }) => string }
> = {
  zh: { barValue: formatWan, titleLines: undefined, sourceLabel: (part) => part.label },
  // English titles are longer: three lines. Bars have room for “¥212.54m”.
  en: {
    barValue: formatYuanMillionsShortEnglish,
    titleLines: 3,
    sourceLabel: (part) => capitalised(sourceNameEnglish(part.sourceId ?? '')),
  },
};

/** How many of the largest projects a card lists. */
const LARGEST_COUNT = 5;

let cached: CardInput[] | undefined;

function cardInputs(): CardInput[] {
  cached ??= LANGS.flatMap(cardInputsIn);
  return cached;
}

function cardInputsIn(lang: Lang): CardInput[] {
  const t = ui(lang).shareCards;
  const forms = CARD_FORMS[lang];
  const prose = (fen: Fen) => formatAmountProseIn(lang, fen);
  const bars = (rows: { label: string; amount: number; color: string }[]): CardBar[] => {
    const largest = Math.max(...rows.map((row) => row.amount));
    return rows.map((row) => ({
      label: row.label,
      value: forms.barValue(row.amount),
      fraction: largest > 0 ? row.amount / largest : 0,
      color: row.color,
    }));
  };
  const budget = getBudget();
  const figures = headlineFigures(budget);
  const charts = embedCharts(budget, lang);
  const overview = branchOverview(budget);
  const key = (name: string) => (lang === 'zh' ? name : `${lang}/${name}`);
  const card = (name: string, fields: Omit<CardInput, 'key' | 'lang' | 'kicker'> & { section: string }): CardInput => {
    const { section, ...rest } = fields;
    return { key: key(name), lang, titleLines: forms.titleLines, kicker: t.kicker(ui(lang).site.title, section), ...rest };
  };
  const chartCard = (name: string, slug: string, section: string, figure: string, caption: string, extra: Partial<CardInput> = {}) => {
    const chart = findEmbedChart(charts, slug);
    return card(name, { path: chart.fullPath, section, title: chart.title, figure, caption, chartSlug: slug, ...extra });
  };
  const parts = compositionParts(figures, lang);
  const sourcesGroup = ui(lang).composition.sources;
  const byTotal = [...overview.branches].sort((a, b) => b.total - a.total);
  const sortedProjects = [...budget.projects].sort((a, b) => b.amount - a.amount);
  const branchCount = overview.branches.length;

  return [
    chartCard(
      'index',
      'home',
      t.sections.home,
      prose(figures.grandTotal),
      t.homeCaption(prose(figures.energyEnvironment), figures.projectCount),
      {
        chartSlug: undefined,
        title: t.homeTitle(findEmbedChart(charts, 'home').title),
        barsTitle: t.homeBarsTitle,
        bars: bars(parts.map((part) => ({ label: t.homeBarLabel(part), amount: part.amount, color: part.color }))),
      },
    ),
    chartCard('treemap', 'treemap', t.sections.treemap, prose(figures.energyEnvironment), t.functionCaption),
    chartCard('treemap-unit', 'treemap-unit', t.sections.treemap, prose(figures.energyEnvironment), t.unitCaption),
    chartCard('flow', 'flow', t.sections.flow, prose(figures.grandTotal), t.flowCaption(figures.projectCount), {
      chartSlug: undefined,
      barsTitle: t.sourcesTitle,
      bars: bars(
        parts.filter((part) => part.group === sourcesGroup).map((part) => ({ label: part.name, amount: part.amount, color: part.color })),
      ),
    }),
    chartCard('branches', 'branches', t.sections.branches, prose(overview.total), t.branchesCaption(branchCount), {
      chartSlug: undefined,
      barsTitle: t.branchesBarsTitle,
      bars: bars(
        byTotal.map((branch) => ({ label: unitShortName(lang, branch.unit), amount: branch.total, color: EMPHASIS_SWATCHES.key.fill })),
      ),
    }),
    card('projects', {
      path: localePath(lang, '/projects/'),
      section: t.sections.projects,
      title: t.projectsTitle(figures.projectCount),
      figure: prose(figures.project),
      caption: t.projectsCaption(sortedProjects[0] ? projectName(lang, sortedProjects[0]) : ''),
      barsTitle: t.largestProjects(LARGEST_COUNT),
      bars: bars(
        sortedProjects
          .slice(0, LARGEST_COUNT)
          .map((project) => ({ label: projectName(lang, project), amount: project.amount, color: themeSwatch(project.theme).fill })),
      ),
    }),
    ...overview.branches.map((branch) =>
      card(`branches/${branch.id}`, {
        path: localePath(lang, `/branches/${branch.id}/`),
        section: t.sections.branches,
        title: t.branchTitle({ name: unitName(lang, branch.unit), shortName: unitShortName(lang, branch.unit) }),
        figure: formatWanIn(lang, branch.total),
        caption: t.branchCaption(branch.projects.length, branchCount, formatShare(branch.total, overview.total)),
        barsTitle: branch.projects.length > LARGEST_COUNT ? t.largestProjects(LARGEST_COUNT) : t.allProjects,
        bars: bars(
          branch.projects.slice(0, LARGEST_COUNT).map((project) => ({
            // Chinese names lose the branch's own name, which the card already says.
            label: lang === 'zh' ? nameInUnit(project.name, branch.shortName) : projectName(lang, project),
            amount: project.amount,
            color: styleOf(overview.themeStyles, project.theme).color,
          })),
        ),
      }),
    ),
    ...budget.projects.map((project) => {
      const row = getBudgetIndex().unit(project.unit_id);
      return card(`projects/${project.id}`, {
        path: localePath(lang, `/projects/${project.id}/`),
        section: t.projectSection({ name: unitName(lang, row), shortName: unitShortName(lang, row) }),
        title: projectName(lang, project),
        figure: formatWanIn(lang, project.amount),
        caption: t.projectCaption(formatShare(project.amount, figures.project), prose(figures.project)),
        barsTitle: t.sourcesTitle,
        bars: bars(
          budgetSources(project).map((part) => ({
            label: forms.sourceLabel(part),
            amount: part.amount,
            color: sourceSwatch(part.sourceId ?? '').fill,
          })),
        ),
      });
    }),
  ];
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
  const { path, chartSlug, lang, ...card } = input;
  const address = decodeURI(new URL(path.slice(1), siteRoot()).href).replace(/^https?:\/\//, '');
  return {
    ...card,
    address,
    source: ui(lang).embed.cardSource,
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
  return ui(card.lang).shareCards.alt(card.title, card.figure, card.caption);
}
