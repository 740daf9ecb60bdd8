/**
 * Two small number forms the lesson needs and format.ts does not have (format.ts covers 万元,
 * 亿元, shares and whole numbers). Kept here, with their rounding, so answers and tests agree.
 */
const oneDecimal = new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** A ratio as “4.2倍”. */
export function formatTimes(ratio: number): string {
  return `${oneDecimal.format(ratio)}倍`;
}

/** A share as a number of percent with one decimal (92.4 for 92.357…%): the value tests compare. */
export function percentOneDecimal(part: number, whole: number): number {
  if (whole === 0) throw new Error('share of a zero total');
  return Math.round((part / whole) * 1000) / 10;
}

/** Rounds fen to the nearest 0.01 万元 (10,000 fen), as tables print amounts. */
export function roundToCentWan(fen: number): number {
  return Math.round(fen / 10_000) * 10_000;
}

const oneDecimalEnglish = new Intl.NumberFormat('en', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** A ratio as “4.2 times”. */
export function formatTimesEnglish(ratio: number): string {
  return `${oneDecimalEnglish.format(ratio)} times`;
}
