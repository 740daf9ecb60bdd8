import type { EmbedChart } from './charts';
import { iframeCode } from './code';
import { embedCodeInput } from './codeInput';
import { REPORT_TITLE, SITE_TITLE } from '../site';
import { localePath, type Lang } from '../../i18n/lang';
import { ui } from '../../i18n/ui';

/** The chart's image as oEmbed's thumbnail (src/pages/embed/[chart]/image.png.ts): URL and pixel size. */
export interface OEmbedThumbnail {
  url: string;
  width: number;
  height: number;
}

/** An oEmbed 1.0 "rich" response: the same iframe code the 嵌入 dialog gives out. */
export function oembedFor(chart: EmbedChart, siteRoot: string, thumbnail?: OEmbedThumbnail) {
  const input = embedCodeInput(chart, siteRoot);
  return {
    version: '1.0',
    type: 'rich',
    title: chart.title,
    ...(chart.lang === 'zh'
      ? {}
      : { author_name: ui(chart.lang).site.title, author_url: new URL(localePath(chart.lang, '/').slice(1), siteRoot).href }),
    provider_name: chart.lang === 'zh' ? SITE_TITLE : ui(chart.lang).site.title,
    provider_url: siteRoot,
    html: iframeCode(input),
    width: 800,
    height: input.initialHeight,
    description: chart.summary,
    source: chart.lang === 'zh' ? REPORT_TITLE : ui(chart.lang).embed.source,
    ...(thumbnail ? { thumbnail_url: thumbnail.url, thumbnail_width: thumbnail.width, thumbnail_height: thumbnail.height } : {}),
  };
}

export const oembedPath = (slug: string, lang: Lang = 'zh') => localePath(lang, `/embed/${slug}/oembed.json`);
