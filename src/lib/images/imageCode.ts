/**
 * The code for a chart's image in a WeChat article, a newsletter or any page that takes no
 * iframe: the PNG (drawn at 2×, shown at its 1× size) with its alt text, and the source line.
 */
import { escapeXml } from '../../components/flow/renderFlowSvg';
import { SITE_TITLE, SOURCE_CREDIT } from '../site';

export interface ImageCodeInput {
  src: string;
  alt: string;
  /** Display size: half the file's pixels. */
  width: number;
  height: number;
  pageUrl: string;
}

export function imageCode({ src, alt, width, height, pageUrl }: ImageCodeInput): string {
  return [
    `<img src="${escapeXml(src)}" alt="${escapeXml(alt)}" width="${width}" height="${height}" style="max-width:100%;height:auto;">`,
    `<p>${escapeXml(SOURCE_CREDIT)}（<a href="${escapeXml(pageUrl)}">${escapeXml(SITE_TITLE)}</a>）</p>`,
  ].join('\n');
}
