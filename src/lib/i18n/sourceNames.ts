import { translated } from './translations';
import { REVENUE_TRANSLATIONS } from './specs-charts';

/** A source of funds in English, lower case for use inside a sentence: “general public budget”. */
export function sourceNameEnglish(revenueId: string): string {
  return translated(REVENUE_TRANSLATIONS, [revenueId], 'name');
}
