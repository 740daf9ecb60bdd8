/**
 * Headline titles: each chart's title states its finding, computed from the data, and keeps the
 * chart's descriptive name as the subtitle. src/lib/embed/charts.ts reads these, so pages, embeds
 * and downloaded images all carry the same words.
 */
import type { Budget } from './data/load';
import { budgetIndex } from './data/budgetIndex';
import type { Fen } from './money';
import { branchOverview, type BranchSummary } from './branches/summary';
import { buildTree } from './treemap/buildTrees';

export interface ChartTitle {
  /** The finding, e.g. “污染防治占节能环保支出的四成”. */
  title: string;
  /** What the chart is, e.g. “2024年节能环保支出：按功能分类”. */
  subtitle: string;
}

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/**
 * A share in the words a headline uses: tenths (“四成”), “一半”, with “近” or “多” when it is
 * 2.5 points or more from the nearest tenth (38.9 % → 四成, 36 % → 近四成, 43 % → 四成多).
 * Integer arithmetic, so a share exactly on a boundary always falls the same way.
 */
export function shareInWords(part: Fen, whole: Fen): string {
  if (!(whole > 0) || part < 0 || part > whole) throw new Error(`shareInWords: ${part} of ${whole} is not a share`);
  if (part === whole) return '全部';
  if (part === 0) return '零';
  // 40 × part compared with multiples of whole: quarter-tenths, exactly.
  if (40 * part < 3 * whole) return '不到一成';
  if (40 * part >= 39 * whole) return '几乎全部';
  const tenths = Math.floor((20 * part + whole) / (2 * whole)); // round half up, 1–10
  if (tenths === 10) return '九成多';
  const word = tenths === 5 ? '一半' : `${DIGITS[tenths]}成`;
  if (40 * part <= (4 * tenths - 1) * whole) return `近${word}`;
  if (40 * part >= (4 * tenths + 1) * whole) return `${word}多`;
  return word;
}

/** The largest entries (several when tied), largest first. */
export function largestOf<T>(items: readonly T[], amount: (item: T) => Fen): T[] {
  if (items.length === 0) throw new Error('largestOf: no items');
  const top = Math.max(...items.map(amount));
  return items.filter((item) => amount(item) === top);
}

const joinNames = (names: string[]) => (names.length <= 1 ? names.join('') : `${names.slice(0, -1).join('、')}和${names.at(-1)}`);

/** “污染防治占节能环保支出的四成”; ties: “甲和乙并列最多，各占…”. */
function shareHeadline(names: string[], part: Fen, whole: Fen, wholeName: string): string {
  const share = shareInWords(part, whole);
  return names.length === 1 ? `${names[0]}占${wholeName}的${share}` : `${joinNames(names)}并列最多，各占${wholeName}的${share}`;
}

export function functionTreemapTitle(budget: Budget): ChartTitle {
  const tree = buildTree(budget, 'function');
  const top = largestOf(tree.children, (node) => node.amount);
  return {
    title: shareHeadline(
      top.map((node) => node.name),
      top[0]!.amount,
      tree.amount,
      '节能环保支出',
    ),
    subtitle: '2024年节能环保支出：按功能分类',
  };
}

export function unitTreemapTitle(budget: Budget): ChartTitle {
  const tree = buildTree(budget, 'unit');
  const units = tree.children.filter((node) => node.kind === 'unit');
  const top = largestOf(units, (node) => node.amount);
  const shortName = (id: string) => budgetIndex(budget).unit(id).short_name;
  const names = top.map((node) => `${shortName(node.id)}的项目`);
  return { title: shareHeadline(names, top[0]!.amount, tree.amount, '节能环保支出'), subtitle: '2024年节能环保支出：按预算单位' };
}

export function flowTitle(budget: Budget): ChartTitle {
  const sources = budget.revenue.filter((row) => (row.amount ?? 0) > 0);
  const whole = sources.reduce((sum, row) => sum + (row.amount ?? 0), 0);
  const top = largestOf(sources, (row) => row.amount ?? 0);
  const share = shareInWords(top[0]!.amount ?? 0, whole);
  const title =
    top.length === 1 ? `${share}的钱来自${top[0]!.name}` : `${joinNames(top.map((row) => row.name))}并列最多，各提供${share}的钱`;
  return { title, subtitle: '2024年预算的资金流向：从资金来源经功能科目到项目' };
}

/** How many times a is of b, as a headline writes it: “4.2倍”. */
export function timesInWords(a: Fen, b: Fen): string {
  if (!(b > 0)) throw new Error(`timesInWords: cannot divide by ${b}`);
  return `${(Math.round((a / b) * 10) / 10).toFixed(1)}倍`;
}

export function branchComparisonTitle(budget: Budget): ChartTitle {
  const { branches } = branchOverview(budget);
  const top = largestOf(branches, (branch) => branch.total);
  const bottom = largestOf(branches, (branch) => -branch.total);
  const names = (list: BranchSummary[]) => joinNames(list.map((branch) => branch.shortName));
  const title =
    top.length === branches.length
      ? `${branches.length}个分局的项目预算一样多`
      : `${names(top)}的项目预算${top.length > 1 ? '并列' : ''}最多，是${names(bottom)}的${timesInWords(top[0]!.total, bottom[0]!.total)}`;
  return { title, subtitle: `${branches.length}个县区分局2024年项目预算比较` };
}

export function branchProjectsTitle(branch: BranchSummary): ChartTitle {
  const subtitle = `${branch.shortName}2024年的${branch.projects.length}个项目，从大到小`;
  if (branch.projects.length === 0) return { title: `${branch.shortName}2024年没有项目预算`, subtitle };
  if (branch.projects.length === 1) return { title: `${branch.shortName}的项目预算全部用于一个项目`, subtitle };
  const top = largestOf(branch.projects, (project) => project.amount);
  const share = shareInWords(top[0]!.amount, branch.total);
  const title =
    top.length === 1
      ? `最大的项目占${branch.shortName}项目预算的${share}`
      : `${top.length}个项目并列最大，各占${branch.shortName}项目预算的${share}`;
  return { title, subtitle };
}

export function branchThemesTitle(branch: BranchSummary): ChartTitle {
  const subtitle = `${branch.shortName}的项目预算按主题分`;
  if (branch.themes.length === 0) return { title: `${branch.shortName}2024年没有项目预算`, subtitle };
  const top = largestOf(branch.themes, (theme) => theme.amount);
  const share = shareInWords(top[0]!.amount, branch.total);
  const names = top.map((theme) => `“${theme.theme}”`);
  return {
    title:
      top.length === 1
        ? `${names[0]}占${branch.shortName}项目预算的${share}`
        : `${joinNames(names)}并列最多，各占${branch.shortName}项目预算的${share}`,
    subtitle,
  };
}

export function branchRankTitle(branch: BranchSummary, branches: BranchSummary[]): ChartTitle {
  return {
    title: `${branch.shortName}的项目预算在${branches.length}个分局中排${branch.rankText}`,
    subtitle: `${branches.length}个分局的项目预算`,
  };
}
