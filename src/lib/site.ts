/** Site-wide constants and URL helpers. */
import { ui } from '../i18n/ui/index';
import type { Lang } from '../i18n/lang';

/** The Chinese site title (the ui strings hold both languages'). */
export const SITE_TITLE = ui('zh').site.title;
import { REPORT_TITLE } from './budgetConfig';

export { REPORT_TITLE };
export const SOURCE_CREDIT = `数据来源：${REPORT_TITLE}`;

export interface NavItem {
  href: string;
  label: string;
}

/** The header's sections, in reading order, in the given language (paths without the language prefix). */
export function navItems(lang: Lang): NavItem[] {
  return Object.entries(ui(lang).nav.items).map(([href, label]) => ({ href, label }));
}

/** Prefixes a site-absolute path with the configured base, so the site works under a sub-path. */
export function withBase(path: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  if (!path.startsWith('/')) throw new Error(`withBase expects a site-absolute path, got "${path}"`);
  return `${base}${path}`;
}
