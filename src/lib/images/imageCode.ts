/**
 * The code for a chart's image in a WeChat article, a newsletter or any page that takes no
 * iframe: the PNG (drawn at 2×, shown at its 1× size) with its alt text, and the source line.
 */
import { escapeXml } from '../../components/flow/renderFlowSvg';
import { SITE_TITLE, SOURCE_CREDIT } from '../site';
import type { Lang } from '../../i18n/lang';
import { ui } from '../../i18n/ui';

export interface ImageCodeInput {
  src: string;
  alt: string;
  /** Display size: half the file's pixels. */
  width: number;
  height: number;
  pageUrl: string;
  /** The language of the source line (default Chinese). */
  lang?: Lang;
}

export function imageCode({ src, alt, width, height, pageUrl, lang = 'zh' }: ImageCodeInput): string {
  const source =
    lang === 'zh'
      ? `<p>${escapeXml(SOURCE_CREDIT)}（<a href="${escapeXml(pageUrl)}">${escapeXml(SITE_TITLE)}</a>）</p>`
      : `<p>${escapeXml(ui(lang).embed.sourceCredit)} (<a href="${escapeXml(pageUrl)}">${escapeXml(ui(lang).site.title)}</a>)</p>`;
  return [
    `<img src="${escapeXml(src)}" alt="${escapeXml(alt)}" width="${width}" height="${height}" style="max-width:100%;height:auto;">`,
    source,
  ].join('\n');
}
