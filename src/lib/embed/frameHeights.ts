/**
 * The iframe height in the embed code: the chart's real height in a 600 px column, for each chart
 * and state, so a host that strips our script shows it whole without a gap. Measured in Chromium
 * from the built site by `npm run measure:embeds` (scripts/measure-embed-heights.ts) and committed;
 * tests/browser/embed-heights.test.ts fails when the table drifts from the real heights. Text wraps
 * with the reader's fonts, so this is the best guess for a host without script; with /embed.js or
 * Pym the frame then follows the chart exactly.
 */
import table from './frameHeights.json';
import { chartState } from './state';
import type { Lang } from '../../i18n/lang';

export const MEASURED_WIDTH = 600;

export type FrameHeightTable = Record<string, Record<string, number>>;

export const frameHeights: FrameHeightTable = table;

/** A chart's row in the table: its slug, prefixed "en/" for an English embed (/en/embed/<slug>/). */
export const frameHeightKey = (slug: string, lang: Lang = 'zh') => (lang === 'zh' ? slug : `${lang}/${slug}`);

/** Height for a chart in a state (a query string); an unmeasured state gets the chart's default one. */
export function frameHeight(slug: string, search = '', fallback: number): number {
  const heights = frameHeights[slug];
  return heights?.[chartState(search)] ?? heights?.[''] ?? fallback;
}
