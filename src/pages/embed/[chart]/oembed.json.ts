import type { APIRoute } from 'astro';
import { getBudget } from '../../../lib/budget';
import { embedCharts, type EmbedChart } from '../../../lib/embed/charts';
import { oembedFor } from '../../../lib/embed/oembed';
import { siteRoot } from '../../../lib/embed/siteRoot';

export function getStaticPaths() {
  return embedCharts(getBudget()).map((chart) => ({ params: { chart: chart.slug }, props: { chart } }));
}

/** oEmbed (type "rich") for one chart; each full page points here with <link rel="alternate">. */
export const GET: APIRoute = ({ props }) => {
  const { chart } = props as { chart: EmbedChart };
  return new Response(JSON.stringify(oembedFor(chart, siteRoot()), null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
