import type { Lang } from '../../i18n/lang';

/**
 * The attributes of a methodology table's scroll box: on English pages, whose wider tables scroll on
 * phones, a named region a keyboard can focus and scroll; Chinese pages keep a plain box.
 */
export function methodologyRegion(lang: Lang, label: string): Record<string, string> {
  return lang === 'en' ? { role: 'region', 'aria-label': label, tabindex: '0' } : {};
}
