/**
 * Performance indicators in the page's language. The English comes from
 * data/translations/en/indicators.csv (names and targets as the sheet words them); a missing or
 * stale translation file fails the build (translations() throws) rather than showing Chinese.
 */
import type { Lang } from '../../i18n/lang';
import type { Indicator } from '../data/schemas';
import { translated, type TranslationSpec } from './translations';

/** Helper 21d declares this table in specs-indicators.ts: when merging, import it from there instead. */
export const INDICATOR_TRANSLATIONS = {
  table: 'indicators',
  key: ['project_id', 'seq'],
  fields: ['name', 'value'],
} as const satisfies TranslationSpec;

export function indicatorText(lang: Lang, indicator: Pick<Indicator, 'project_id' | 'seq' | 'name' | 'value'>): { name: string; value: string } {
  if (lang === 'zh') return { name: indicator.name, value: indicator.value };
  const key = [indicator.project_id, String(indicator.seq)];
  return { name: translated(INDICATOR_TRANSLATIONS, key, 'name'), value: translated(INDICATOR_TRANSLATIONS, key, 'value') };
}
