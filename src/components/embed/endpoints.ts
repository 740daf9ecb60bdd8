/**
 * The files beside each embed, in either language (/embed/<chart>/… and /en/embed/<chart>/…):
 * its oEmbed JSON and its images. The route files only say which language they serve.
 */
import type { APIRoute } from 'astro';
import type { Lang } from '../../i18n/lang';
import type { EmbedChart } from '../../lib/embed/charts';
import { oembedFor } from '../../lib/embed/oembed';
import { siteRoot } from '../../lib/embed/siteRoot';
import { CHART_IMAGE_SCALE } from '../../lib/images/chartImagePaths';
import { pngResponse } from '../../lib/images/png';
import { chartImageOf, chartImagePng, chartImages, chartImageSvg, type ChartImage } from '../share/chartImages';

/** oEmbed (type "rich") for one chart; each full page points here with <link rel="alternate">. */
export const oembedGet: APIRoute = async ({ props }) => {
  const { chart } = props as { chart: EmbedChart };
  const image = chartImageOf(chart.slug, chart.lang);
  const { width, height } = await chartImageSvg(image);
  const thumbnail = {
    url: new URL(image.path.slice(1), siteRoot()).href,
    width: width * CHART_IMAGE_SCALE,
    height: height * CHART_IMAGE_SCALE,
  };
  return new Response(JSON.stringify(oembedFor(chart, siteRoot(), thumbnail), null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};

/** The chart images' routes: each chart's default view (image.png), or the treemap's 款 levels. */
export function chartImageRoutes(lang: Lang, levels: boolean) {
  return chartImages(lang)
    .filter((image) => Boolean(image.level) === levels)
    .map((image) => ({
      params: image.level ? { chart: image.chart.slug, node: image.level.id } : { chart: image.chart.slug },
      props: { image },
    }));
}

export const chartImageGet: APIRoute = async ({ props }) => pngResponse(await chartImagePng((props as { image: ChartImage }).image));
