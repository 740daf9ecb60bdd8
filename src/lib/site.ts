/** Site-wide constants and URL helpers. */
export const SITE_TITLE = '晋城生态环境预算2024';
import { REPORT_TITLE } from './budgetConfig';

export { REPORT_TITLE };
export const SOURCE_CREDIT = `数据来源：${REPORT_TITLE}`;

export interface NavItem {
  href: string;
  label: string;
}

/** The header's sections, in reading order. */
export const NAV_ITEMS: NavItem[] = [
  { href: '/treemap/', label: '资金去向' },
  { href: '/flow/', label: '资金流向' },
  { href: '/branches/', label: '各分局' },
  { href: '/projects/', label: '项目' },
  { href: '/data/', label: '数据' },
  { href: '/glossary/', label: '术语' },
  { href: '/teach/', label: '教学' },
  { href: '/methodology/', label: '方法' },
];

/** Prefixes a site-absolute path with the configured base, so the site works under a sub-path. */
export function withBase(path: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  if (!path.startsWith('/')) throw new Error(`withBase expects a site-absolute path, got "${path}"`);
  return `${base}${path}`;
}
