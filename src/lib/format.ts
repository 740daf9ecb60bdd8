import { FEN_PER_WAN, FEN_PER_YUAN, type Fen } from './money';

const wanFormat = new Intl.NumberFormat('zh-CN', {
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
  useGrouping: true,
});
const yiFormat = new Intl.NumberFormat('zh-CN', {
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
  useGrouping: true,
});
const percentFormat = new Intl.NumberFormat('zh-CN', {
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});
// Below 1% one decimal would print 0.0% for a share that is not zero: keep two significant digits.
const smallPercentFormat = new Intl.NumberFormat('zh-CN', { maximumSignificantDigits: 2 });
const percentText = (value: number) => `${(value !== 0 && Math.abs(value) < 1 ? smallPercentFormat : percentFormat).format(value)}%`;
const yuanFormat = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2, useGrouping: true });
const wanExactFormat = new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 6, useGrouping: true });
const integerFormat = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 0 });

/** "23,474.23" — amounts in 万元 for tables. Fen amounts are multiples of 0.01 万元, so no rounding. */
export function formatWanNumber(fen: Fen): string {
  return wanFormat.format(fen / FEN_PER_WAN);
}

/** "23,474.23万元" */
export function formatWan(fen: Fen): string {
  return `${formatWanNumber(fen)}万元`;
}

/** "10,560元" — sheet amounts, which the report prints in 元. */
export function formatYuan(fen: Fen): string {
  return `${yuanFormat.format(fen / FEN_PER_YUAN)}元`;
}

/** "1.056万元" — a 元 amount in 万元 without rounding it to the tables' two decimals. */
export function formatWanExact(fen: Fen): string {
  return `${wanExactFormat.format(fen / FEN_PER_WAN)}万元`;
}

/** "2.35亿元" — large totals in prose (1 亿元 = 10,000 万元). */
export function formatYi(fen: Fen): string {
  return `${yiFormat.format(fen / (FEN_PER_WAN * 10_000))}亿元`;
}

/** Prose amounts: 亿元 from 10,000 万元 upward, 万元 below. */
export function formatAmountProse(fen: Fen): string {
  return fen >= FEN_PER_WAN * 10_000 ? formatYi(fen) : formatWan(fen);
}

/** "41.7%" — share of a whole, one decimal; below 1% two significant digits ("0.02%"). */
export function formatShare(part: Fen, whole: Fen): string {
  if (whole === 0) throw new Error('share of a zero total');
  return percentText((part / whole) * 100);
}

export function formatPercent(value: number): string {
  return percentText(value);
}

/** "1,985,000" */
export function formatInteger(value: number): string {
  return integerFormat.format(value);
}

/** Per-day figure over the 366 days of 2024 (a leap year). */
export const DAYS_IN_2024 = 366;

const englishMillionFormat = new Intl.NumberFormat('en', { minimumFractionDigits: 2, maximumFractionDigits: 2, useGrouping: true });
const englishYuanFormat = new Intl.NumberFormat('en', { maximumFractionDigits: 2, useGrouping: true });
const FEN_PER_MILLION_YUAN = FEN_PER_YUAN * 1_000_000;

/**
 * English prose amounts: "¥254.17 million" from ¥1 million up, "¥38,000" below. The report counts in
 * 万元 (10,000 yuan), so 100 万元 is ¥1 million; tables keep the report's 万元 figures (formatWanNumber)
 * under a "10,000 yuan" heading.
 */
export function formatYuanProseEnglish(fen: Fen): string {
  return Math.abs(fen) >= FEN_PER_MILLION_YUAN
    ? `¥${englishMillionFormat.format(fen / FEN_PER_MILLION_YUAN)} million`
    : formatYuanEnglish(fen);
}

/** Prose amounts in the page's language: 亿元/万元 in Chinese, ¥ million in English. */
export function formatAmountProseIn(lang: 'zh' | 'en', fen: Fen): string {
  return lang === 'en' ? formatYuanProseEnglish(fen) : formatAmountProse(fen);
}

/** "¥10,560" — a sheet amount (printed in 元) in English, exact. */
export function formatYuanEnglish(fen: Fen): string {
  return `¥${englishYuanFormat.format(fen / FEN_PER_YUAN)}`;
}

/** Amounts in charts and details panels: "1,225.10万元" in Chinese, "¥12.25 million" in English. */
export function formatWanIn(lang: 'zh' | 'en', fen: Fen): string {
  return lang === 'en' ? formatYuanProseEnglish(fen) : formatWan(fen);
}

/** Chart labels in English, where space is short: "¥212.54m", "¥0.38m". */
export function formatYuanMillionsShortEnglish(fen: Fen): string {
  return `¥${englishMillionFormat.format(fen / FEN_PER_MILLION_YUAN)}m`;
}
