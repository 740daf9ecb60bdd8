import type { EmbedChart } from './charts';
import { iframeCode } from './code';
import { REPORT_TITLE, SITE_TITLE } from '../site';

/** An oEmbed 1.0 "rich" response: the same iframe code the 嵌入 dialog gives out. */
export function oembedFor(chart: EmbedChart, siteRoot: string) {
  return {
    version: '1.0',
    type: 'rich',
    title: chart.title,
    provider_name: SITE_TITLE,
    provider_url: siteRoot,
    html: iframeCode({ slug: chart.slug, title: chart.title, initialHeight: chart.initialHeight, siteRoot }),
    width: 800,
    height: chart.initialHeight,
    description: chart.summary,
    source: REPORT_TITLE,
  };
}

export const oembedPath = (slug: string) => `/embed/${slug}/oembed.json`;
