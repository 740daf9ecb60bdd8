/**
 * Headline titles: each chart's title states its finding, computed from the data, and keeps the
 * chart's descriptive name as the subtitle. The facts (which item is largest, its share, ties) are
 * computed here once; the words are in the `chartTitles` section of src/i18n/ui/zh.ts and en.ts.
 * src/lib/embed/charts.ts reads these, so pages, embeds and downloaded images carry the same words.
 */
import type { Budget } from './data/load';
import { budgetIndex } from './data/budgetIndex';
import type { Fen } from './money';
import { formatShare } from './format';
import { branchOverview, type BranchSummary } from './branches/summary';
import { themeNameEn } from './branches/english';
import { buildTree } from './treemap/buildTrees';
import { functionName, unitShortName } from './i18n/projectWords';
import { sourceNameEnglish } from './i18n/sourceNames';
import { placeInWordsEnglish, placeText, type Place } from './ranks';
import type { Lang } from '../i18n/lang';
import { ui } from '../i18n/ui';

export interface ChartTitle {
  /** The finding, e.g. “污染防治占节能环保支出的四成”. */
  title: string;
  /** What the chart is, e.g. “2024年节能环保支出：按功能分类”. */
  subtitle: string;
}

/**
 * How each language writes the facts the branch titles state: Chinese headlines put a share in
 * words (“六成”) and a rank as “第1位”; English ones give the percentage and “first”.
 */
const BRANCH_FORMS: Record<Lang, { share: (part: Fen, whole: Fen) => string; place: (place: Place) => string }> = {
  zh: { share: (part, whole) => shareInWords(part, whole, 'zh'), place: placeText },
  en: { share: formatShare, place: placeInWordsEnglish },
};

/**
 * A share in the words a headline uses: tenths (“四成”, “four in ten”), half, with “近”/“nearly” or
 * “多”/“over” when it is 2.5 points or more from the nearest tenth (38.9 % → 四成, 36 % → 近四成,
 * 43 % → 四成多). Integer arithmetic, so a share exactly on a boundary always falls the same way.
 */
export function shareInWords(part: Fen, whole: Fen, lang: Lang = 'zh'): string {
  if (!(whole > 0) || part < 0 || part > whole) throw new Error(`shareInWords: ${part} of ${whole} is not a share`);
  const words = ui(lang).chartTitles.share;
  if (part === whole) return words.all;
  if (part === 0) return words.none;
  // 40 × part compared with multiples of whole: quarter-tenths, exactly.
  if (40 * part < 3 * whole) return words.underTenth;
  if (40 * part >= 39 * whole) return words.almostAll;
  const tenths = Math.floor((20 * part + whole) / (2 * whole)); // round half up, 1–10
  if (tenths === 10) return words.over(words.tenths(9));
  const word = tenths === 5 ? words.half : words.tenths(tenths);
  if (40 * part <= (4 * tenths - 1) * whole) return words.nearly(word);
  if (40 * part >= (4 * tenths + 1) * whole) return words.over(word);
  return word;
}

/** The largest entries (several when tied); `what` names the items for the error when there are none. */
export function largestOf<T>(items: readonly T[], amount: (item: T) => Fen, what: string): [T, ...T[]] {
  const top = Math.max(...items.map(amount));
  const [first, ...tied] = items.filter((item) => amount(item) === top);
  if (first === undefined) throw new Error(`chart title: there are no ${what} to name the largest of`);
  return [first, ...tied];
}

/** How many times a is of b, as a headline writes it: “4.2倍”, “4.2 times”. */
export function timesInWords(a: Fen, b: Fen, lang: Lang = 'zh'): string {
  if (!(b > 0)) throw new Error(`timesInWords: cannot divide by ${b}`);
  return ui(lang).chartTitles.times((Math.round((a / b) * 10) / 10).toFixed(1));
}

/** The largest of `items` and its share of `whole`, worded as “A占节能环保支出的四成” (ties: 并列). */
export function largestShareTitle<T>(
  lang: Lang,
  items: readonly T[],
  amount: (item: T) => Fen,
  name: (item: T) => string,
  whole: Fen,
  what: string,
  /** Each name stands for several things ("the projects of the head office"), so English says "take". */
  pluralNames = false,
) {
  const t = ui(lang).chartTitles;
  const top = largestOf(items, amount, what);
  return t.largestShare(t.list(top.map(name)), shareInWords(amount(top[0]), whole, lang), t.environment, top.length > 1, pluralNames);
}

export function functionTreemapTitle(budget: Budget, lang: Lang = 'zh'): ChartTitle {
  const tree = buildTree(budget, 'function');
  return {
    title: largestShareTitle(
      lang,
      tree.children,
      (node) => node.amount,
      (node) => functionName(lang, { code: node.id, name: node.name }),
      tree.amount,
      'functional classes',
    ),
    subtitle: ui(lang).chartTitles.functionSubtitle,
  };
}

export function unitTreemapTitle(budget: Budget, lang: Lang = 'zh'): ChartTitle {
  const tree = buildTree(budget, 'unit');
  const units = tree.children.filter((node) => node.kind === 'unit');
  const t = ui(lang).chartTitles;
  const name = (id: string) => t.unitProjects(unitShortName(lang, budgetIndex(budget).unit(id)));
  return {
    title: largestShareTitle(
      lang,
      units,
      (node) => node.amount,
      (node) => name(node.id),
      tree.amount,
      'units with projects',
      true,
    ),
    subtitle: t.unitSubtitle,
  };
}

export function flowTitle(budget: Budget, lang: Lang = 'zh'): ChartTitle {
  const t = ui(lang).chartTitles;
  const sources = budget.revenue.filter((row) => (row.amount ?? 0) > 0);
  const whole = sources.reduce((sum, row) => sum + (row.amount ?? 0), 0);
  const top = largestOf(sources, (row) => row.amount ?? 0, 'funding sources with an amount');
  const names = top.map((row) => (lang === 'en' ? sourceNameEnglish(row.id) : row.name));
  return { title: t.flow(t.list(names), shareInWords(top[0].amount ?? 0, whole, lang), top.length > 1), subtitle: t.flowSubtitle };
}

const branchName = (lang: Lang, branch: BranchSummary) => unitShortName(lang, branch.unit);

export function branchComparisonTitle(budget: Budget, lang: Lang = 'zh'): ChartTitle {
  return branchesTitle(branchOverview(budget).branches, lang);
}

/** The comparison's title from the branches themselves (ties and equal budgets included). */
export function branchesTitle(branches: BranchSummary[], lang: Lang = 'zh'): ChartTitle {
  const t = ui(lang).chartTitles;
  const top = largestOf(branches, (branch) => branch.total, 'branches');
  const bottom = largestOf(branches, (branch) => -branch.total, 'branches');
  const names = (list: BranchSummary[]) => t.list(list.map((branch) => branchName(lang, branch)));
  const title =
    top.length === branches.length
      ? t.branchesEqual(branches.length)
      : t.branchesLargest(names(top), top.length > 1, timesInWords(top[0].total, bottom[0].total, lang), names(bottom));
  return { title, subtitle: t.branchesSubtitle(branches.length) };
}

export function branchProjectsTitle(branch: BranchSummary, lang: Lang = 'zh'): ChartTitle {
  const t = ui(lang).chartTitles;
  const name = branchName(lang, branch);
  const subtitle = t.branchProjectsSubtitle(name, branch.projects.length);
  if (branch.projects.length === 0) return { title: t.branchNoProjects(name), subtitle };
  if (branch.projects.length === 1) return { title: t.branchOneProject(name), subtitle };
  const top = largestOf(branch.projects, (project) => project.amount, `projects of branch "${branch.unit.name}"`);
  return { title: t.branchLargestProject(name, BRANCH_FORMS[lang].share(top[0].amount, branch.total), top.length), subtitle };
}

export function branchThemesTitle(branch: BranchSummary, lang: Lang = 'zh'): ChartTitle {
  const t = ui(lang).chartTitles;
  const name = branchName(lang, branch);
  const subtitle = t.branchThemesSubtitle(name);
  if (branch.themes.length === 0) return { title: t.branchNoProjects(name), subtitle };
  const top = largestOf(branch.themes, (theme) => theme.amount, `themes of branch "${branch.unit.name}"`);
  const themes = t.list(top.map((theme) => t.themeName(lang === 'en' ? themeNameEn(theme.theme) : theme.theme)));
  return { title: t.branchThemes(themes, top.length > 1, name, BRANCH_FORMS[lang].share(top[0].amount, branch.total)), subtitle };
}

export function branchRankTitle(branch: BranchSummary, branches: BranchSummary[], lang: Lang = 'zh'): ChartTitle {
  const t = ui(lang).chartTitles;
  const place = { rank: branch.rank, tied: branches.filter((other) => other.total === branch.total).length > 1 };
  return {
    title: t.branchRank(branchName(lang, branch), branches.length, BRANCH_FORMS[lang].place(place)),
    subtitle: t.branchRankSubtitle(branches.length),
  };
}
