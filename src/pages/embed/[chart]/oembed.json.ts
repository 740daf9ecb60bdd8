import type { APIRoute } from 'astro';
import { getBudget } from '../../../lib/budget';
import { embedCharts, type EmbedChart } from '../../../lib/embed/charts';
import { oembedFor } from '../../../lib/embed/oembed';
import { siteRoot } from '../../../lib/embed/siteRoot';
import { CHART_IMAGE_SCALE } from '../../../lib/images/chartImagePaths';
import { chartImageOf, chartImageSvg } from '../../../components/share/chartImages';

export function getStaticPaths() {
  return embedCharts(getBudget()).map((chart) => ({ params: { chart: chart.slug }, props: { chart } }));
}

/** oEmbed (type "rich") for one chart; each full page points here with <link rel="alternate">. */
export const GET: APIRoute = async ({ props }) => {
  const { chart } = props as { chart: EmbedChart };
  const image = chartImageOf(chart.slug);
  const { width, height } = await chartImageSvg(image);
  const thumbnail = { url: new URL(image.path.slice(1), siteRoot()).href, width: width * CHART_IMAGE_SCALE, height: height * CHART_IMAGE_SCALE };
  return new Response(JSON.stringify(oembedFor(chart, siteRoot(), thumbnail), null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
