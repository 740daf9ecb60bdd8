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
  return values.map((value) => placeAmong(values, value, ascending));
}

/** “第2位” / “并列第2位” (or another counter word, e.g. “大”). Every rank on the site is written through this. */
export function placeText(place: Place, counter = '位'): string {
  return `${place.tied ? '并列' : ''}第${place.rank}${counter}`;
}

/** The place of `value` among `values` (which must include it). */
export function placeAmong(values: number[], value: number, ascending = false): Place {
  if (!values.includes(value)) throw new Error(`placeAmong: ${value} is not among the values`);
  return {
    rank: 1 + values.filter((other) => (ascending ? other < value : other > value)).length,
    tied: values.filter((other) => other === value).length > 1,
  };
}

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** “第一” / “并列第一”: the place in Chinese numerals (digits past nine), for prose such as “排第一”. */
export function placeInWords(place: Place): string {
  return `${place.tied ? '并列' : ''}第${NUMERALS[place.rank - 1] ?? String(place.rank)}`;
}

const ORDINAL_SUFFIXES: Record<string, string> = { one: 'st', two: 'nd', few: 'rd', other: 'th' };
const ordinalRules = new Intl.PluralRules('en', { type: 'ordinal' });

/** “2nd” / “joint 2nd”: placeText in English. */
export function placeTextEnglish(place: Place): string {
  return `${place.tied ? 'joint ' : ''}${place.rank}${ORDINAL_SUFFIXES[ordinalRules.select(place.rank)]}`;
}

const ORDINAL_WORDS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];

/** “second”, “joint first” (ties), “11th”: placeInWords in English, for prose. */
export function placeInWordsEnglish(place: Place): string {
  const word = ORDINAL_WORDS[place.rank - 1] ?? placeTextEnglish({ rank: place.rank, tied: false });
  return place.tied ? `joint ${word}` : word;
}
