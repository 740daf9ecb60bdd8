/** Ranks as the site writes them: competition ranking, and 并列 for every shared place. */

/**
 * Competition ranking ("1, 2, 2, 4"): 1 is the largest value, or the smallest with `ascending`.
 * Returns the rank of every item in input order.
 */
export function rankValues(values: number[], ascending = false): number[] {
  return values.map((value) => 1 + values.filter((other) => (ascending ? other < value : other > value)).length);
}

export interface Place {
  rank: number;
  /** Another item has the same value, so the rank is shared: the text says 并列. */
  tied: boolean;
}

/** Competition ranks with ties marked, in input order. */
export function placesOf(values: number[], ascending = false): Place[] {
  const ranks = rankValues(values, ascending);
  return values.map((value, index) => ({ rank: ranks[index]!, tied: values.filter((other) => other === value).length > 1 }));
}

/** “第2位” / “并列第2位” (or another counter word, e.g. “大”). Every rank on the site is written through this. */
export function placeText(place: Place, counter = '位'): string {
  return `${place.tied ? '并列' : ''}第${place.rank}${counter}`;
}

const ORDINAL_SUFFIXES: Record<string, string> = { one: 'st', two: 'nd', few: 'rd', other: 'th' };
const ordinalRules = new Intl.PluralRules('en', { type: 'ordinal' });

/** “2nd” / “joint 2nd”: placeText in English. */
export function placeTextEnglish(place: Place): string {
  return `${place.tied ? 'joint ' : ''}${place.rank}${ORDINAL_SUFFIXES[ordinalRules.select(place.rank)]}`;
}
