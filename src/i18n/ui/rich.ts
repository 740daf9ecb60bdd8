/**
 * A sentence with markup, as ui strings give it: plain text, a Chinese original shown beside its
 * translation (lang="zh-CN") or a glossary term. src/components/site/RichText.astro renders it.
 */
export type RichPart = string | { zh: string } | { term: string; text: string };

export type Rich = RichPart[];
