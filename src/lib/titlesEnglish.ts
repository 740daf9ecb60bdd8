/**
 * The English siblings of titles.ts: the same findings, computed from the same data, in words an
 * English headline uses. The Chinese titles stay in titles.ts.
 */
import type { Budget } from './data/load';
import type { Fen } from './money';
import { largestOf, type ChartTitle } from './titles';
import { buildTreemapModel } from './treemap/model';
import { translated } from './i18n/translations';
import { UNIT_TRANSLATIONS } from './i18n/specs';
import { sourceNameEnglish } from './i18n/sourceNames';

const NUMBERS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/**
 * A share in headline words, by the same tenths and thresholds as shareInWords (titles.ts):
 * “four in ten”, “half”, “nearly four in ten”, “over four in ten”.
 */
export function shareInWordsEnglish(part: Fen, whole: Fen): string {
  if (!(whole > 0) || part < 0 || part > whole) throw new Error(`shareInWordsEnglish: ${part} of ${whole} is not a share`);
  if (part === whole) return 'all';
  if (part === 0) return 'none';
  if (40 * part < 3 * whole) return 'less than one in ten';
  if (40 * part >= 39 * whole) return 'almost all';
  const tenths = Math.floor((20 * part + whole) / (2 * whole));
  if (tenths === 10) return 'over nine in ten';
  const word = tenths === 5 ? 'half' : `${NUMBERS[tenths]} in ten`;
  if (40 * part <= (4 * tenths - 1) * whole) return `nearly ${word}`;
  if (40 * part >= (4 * tenths + 1) * whole) return `over ${word}`;
  return word;
}

/** “A, B and C”. */
export const joinNamesEnglish = (names: string[]) =>
  names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** “Pollution control takes four in ten of …”; ties: “A and B are joint largest, each with …”. */
function shareHeadline(names: string[], part: Fen, whole: Fen, wholeName: string): string {
  const share = shareInWordsEnglish(part, whole);
  return names.length === 1
    ? `${names[0]} takes ${share === 'half' ? 'half' : share} of ${wholeName}`
    : `${joinNamesEnglish(names)} are joint largest, each with ${share} of ${wholeName}`;
}

const ENVIRONMENT = 'environmental spending';

export function functionTreemapTitleEnglish(budget: Budget): ChartTitle {
  const { tree } = buildTreemapModel(budget, 'function', (node) => node, 'en');
  const top = largestOf(tree.children, (node) => node.amount);
  return {
    title: shareHeadline(
      top.map((node) => node.name),
      top[0]!.amount,
      tree.amount,
      ENVIRONMENT,
    ),
    subtitle: 'Environmental spending (functional class 211) in 2024, by function',
  };
}

export function unitTreemapTitleEnglish(budget: Budget): ChartTitle {
  const { tree } = buildTreemapModel(budget, 'unit', (node) => node, 'en');
  const units = tree.children.filter((node) => node.kind === 'unit');
  const top = largestOf(units, (node) => node.amount);
  const names = top.map((node) => `The projects of the ${translated(UNIT_TRANSLATIONS, [node.id], 'short_name')}`);
  return {
    title: shareHeadline(names, top[0]!.amount, tree.amount, ENVIRONMENT),
    subtitle: 'Environmental spending (functional class 211) in 2024, by budget unit',
  };
}

export function flowTitleEnglish(budget: Budget): ChartTitle {
  const sources = budget.revenue.filter((row) => (row.amount ?? 0) > 0);
  const whole = sources.reduce((sum, row) => sum + (row.amount ?? 0), 0);
  const top = largestOf(sources, (row) => row.amount ?? 0);
  const share = shareInWordsEnglish(top[0]!.amount ?? 0, whole);
  const title =
    top.length === 1
      ? `${capitalised(share)} of the money comes from the ${sourceNameEnglish(top[0]!.id)}`
      : `${capitalised(joinNamesEnglish(top.map((row) => sourceNameEnglish(row.id))))} are joint largest, each providing ${share} of the money`;
  return { title, subtitle: 'How the 2024 budget flows: from sources of funds through functional classes to projects' };
}
