import type { EmbedChart } from './charts';
import type { EmbedCodeInput } from './code';
import { frameHeight } from './frameHeights';
import { chartState } from './state';

/** What the code generators need for one chart in one state (a query string). */
export function embedCodeInput(chart: EmbedChart, siteRoot: string, search = ''): EmbedCodeInput {
  const state = chartState(search);
  return { slug: chart.slug, title: chart.title, initialHeight: frameHeight(chart.slug, state, chart.initialHeight), siteRoot, search: state };
}
