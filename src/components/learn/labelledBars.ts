import * as Plot from '@observablehq/plot';
import { renderPlot } from '../charts/renderPlot';
import type { BarRow } from '../../lib/learn/bars';
import { EMPHASIS_SWATCHES } from '../../lib/palette';
import { wrapText, wrapWords } from '../../lib/text/measure';

export type { BarRow };

/**
 * Sized for a phone first: drawn 360 units wide, the chart shows at about its natural size on a
 * 375 px screen, and the container caps how large it grows on a desktop.
 */
export const CHART_WIDTH = 360;
const FONT_SIZE = 14;
const LINE = 18;
const BAR = 16;
const ROW_GAP = 14;
const MARGIN = 2;

/**
 * Horizontal bars, each with its name and value written above it (no y axis): long Chinese names
 * wrap instead of needing a wide margin, and every bar carries its own words, so the chart reads
 * in grey and without a legend. y is in pixels (an identity scale) so each row can be as tall as
 * its label.
 */
export function labelledBarsSvg(id: string, label: string, rows: BarRow[], lang: 'zh' | 'en' = 'zh'): string {
  const charsPerLine = Math.floor((CHART_WIDTH - 2 * MARGIN) / FONT_SIZE);
  let top = 4;
  const laidOut = rows.map((row) => {
    const nameLines = (lang === 'en' ? wrapWords : wrapText)(row.name, charsPerLine);
    const text = [...nameLines, row.valueLabel].join('\n');
    const textTop = top;
    const barTop = textTop + (nameLines.length + 1) * LINE + 4;
    top = barTop + BAR + ROW_GAP;
    return { ...row, text, textTop, barTop, barBottom: barTop + BAR };
  });
  const max = Math.max(...rows.map((row) => row.value), 0);
  const textMark = (bold: boolean) =>
    Plot.text(
      laidOut.filter((row) => Boolean(row.highlight) === bold),
      {
        x: 0,
        y: 'textTop',
        text: 'text',
        textAnchor: 'start',
        lineAnchor: 'top',
        lineHeight: LINE / FONT_SIZE,
        fill: 'var(--chart-ink)',
        fontWeight: bold ? 700 : 400,
      },
    );
  return renderPlot({
    className: `learn-${id}`,
    label,
    plot: {
      width: CHART_WIDTH,
      height: top - ROW_GAP + 6,
      margin: 0,
      marginLeft: MARGIN,
      marginRight: MARGIN,
      style: { fontSize: `${FONT_SIZE}px`, fontFamily: 'inherit', background: 'transparent', color: 'var(--chart-ink)' },
      x: { axis: null, domain: [0, max || 1] },
      y: { type: 'identity', axis: null },
      marks: [
        Plot.rect(laidOut, {
          x1: 0,
          x2: 'value',
          y1: 'barTop',
          y2: 'barBottom',
          fill: (row: (typeof laidOut)[number]) => (row.highlight ? EMPHASIS_SWATCHES.key.fill : EMPHASIS_SWATCHES.rest.fill),
          stroke: 'var(--chart-ink)',
          strokeWidth: 1,
        }),
        // Plot's font weight is one value per mark: one mark for plain labels, one for bold.
        textMark(false),
        textMark(true),
      ],
    },
  });
}
