/**
 * English names of the explainer's data words: funding sources, economic categories and functional
 * codes (the last two through the checked translation tables). Indicator levels: src/lib/i18n/specs-indicators.ts.
 */
import type { Lang } from '../../i18n/lang';
import { translated } from '../i18n/translations';
import { FUNCTION_TRANSLATIONS } from '../i18n/specs';
import { ECONOMIC_TRANSLATIONS } from '../i18n/specs-teach';
import { getBudget } from '../budget';

/** An economic category (basic_by_economic.csv, category) in the page's language. */
export const economicName = (lang: Lang, category: string) => (lang === 'en' ? economicNameEn(category) : category);

/** An economic category (basic_by_economic.csv, category) in English (data/translations/en/basic_by_economic.csv). */
export function economicNameEn(category: string): string {
  const row = getBudget().basicByEconomic.find((entry) => entry.level === 'category' && entry.category === category);
  if (!row) throw new Error(`basic_by_economic.csv has no category "${category}"`);
  return translated(ECONOMIC_TRANSLATIONS, [String(row.seq)], 'category');
}

/** A functional code's English name (data/translations/en/functions.csv). */
export const functionNameEn = (code: string) => translated(FUNCTION_TRANSLATIONS, [code], 'name');
