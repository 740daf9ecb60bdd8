import { twinPath, type Lang } from './lang';

/**
 * Which pages have a twin in the other language. Every reader page has one; the exceptions are
 * listed here, each with its reason, and nowhere else: BaseLayout leaves out the language switch
 * and the hreflang alternates on them, and tests/dom/twins.test.ts checks both lists against dist/.
 */
export const NO_TWIN: readonly { path: RegExp; reason: string }[] = [
  { path: /^\/404(\.html|\/)$/, reason: 'One not-found page for both languages; it offers both.' },
];

/**
 * Sections whose English pages are not built yet. These Chinese pages have no twin (no switch, no
 * hreflang) until then; the list must end up empty.
 */
export const TWINS_PENDING: readonly { path: RegExp; reason: string }[] = [];

/** Whether the page at `path` (site-absolute, without the base) has a twin in the other language. */
export function hasTwin(path: string): boolean {
  const chinese = twinPath(path, 'zh');
  return ![...NO_TWIN, ...TWINS_PENDING].some((entry) => entry.path.test(chinese));
}

/** The page's path in both languages, or undefined when it has no twin. */
export function twinsOf(path: string): Record<Lang, string> | undefined {
  return hasTwin(path) ? { zh: twinPath(path, 'zh'), en: twinPath(path, 'en') } : undefined;
}

/** A path as the site sees it, without the configured base: '/jincheng-budget/en/flow/' → '/en/flow/'. */
export function withoutBase(pathname: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  return base && pathname.startsWith(`${base}/`) ? pathname.slice(base.length) : pathname;
}
