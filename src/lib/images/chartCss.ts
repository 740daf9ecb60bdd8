/**
 * The styles a chart's prerendered SVG needs when it is drawn outside the page, as an image: the
 * same drawing rules the page uses (src/styles/charts/), read from their one source. The image
 * renderer knows no custom properties; chartFrame.ts resolves the tokens.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EmbedChartKind } from '../embed/charts';
import { sourceSwatch } from '../palette';

/** The rules without comments: a comment may hold "<", which would end the SVG's <style> early. */
const drawingRules = (chart: 'treemap' | 'flow' | 'annotations') =>
  readFileSync(join(process.cwd(), `src/styles/charts/${chart}.css`), 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .trim();

export function chartCss(kind: EmbedChartKind): string {
  if (kind === 'treemap-function' || kind === 'treemap-unit') return `${drawingRules('treemap')}\n${drawingRules('annotations')}`;
  if (kind === 'flow') return `${drawingRules('flow')}\n${drawingRules('annotations')}`;
  // Observable Plot charts and the bar lists carry their colours as attributes already.
  return '';
}

/** Legend swatch colours that the flow chart sets by class (FlowChart.astro's .swatch--*). */
export const FLOW_SWATCHES: Record<string, { fill: string; stroke?: string; dashed?: boolean }> = {
  'swatch--general': { fill: sourceSwatch('general-budget').fill },
  'swatch--unit': { fill: sourceSwatch('unit-funds').fill },
  'swatch--carryover': { fill: sourceSwatch('carryover').fill },
  'swatch--stated': { fill: 'var(--chart-stated)' },
  'swatch--derived': { fill: 'var(--chart-derived)', stroke: 'var(--chart-node)', dashed: true },
  'swatch--group': { fill: 'var(--chart-paper)', stroke: 'var(--chart-node)', dashed: true },
};
