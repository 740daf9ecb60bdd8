/**
 * A sentence with a little markup, as the ui files write it: plain text, a glossary term (a popover),
 * a Chinese original beside its translation, a link inside the site, bold text. `<Rich>` renders it,
 * so a page's prose can live in src/i18n/ui/ while its markup stays the same in both languages.
 */
export type RichPart =
  string | { term: string; text: string } | { zh: string } | { href: string; text: string } | { strong: string } | { code: string };
export type Rich = RichPart[];

// The helpers are marked free of side effects, so a client bundle that imports a ui file for its
// client strings (zhClient) drops the page prose built with them.

/** A sentence from its parts: `rich('读', term('carryover', '上年结转'), '。')`. */
export const rich = /* #__NO_SIDE_EFFECTS__ */ (...parts: RichPart[]): Rich => parts;
/** A glossary term with its popover (src/components/glossary/Term.astro). */
export const term = /* #__NO_SIDE_EFFECTS__ */ (id: string, text: string): RichPart => ({ term: id, text });
/** A Chinese original shown beside its translation, marked lang="zh-CN". */
export const zhOriginal = /* #__NO_SIDE_EFFECTS__ */ (text: string): RichPart => ({ zh: text });
/** A link to a site path without the base or language prefix ('/learn/'; `<Rich>` adds both), or to another site. */
export const link = /* #__NO_SIDE_EFFECTS__ */ (href: string, text: string): RichPart => ({ href, text });
export const strong = /* #__NO_SIDE_EFFECTS__ */ (text: string): RichPart => ({ strong: text });
/** A file name, column name or path, shown as code. */
export const code = /* #__NO_SIDE_EFFECTS__ */ (text: string): RichPart => ({ code: text });
