import type { EmbedChart } from './charts';
import type { EmbedCodeInput } from './code';
import { frameHeight, frameHeightKey } from './frameHeights';
import { chartState } from './state';

/** What the code generators need for one chart in one state (a query string). */
export function embedCodeInput(chart: EmbedChart, siteRoot: string, search = ''): EmbedCodeInput {
  const state = chartState(search);
  const input: EmbedCodeInput = {
    slug: chart.slug,
    title: chart.title,
    initialHeight: frameHeight(frameHeightKey(chart.slug, chart.lang), state, chart.initialHeight),
    siteRoot,
    search: state,
  };
  // Chinese input stays as it was (its JSON goes into the dialog's config unchanged).
  return chart.lang === 'zh' ? input : { ...input, lang: chart.lang };
}
