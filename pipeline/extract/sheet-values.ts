/**
 * Value grammar for the indicator cells of the project performance-target sheets
 * (项目支出绩效目标表): what counts as an indicator value (指标值), how a cell
 * "name value" is split, and how a numeric target is read from a value.
 *
 * Pure functions only; no I/O.
 */

/** Comparators as printed, normalised to one of ≥ ≤ > < =. */
const COMPARATORS: ReadonlyArray<[string, string]> = [
  ['>=', '≥'],
  ['＞=', '≥'],
  ['≥', '≥'],
  ['≧', '≥'],
  ['<=', '≤'],
  ['＜=', '≤'],
  ['≤', '≤'],
  ['≦', '≤'],
  ['＞', '>'],
  ['>', '>'],
  ['＜', '<'],
  ['<', '<'],
  ['＝', '='],
  ['=', '='],
];

/**
 * Units that follow a number in a value. A closed list on purpose: a cell whose
 * value does not fit makes the parser throw, so new units are noticed.
 */
export const UNITS: readonly string[] = [
  '个（盒、套）',
  '万元/天/人',
  '元/月/人',
  '元/人/年',
  '台（套）',
  '家/季度',
  '次/季度',
  '万元/个',
  '万元/辆',
  '平方米',
  '立方米',
  '次/天',
  '次/月',
  '元/台',
  '元/月',
  'm3/d',
  '万元',
  '万张',
  '万度',
  '万吨',
  '万升',
  '平米',
  '公里',
  '人次',
  '次项',
  '%',
  '元',
  '个',
  '次',
  '人',
  '套',
  '台',
  '家',
  '份',
  '辆',
  '项',
  '本',
  '部',
  '张',
  '条',
  '秒',
  '座',
  '天',
  '类',
  '吨',
  '亩',
  '处',
  '册',
  '米',
  '包',
  '度',
  '组',
];

/** Qualitative values (指标值 that are words), as printed in the sheets. */
export const WORD_VALUES: readonly string[] = [
  '达国家考核要求90%以上',
  '六五宣传日、低碳日等',
  '六五环境日和低碳日',
  '每季度发放一次',
  '按月准时发放',
  '按季度支付',
  '有效提供',
  '持续改善',
  '持续好转',
  '持续向好',
  '减污降碳',
  '符合标准',
  '提高提高',
  '每月完成',
  '每季度',
  '不定期',
  '提升',
  '提高',
  '推动',
  '保障',
  '改善',
  '加强',
  '增强',
  '促进',
  '确保',
  '完善',
  '实现',
  '降低',
  '保护',
  '优化',
  '解决',
  '减少',
  '符合',
  '合格',
  '达标',
  '满足',
  '完好',
  '准确',
  '通过',
  '实用',
  '及时',
  '实时',
  '全年',
  '半年',
  '每天',
  '每日',
  '每周',
  '每月',
];

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

const CMP_RE = COMPARATORS.map(([c]) => escapeRe(c)).join('|');
const NUM_RE = '\\d+(?:,\\d{3})*(?:\\.\\d+)?';
const UNIT_RE = [...UNITS]
  .sort((a, b) => b.length - a.length)
  .map(escapeRe)
  .join('|');
const NUMERIC = new RegExp(`^(${CMP_RE})?(${NUM_RE})(${UNIT_RE})$`);

// Dates and periods: 7月, 4月底前, 2024年9月至10月, 10、11月, 每年的3至10月,
// 2024年10月、2024年11月, 7月底前、10月底前, 4月8日, 2024年底, 2024年全年, 1个月内 ...
const DATE_PART = '(?:\\d{4}年)?(?:\\d{1,2}月?(?:\\d{1,2}日)?(?:上旬|中旬|下旬|初|底)?(?:前|后)?|全年|底)';
const DATE = new RegExp(`^(?:每年的)?${DATE_PART}(?:(?:至|到|、)${DATE_PART})*(?:完成|开始)?$`);
const WITHIN = /^\d+个月内$/;

function isDate(s: string): boolean {
  return (DATE.test(s) && /[年月日]/.test(s) && !/\d$/.test(s)) || WITHIN.test(s);
}

/** True when `s` is a complete indicator value. */
export function isValue(s: string): boolean {
  return NUMERIC.test(s) || isDate(s) || WORD_VALUES.includes(s);
}

/**
 * A whitespace-separated last token that is a value. Also accepts one stray Latin
 * letter printed before a number (the sheet of 高平大气 prints `D5项`).
 */
function isValueToken(s: string): boolean {
  return isValue(s) || (/^[A-Za-z]\d/.test(s) && NUMERIC.test(s.slice(1)));
}

export interface ParsedCell {
  /** The indicator name (三级指标) as printed, trimmed. */
  name: string;
  /** The value (指标值) as printed. */
  value: string;
  /** True when the value is glued to the name without a space (the name was cut by the PDF cell). */
  glued: boolean;
}

/**
 * Split one table cell "name value" into name and value. A space before a value
 * token wins; otherwise the longest value suffix is taken (the PDF drops the
 * space when the name fills its cell). Returns null when no value is found or
 * the name would be empty.
 */
export function parseCell(text: string): ParsedCell | null {
  const t = text.trim();
  const lastSpace = t.lastIndexOf(' ');
  if (lastSpace > 0) {
    const last = t.slice(lastSpace + 1);
    const rest = t.slice(0, lastSpace).trim();
    if (rest && isValueToken(last)) return { name: rest, value: last, glued: false };
  }
  for (let i = 1; i < t.length; i++) {
    const suffix = t.slice(i);
    if (isValue(suffix)) {
      const head = t.slice(0, i);
      const name = head.trim();
      if (!name) return null;
      return { name, value: suffix, glued: !/\s$/.test(head) };
    }
  }
  return null;
}

/**
 * Split the text of one table line (labels already removed) into one or two
 * cells. Two cells when exactly one space splits it into two parsable cells.
 * Throws when several splits are possible or when nothing parses.
 */
export function splitCells(text: string): string[] {
  const t = text.trim();
  const splits: number[] = [];
  for (let i = t.indexOf(' '); i >= 0; i = t.indexOf(' ', i + 1)) {
    const a = t.slice(0, i).trim();
    const b = t.slice(i + 1).trim();
    if (!a || !b) continue;
    const ca = parseCell(a);
    const cb = parseCell(b);
    // A right-hand cell cannot start with a lone value ("促进 促进晋城市…" is the
    // tail of the left cell, not a name).
    const firstToken = b.split(/\s+/)[0]!;
    if (ca && cb && !isValueToken(firstToken)) splits.push(i);
  }
  if (splits.length > 1) throw new Error(`ambiguous cell split in "${t}"`);
  if (splits.length === 1) {
    const i = splits[0]!;
    return [t.slice(0, i).trim(), t.slice(i + 1).trim()];
  }
  if (!parseCell(t)) throw new Error(`no indicator value found in "${t}"`);
  return [t];
}

export interface Target {
  number: string;
  unit: string;
  comparator: string;
}

/**
 * The numeric target of a value: `≥5处` → 5 处 ≥, `100%` → 100 % =, `8次/天` → 8 次/天 =.
 * Null for non-numeric values (dates, words, `D5项`).
 */
export function parseTarget(value: string): Target | null {
  const m = NUMERIC.exec(value.trim());
  if (!m) return null;
  const cmp = m[1] ? COMPARATORS.find(([c]) => c === m[1])![1] : '=';
  return { number: m[2]!.replace(/,/g, ''), unit: m[3]!, comparator: cmp };
}

/**
 * Display width of a string: CJK characters and full-width forms count 1,
 * everything else (ASCII, curly quotes) 0.5.
 */
export function width(s: string): number {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    const full =
      (c >= 0x2e80 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xff01 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6);
    w += full ? 1 : 0.5;
  }
  return w;
}

/**
 * Does a cut name (annual column) denote the same text as a longer name (period
 * column)? The cut name's space-separated pieces must occur in order in the full
 * name, the first one as a prefix: `晋城市三线一单更` ~ `晋城市三线一单更新报告数`,
 * `《晋城市生态环境 》编` ~ `《晋城市生态环境分区管控 》编`.
 */
export function matchesCut(cut: string, full: string): boolean {
  const pieces = cut.split(/\s+/).filter(Boolean);
  const f = full.replace(/\s+/g, '');
  if (pieces.length === 0 || !f.startsWith(pieces[0]!)) return false;
  let pos = pieces[0]!.length;
  for (const p of pieces.slice(1)) {
    const at = f.indexOf(p, pos);
    if (at < 0) return false;
    pos = at + p.length;
  }
  return true;
}

/**
 * Width of an indicator name as the PDF cuts it: like `width`, but Chinese
 * punctuation counts 0.5, since the sheets' cut names run about half a character
 * further per punctuation mark (`改善我市大气环境、水`, `层面封彩钢板面积（平`).
 */
export function nameWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += /[、，。；：“”‘’（）《》【】〔〕！？]/.test(ch) ? 0.5 : width(ch);
  return w;
}
