/**
 * The site's two languages. Chinese keeps the site's URLs; English mirrors every reader page under
 * /en/. Astro's i18n routing (astro.config.mjs) sets `Astro.currentLocale` from the URL, so a
 * component learns its language with `langOf(Astro)` and never needs a prop for it.
 */
export const LANGS = ['zh', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** The locale codes Astro's i18n config uses (the URL prefix is the part after the last slash). */
export const ASTRO_LOCALES = { zh: 'zh-CN', en: 'en' } as const satisfies Record<Lang, string>;

/** `<html lang>` and hreflang values. */
export const HTML_LANG: Record<Lang, string> = { zh: 'zh-CN', en: 'en' };
/** og:locale values. */
export const OG_LOCALE: Record<Lang, string> = { zh: 'zh_CN', en: 'en_US' };

/** The page's language, from Astro's current locale (undefined or zh-CN: Chinese). */
export function langOf(astro: { currentLocale?: string | undefined }): Lang {
  return astro.currentLocale === ASTRO_LOCALES.en ? 'en' : 'zh';
}

/** A site-absolute path (without the base) in the given language: '/flow/' → '/en/flow/'. */
export function localePath(lang: Lang, path: string): string {
  if (!path.startsWith('/')) throw new Error(`localePath expects a site-absolute path, got "${path}"`);
  return lang === 'en' ? `/en${path}` : path;
}

/** The same page in the other language: '/en/flow/' ↔ '/flow/' (paths without the base). */
export function twinPath(path: string, to: Lang): string {
  const chinese = path === '/en' || path === '/en/' ? '/' : path.startsWith('/en/') ? path.slice(3) : path;
  return localePath(to, chinese);
}
