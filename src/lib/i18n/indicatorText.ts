/**
 * Performance indicators in the page's language. The English comes from
 * data/translations/en/indicators.csv (names and targets as the sheet words them); a missing or
 * stale translation file fails the build (translations() throws) rather than showing Chinese.
 */
import type { Lang } from '../../i18n/lang';
import type { Indicator } from '../data/schemas';
import { translated } from './translations';
import { INDICATOR_TRANSLATIONS } from './specs-indicators';

export function indicatorText(
  lang: Lang,
  indicator: Pick<Indicator, 'project_id' | 'seq' | 'name' | 'value'>,
): { name: string; value: string } {
  if (lang === 'zh') return { name: indicator.name, value: indicator.value };
  const key = [indicator.project_id, String(indicator.seq)];
  return { name: translated(INDICATOR_TRANSLATIONS, key, 'name'), value: translated(INDICATOR_TRANSLATIONS, key, 'value') };
}
