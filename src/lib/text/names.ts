/**
 * Shorter project names for charts: a name loses the start its context already says (the city,
 * the bureau, the unit whose page or group it is on). The full name stays in tables, panels and
 * accessible names. Every chart shortens names here.
 */

import { DEPARTMENT_NAME, PLACE_NAME } from '../budgetConfig';

/** Every project is the city's: "晋城市" at the start of a name only costs room. */
export const CITY_PREFIX = PLACE_NAME;
/** The bureau's own name, which city-level projects start with. */
export const BUREAU_PREFIX = DEPARTMENT_NAME;

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** Characters (code points) in a string, without making an array of them: names are counted for every project. */
function characterCount(text: string): number {
  let count = text.length;
  for (let index = 1; index < text.length; index++) {
    // A surrogate pair is one character.
    if (isLowSurrogate(text.charCodeAt(index)) && isHighSurrogate(text.charCodeAt(index - 1))) count--;
  }
  return count;
}

/**
 * The name without each prefix (in order) that it starts with, so long as at least `minRest`
 * characters are left: a name cut down to a word or two would no longer tell projects apart.
 */
export function withoutPrefixes(name: string, prefixes: readonly string[], minRest: number): string {
  let short = name;
  for (const prefix of prefixes) {
    if (short.startsWith(prefix) && characterCount(short) - characterCount(prefix) >= minRest) short = short.slice(prefix.length);
  }
  return short;
}

/**
 * A project's name on its unit's page: without the unit's own name (“泽州分局设备购置项目” on
 * 泽州分局's page reads “设备购置项目”).
 */
export function nameInUnit(name: string, unitShortName: string): string {
  return withoutPrefixes(name, [unitShortName, `${BUREAU_PREFIX}${unitShortName}`], 2);
}
