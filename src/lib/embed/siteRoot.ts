import { PLACEHOLDER_SITE } from './placeholderSite';

/** Absolute URL of the site root (site + base), ending in "/": embed code must work on other hosts. */
export function siteRoot(): string {
  const site = import.meta.env.SITE;
  if (!site) throw new Error('astro.config.mjs must set `site` (SITE env): embed code needs absolute URLs');
  return new URL(import.meta.env.BASE_URL, site).href.replace(/\/?$/, '/');
}

/** True when the build was made without SITE, so the embed code points at a placeholder address. */
export const isPlaceholderSite = (): boolean => new URL(siteRoot()).origin === new URL(PLACEHOLDER_SITE).origin;
