import type { BarRow } from '../../lib/learn/bars';
import { layoutBarList } from '../../lib/bars/barList';
import { EMPHASIS_SWATCHES } from '../../lib/palette';
import type { Lang } from '../../i18n/lang';
import { barListSvg } from '../charts/barListSvg';

export type { BarRow };

/**
 * Sized for a phone first: drawn 360 units wide, the chart shows at about its natural size on a
 * 375 px screen, and the container caps how large it grows on a desktop.
 */
export const CHART_WIDTH = 360;

/**
 * The explainer's bar list: each bar with its name and value written above it (no axis), so long
 * Chinese names wrap instead of needing a wide margin, and every bar carries its own words; it
 * reads in grey and without a legend.
 */
export function labelledBarsSvg(id: string, label: string, rows: BarRow[], lang: Lang = 'zh'): string {
  const bars = rows.map((row) => ({
    label: row.name,
    value: row.value,
    valueText: row.valueLabel,
    color: row.highlight ? EMPHASIS_SWATCHES.key.fill : EMPHASIS_SWATCHES.rest.fill,
    emphasis: Boolean(row.highlight),
  }));
  const layout = layoutBarList(bars, {
    width: CHART_WIDTH,
    inset: 2,
    top: 4,
    bottom: 6,
    fontSize: 14,
    lineHeight: 18,
    firstBaseline: 12.78,
    barHeight: 16,
    rowGap: 14,
    lang,
    value: 'below',
    labelWeight: 400,
    track: false,
  });
  return barListSvg(layout, { label, className: `learn-${id}` });
}
