/**
 * The flow chart's data routes, shared by the Chinese (/flow/…) and English (/en/flow/…) pages:
 * the other levels of detail's pages, the prerendered variants and the details-panel text.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Lang } from '../../i18n/lang';
import { getBudget } from '../../lib/budget';
import { flowChartModel } from '../../lib/flow/model';
import { variantSlug } from '../../lib/flow/variantKey';
import { withBase } from '../../lib/site';
import { panelData } from './flowParts';
import { variantSvg } from './variantSvg';

/** Every level of detail but the default one (the chart page carries that). */
export const flowDetailPaths = (() =>
  flowChartModel(getBudget())
    .details.slice(1)
    .map((detail) => ({ params: { detail: detail.key }, props: { detailKey: detail.key } }))) satisfies GetStaticPaths;

export const flowVariantPaths = (() =>
  flowChartModel(getBudget()).variants.flatMap((variant) =>
    (['horizontal', 'vertical'] as const).map((orientation) => ({
      params: { variant: variantSlug(variant.key, orientation) },
      props: { key: variant.key, orientation },
    })),
  )) satisfies GetStaticPaths;

/** One variant's SVG in the given language. */
export const flowVariantRoute =
  (lang: Lang): APIRoute =>
  ({ props }) => {
    const model = flowChartModel(getBudget(), lang);
    const variant = model.variants.find((entry) => entry.key === props.key);
    if (!variant) return new Response('unknown variant', { status: 404 });
    return new Response(variantSvg(model, variant, withBase, props.orientation), {
      headers: { 'content-type': 'image/svg+xml; charset=utf-8' },
    });
  };

/** The details panel's text for every node and link of every variant, in the given language. */
export const flowPanelRoute =
  (lang: Lang): APIRoute =>
  () =>
    new Response(JSON.stringify(panelData(flowChartModel(getBudget(), lang))), {
      headers: { 'content-type': 'application/json; charset=utf-8' },
    });
