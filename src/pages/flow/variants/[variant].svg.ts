/**
 * The flow chart's other prerendered variants (项 level, every project, one group opened), each
 * drawn across (wide screens) and down (narrow ones), as static SVG files: the page inlines only the default one, and the client script fetches these
 * when the reader asks for them, so a phone does not download charts it never shows.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { variantSvg } from '../../../components/flow/variantSvg';
import { getBudget } from '../../../lib/budget';
import { flowChartModel } from '../../../lib/flow/model';
import { variantSlug } from '../../../lib/flow/variantKey';
import { withBase } from '../../../lib/site';

export const getStaticPaths = (() => {
  const model = flowChartModel(getBudget());
  return model.variants.flatMap((variant) =>
    (['horizontal', 'vertical'] as const).map((orientation) => ({ params: { variant: variantSlug(variant.key, orientation) }, props: { key: variant.key, orientation } })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const model = flowChartModel(getBudget());
  const variant = model.variants.find((entry) => entry.key === props.key);
  if (!variant) return new Response('unknown variant', { status: 404 });
  return new Response(variantSvg(model, variant, withBase, props.orientation), { headers: { 'content-type': 'image/svg+xml; charset=utf-8' } });
};
