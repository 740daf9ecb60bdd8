import type { APIRoute } from 'astro';
import { chartImagePng, chartImages, type ChartImage } from '../../../../components/share/chartImages';
import { pngResponse } from '../../../../lib/images/png';

export function getStaticPaths() {
  return chartImages()
    .filter((image) => image.level)
    .map((image) => ({ params: { chart: image.chart.slug, node: image.level!.id }, props: { image } }));
}

/** One 款 level of the treemap as a PNG (2×). */
export const GET: APIRoute = async ({ props }) => pngResponse(await chartImagePng((props as { image: ChartImage }).image));
