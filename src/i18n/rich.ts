/**
 * A sentence with a little markup, as the ui files write it: plain text, a glossary term (a popover),
 * a Chinese original beside its translation, a link inside the site, bold text. `<Rich>` renders it,
 * so a page's prose can live in src/i18n/ui/ while its markup stays the same in both languages.
 */
export type RichPart =
  | string
  | { term: string; text: string }
  | { zh: string }
  | { href: string; text: string }
  | { strong: string }
  | { code: string }
  /** A title cited in Chinese (<cite lang="zh-CN">). */
  | { zhCite: string };
export type Rich = RichPart[];

// The helpers are marked free of side effects so that client bundles importing the ui files
// (src/i18n/client.ts) drop the page strings built with them.

/** A sentence from its parts: `rich('读', term('carryover', '上年结转'), '。')`. */
/* @__NO_SIDE_EFFECTS__ */
export const rich = (...parts: RichPart[]): Rich => parts;
/** A glossary term with its popover (src/components/glossary/Term.astro). */
/* @__NO_SIDE_EFFECTS__ */
export const term = (id: string, text: string): RichPart => ({ term: id, text });
/** A Chinese original shown beside its translation, marked lang="zh-CN". */
/* @__NO_SIDE_EFFECTS__ */
export const zhOriginal = (text: string): RichPart => ({ zh: text });
/** A link to a site path without the base or language prefix ('/learn/'; `<Rich>` adds both), or to another site. */
/* @__NO_SIDE_EFFECTS__ */
export const link = (href: string, text: string): RichPart => ({ href, text });
/* @__NO_SIDE_EFFECTS__ */
export const strong = (text: string): RichPart => ({ strong: text });
/** A file name, column name or path, shown as code. */
/* @__NO_SIDE_EFFECTS__ */
export const code = (text: string): RichPart => ({ code: text });
/* @__NO_SIDE_EFFECTS__ */
export const zhCite = (text: string): RichPart => ({ zhCite: text });
