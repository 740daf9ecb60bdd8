/**
 * The embed code we hand to journalists. One generator for the dialog, the /embed/ docs page,
 * the oEmbed JSON and the tests, so what we document is what we give out.
 * Pure string building: it also runs in the browser (the dialog adds the chart's current state).
 */
import { localePath, type Lang } from '../../i18n/lang';

export interface EmbedCodeInput {
  slug: string;
  /** The embed's language (default Chinese): English embeds are under /en/embed/. */
  lang?: Lang;
  title: string;
  /** The frame's height before a script sets it: the chart's height in a 600 px column (frameHeights.ts). */
  initialHeight: number;
  /** Absolute URL of the site root, ending in "/" (site + base). */
  siteRoot: string;
  /** Query string with the chart's state, e.g. "?node=2110301", or "". */
  search?: string;
}

const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export const PYM_SCRIPT_URL = 'https://pym.nprapps.org/pym.v1.min.js';

export function embedUrl({ slug, lang = 'zh', siteRoot, search = '' }: EmbedCodeInput): string {
  return `${siteRoot}${localePath(lang, `/embed/${slug}/`).slice(1)}${search}`;
}

/** A responsive iframe plus our resize script, which sets the iframe's height from the chart's messages. */
export function iframeCode(input: EmbedCodeInput): string {
  return [
    `<iframe src="${escapeAttribute(embedUrl(input))}" title="${escapeAttribute(input.title)}" width="100%" height="${input.initialHeight}" style="border:0;width:100%;" loading="lazy" data-jincheng-embed></iframe>`,
    `<script src="${escapeAttribute(input.siteRoot)}embed.js" async></script>`,
  ].join('\n');
}

/**
 * For newsroom tools that already use Pym.js: Pym's own data-pym-src form, in which Pym gives each
 * container a unique id, so the same chart can sit on a page twice (in two states, or pasted twice).
 */
export function pymCode(input: EmbedCodeInput): string {
  return [
    `<div data-pym-src="${escapeAttribute(embedUrl(input))}" data-pym-title="${escapeAttribute(input.title)}"></div>`,
    `<script src="${PYM_SCRIPT_URL}"></script>`,
  ].join('\n');
}
