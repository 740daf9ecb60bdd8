/**
 * The styles a chart's prerendered SVG needs when it is drawn outside the page, as an image. On
 * the page these rules come from the chart's component CSS (treemap.css, FlowChart.astro); the
 * image renderer has no page, so the rules that give the drawing its look (not focus, hover or
 * highlighting) are repeated here, with the same colour tokens. Keep them in step.
 */
import type { EmbedChartKind } from '../embed/charts';
import { FUNCTION_TOKENS, UNSPLIT_FUNCTION, functionSwatch, sourceSwatch } from '../palette';

const TREEMAP = [
  '.tm-box { stroke: none; }',
  '.tm-kid > .tm-box { stroke: #ffffff; stroke-width: 1; }',
  '.tm-label tspan { font-weight: 600; }',
  '.tm-label tspan.tm-figure { font-weight: 400; }',
  '.tm-focus-outer, .tm-focus-inner { fill: none; stroke: none; }',
  ...[...Object.keys(FUNCTION_TOKENS), 'unsplit'].map((kuan) => {
    const { fill, text } = kuan === 'unsplit' ? UNSPLIT_FUNCTION : functionSwatch(kuan);
    return `.tm-c${kuan} > .tm-box { fill: ${fill}; } .tm-c${kuan} > .tm-label { fill: ${text}; }`;
  }),
  /* --tm-neutral of treemap.css */ '.tm-cneutral > .tm-box { fill: #e7e2d8; } .tm-cneutral > .tm-label { fill: var(--color-text); }',
];

const FLOW = [
  '.flow-svg { font-size: 13px; }',
  '.flow-titles text { font-weight: 700; fill: var(--color-text); }',
  '.flow-titles .flow-unit { font-weight: 400; font-size: 12px; fill: var(--color-text-muted); }',
  '.flow-node-bar { fill: #4a4a4a; }',
  '.flow-node--group .flow-node-bar { fill: #ffffff; stroke: #4a4a4a; stroke-width: 1.5; stroke-dasharray: 3 2; }',
  '.flow-node text { fill: var(--color-text); paint-order: stroke; stroke: #ffffff; stroke-width: 4px; stroke-linejoin: round; }',
  '.flow-node--project text { fill: var(--color-link); }',
  '.flow-node--group text { font-weight: 700; }',
  '.flow-leader { fill: none; stroke: #767676; stroke-width: 1; }',
  '.flow-bracket { stroke: var(--color-text); stroke-width: 2; }',
  '.flow-link { fill-opacity: 0.6; }',
  '.flow-link.is-derived { fill-opacity: 0.25; stroke: #4a4a4a; stroke-width: 1px; stroke-dasharray: 4 3; }',
];

/** Observable Plot charts and the bar lists carry their colours as attributes already. */
const PLAIN: string[] = [];

export function chartCss(kind: EmbedChartKind): string {
  if (kind === 'treemap-function' || kind === 'treemap-unit') return TREEMAP.join('\n');
  if (kind === 'flow') return FLOW.join('\n');
  return PLAIN.join('\n');
}

/** Legend swatch colours that the flow chart sets by class (FlowChart.astro's .swatch--*). */
export const FLOW_SWATCHES: Record<string, { fill: string; stroke?: string; dashed?: boolean }> = {
  'swatch--general': { fill: sourceSwatch('general-budget').fill },
  'swatch--unit': { fill: sourceSwatch('unit-funds').fill },
  'swatch--carryover': { fill: sourceSwatch('carryover').fill },
  'swatch--stated': { fill: '#999999' },
  'swatch--derived': { fill: '#e6e6e6', stroke: '#4a4a4a', dashed: true },
  'swatch--group': { fill: '#ffffff', stroke: '#4a4a4a', dashed: true },
};
