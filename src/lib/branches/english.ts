/**
 * The English words of the branch pages' data: unit and project names (from the checked translation
 * tables), theme names, ranks in words, and performance targets in English. Chinese pages never call
 * these; each English name is shown beside its Chinese original by the components.
 */
import type { Indicator, Project, Unit } from '../data/schemas';
import { translated } from '../i18n/translations';
import { PROJECT_TRANSLATIONS, UNIT_TRANSLATIONS } from '../i18n/specs';
import { formatYuanProseEnglish } from '../format';
import { FEN_PER_WAN, FEN_PER_YUAN } from '../money';
import { formatTargetNumber } from '../projects/indicators';
import { placeInWordsEnglish } from '../ranks';
import { defined } from '../checked';
import { ENGLISH_MONTHS } from '../dates';
import { getBudget } from '../budget';

export const unitNameEn = (unit: Pick<Unit, 'id'>) => translated(UNIT_TRANSLATIONS, [unit.id], 'name');
/** “Zezhou Branch”. */
export const branchNameEn = (unit: Pick<Unit, 'id'>) => translated(UNIT_TRANSLATIONS, [unit.id], 'short_name');
/** “Zezhou County”. */
export const countyEn = (unit: Pick<Unit, 'id'>) => translated(UNIT_TRANSLATIONS, [unit.id], 'county');
export const projectNameEn = (project: Pick<Project, 'id'>) => translated(PROJECT_TRANSLATIONS, [project.id], 'name');

/**
 * A project theme (projects.csv, theme: the site's own grouping, not the report's) in English, in
 * running-text case ("running the offices"). It is read from the projects' translations
 * (data/translations/en/projects.csv, column theme), the one English name the project pages show too.
 */
export function themeNameEn(theme: string): string {
  const names = new Set(
    getBudget()
      .projects.filter((project) => project.theme === theme)
      .map((project) => translated(PROJECT_TRANSLATIONS, [project.id], 'theme')),
  );
  const [name, ...others] = names;
  if (!name)
    throw new Error(`no project has the theme "${theme}", so it has no English name (data/translations/en/projects.csv, column theme)`);
  if (others.length > 0)
    throw new Error(
      `data/translations/en/projects.csv translates the theme "${theme}" in ${names.size} ways (column theme): ${[...names].join(', ')}`,
    );
  return name.charAt(0).toLowerCase() + name.slice(1);
}

const month = (n: string) => {
  const name = ENGLISH_MONTHS[Number(n) - 1];
  if (!name) throw new Error(`no month ${n}`);
  return name;
};

/**
 * A timing target in English: “10月底前” → “by the end of October”, “2024年9月至10月” →
 * “September to October 2024”, “4月8日” → “8 April”. Null when the wording is not one of these forms
 * (the page then shows the Chinese original).
 */
export function timingEn(value: string): string | null {
  const text = value.trim();
  // “2024年10月、2024年11月”: two dates, each in English.
  const parts = text.split('、');
  if (parts.length > 1 && parts.every((part) => /年/.test(part))) {
    const english = parts.map((part) => timingEn(part));
    return english.every((part) => part !== null) ? english.join(' and ') : null;
  }
  // “9月底前完成” (done by), “2024年7月开始” (starting in).
  if (/前完成$/.test(text)) return timingEn(text.replace(/完成$/, ''));
  if (/开始$/.test(text)) {
    const start = timingEn(text.replace(/开始$/, ''));
    return start === null ? null : `starting ${start}`;
  }
  const match = /^(?:(\d{4})年)?(\d{1,2})(?:、(\d{1,2}))?月(?:(?:至|到)(\d{1,2})月|(\d{1,2})日)?(底)?(前)?$/.exec(text);
  if (!match) return null;
  const [, year, firstMonth, and, to, day, end, before] = match;
  // The pattern requires the first month, so the group is always set.
  const first = month(defined(firstMonth, `the month in the timing target "${text}"`));
  const suffix = year ? ` ${year}` : '';
  let span: string;
  if (to) span = `${first} to ${month(to)}${suffix}`;
  else if (and) span = `${first} and ${month(and)}${suffix}`;
  else if (day) span = `${Number(day)} ${first}${suffix}`;
  else span = `${first}${suffix}`;
  if (end) return before ? `by the end of ${span}` : `the end of ${span}`;
  return before ? `before ${span}` : span;
}

/** Units a target's number is shown with in English; counters (个, 台, 人…) are left to the prose. */
const MEASURE_UNITS_EN: Record<string, string> = {
  亩: ' mu',
  立方米: ' cubic metres',
  平方米: ' square metres',
  平米: ' square metres',
  '次/天': ' a day',
  '次/月': ' a month',
  '次/季度': ' a quarter',
  '家/季度': ' a quarter',
};
const COUNTERS = new Set([
  '个',
  '台',
  '人',
  '家',
  '处',
  '座',
  '辆',
  '份',
  '本',
  '次',
  '套',
  '类',
  '次项',
  '项',
  '张',
  '条',
  '部',
  '册',
  '包',
  '天',
  '秒',
  '吨',
  '米',
  '度',
]);

const COMPARATOR_EN: Record<string, string> = { '≥': 'at least', '≤': 'no more than', '>': 'more than', '<': 'less than' };

/**
 * A performance target for English prose: “at least 5” (the prose names what is counted),
 * “no more than ¥800,000”, “at least 90%”, “950 mu”, “by the end of October”. Returns the
 * Chinese original, flagged, when a timing phrase has no English form.
 */
export function targetEn(indicator: Pick<Indicator, 'value' | 'target_number' | 'target_unit' | 'comparator'>): {
  text: string;
  chinese: boolean;
} {
  if (indicator.target_number === null) {
    const timing = timingEn(indicator.value);
    return timing === null ? { text: indicator.value, chinese: true } : { text: timing, chinese: false };
  }
  const unit = indicator.target_unit ?? '';
  const number = indicator.target_number;
  let quantity: string;
  if (unit === '万元') quantity = formatYuanProseEnglish(Math.round(number * FEN_PER_WAN));
  else if (unit === '元') quantity = formatYuanProseEnglish(Math.round(number * FEN_PER_YUAN));
  else if (unit.startsWith('%')) quantity = `${formatTargetNumber(number)}%`;
  else if (unit === '' || COUNTERS.has(unit)) quantity = formatTargetNumber(number);
  else if (MEASURE_UNITS_EN[unit] !== undefined) quantity = `${formatTargetNumber(number)}${MEASURE_UNITS_EN[unit]}`;
  else throw new Error(`no English for the target unit "${unit}": add it to src/lib/branches/english.ts`);
  const words = indicator.comparator ? COMPARATOR_EN[indicator.comparator] : undefined;
  return { text: words ? `${words} ${quantity}` : quantity, chinese: false };
}

/** A branch's place by project budget in words: “first”, or “joint second” when another branch has the same total. */
export function branchPlaceEn(branch: { total: number; rank: number }, branches: readonly { total: number }[]): string {
  return placeInWordsEnglish({ rank: branch.rank, tied: branches.filter((other) => other.total === branch.total).length > 1 });
}
