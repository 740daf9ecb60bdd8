import type { APIRoute } from 'astro';
import { getBudget } from '../../../lib/budget';
import { embedCharts, type EmbedChart } from '../../../lib/embed/charts';
import { chartCsv, chartData } from '../../../lib/embed/chartData';

export function getStaticPaths() {
  return embedCharts(getBudget()).map((chart) => ({ params: { chart: chart.slug }, props: { chart } }));
}

/** The chart's data as CSV (UTF-8 with BOM), linked from its 下载 menu. */
export const GET: APIRoute = ({ props }) => {
  const { chart } = props as { chart: EmbedChart };
  return new Response(chartCsv(chartData(getBudget(), chart)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
