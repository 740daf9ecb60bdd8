import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';

export interface RenderPlotOptions {
  /** Stable, unique class name: Plot would otherwise pick a random one and break reproducible builds. */
  className: string;
  /** Accessible name of the whole chart; the data table next to it is the full text alternative. */
  label: string;
  plot: Omit<Plot.PlotOptions, 'document' | 'className'>;
}

/**
 * Renders an Observable Plot chart to SVG markup at build time, using linkedom as the document.
 * Plot labels its <g> groups with aria-label, which axe flags on elements without a role, so the
 * chart becomes one image (role="img") and the groups lose their labels.
 */
export function renderPlot({ className, label, plot }: RenderPlotOptions): string {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const chart = Plot.plot({
    ...plot,
    className,
    document: document as unknown as Document,
  }) as unknown as Element;
  const svg = chart.tagName.toLowerCase() === 'svg' ? chart : chart.querySelector('svg');
  if (!svg) throw new Error(`Plot "${className}" rendered no <svg>`);
  for (const group of svg.querySelectorAll('[aria-label]')) group.removeAttribute('aria-label');
  for (const description of svg.querySelectorAll('[aria-description]')) description.removeAttribute('aria-description');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', label);
  return chart.outerHTML;
}
