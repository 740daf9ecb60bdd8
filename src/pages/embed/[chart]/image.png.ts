import type { APIRoute } from 'astro';
import { chartImagePng, chartImages, type ChartImage } from '../../../components/share/chartImages';
import { pngResponse } from '../../../lib/images/png';

export function getStaticPaths() {
  return chartImages()
    .filter((image) => !image.level)
    .map((image) => ({ params: { chart: image.chart.slug }, props: { image } }));
}

/** The chart's default view as a PNG (2×), for WeChat articles and e-mail, oEmbed and og:image. */
export const GET: APIRoute = async ({ props }) => pngResponse(await chartImagePng((props as { image: ChartImage }).image));
