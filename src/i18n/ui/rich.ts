/**
 * A sentence with markup, as ui strings give it: plain text, a Chinese original shown beside its
 * translation (lang="zh-CN"), a glossary term, a link, the report's title or a code word.
 * src/components/site/RichText.astro renders it; a language whose sentence has no markup uses plain strings.
 */
export type RichPart =
  | string
  | { zh: string }
  | { term: string; text: string }
  | { link: string; text: string }
  | { cite: string }
  | { code: string; dataVersion?: boolean };

export type Rich = RichPart[];
