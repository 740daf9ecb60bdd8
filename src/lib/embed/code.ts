/**
 * The embed code we hand to journalists. One generator for the dialog, the /embed/ docs page,
 * the oEmbed JSON and the tests, so what we document is what we give out.
 * Pure string building: it also runs in the browser (the dialog adds the chart's current state).
 */

export interface EmbedCodeInput {
  slug: string;
  title: string;
  initialHeight: number;
  /** Absolute URL of the site root, ending in "/" (site + base). */
  siteRoot: string;
  /** Query string with the chart's state, e.g. "?node=2110301", or "". */
  search?: string;
}

// JSON inside a <script>: "<" is escaped so a title can never close the element.
const scriptJson = (value: string) => JSON.stringify(value).replace(/</g, '\\u003c');
const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export const PYM_SCRIPT_URL = 'https://pym.nprapps.org/pym.v1.min.js';

export function embedUrl({ slug, siteRoot, search = '' }: EmbedCodeInput): string {
  return `${siteRoot}embed/${slug}/${search}`;
}

/** A responsive iframe plus our resize script, which sets the iframe's height from the chart's messages. */
export function iframeCode(input: EmbedCodeInput): string {
  return [
    `<iframe src="${escapeAttribute(embedUrl(input))}" title="${escapeAttribute(input.title)}" width="100%" height="${input.initialHeight}" style="border:0;width:100%;" loading="lazy" data-jincheng-embed></iframe>`,
    `<script src="${escapeAttribute(input.siteRoot)}embed.js" async></script>`,
  ].join('\n');
}

/** For newsroom tools that already use Pym.js: Pym passes childId, and the chart answers in Pym's format. */
export function pymCode(input: EmbedCodeInput): string {
  const containerId = `jincheng-${input.slug}`;
  return [
    `<div id="${containerId}"></div>`,
    `<script src="${PYM_SCRIPT_URL}"></script>`,
    `<script>new pym.Parent(${scriptJson(containerId)}, ${scriptJson(embedUrl(input))}, { title: ${scriptJson(input.title)} });</script>`,
  ].join('\n');
}
