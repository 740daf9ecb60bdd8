import * as Plot from '@observablehq/plot';
import { renderPlot } from '../charts/renderPlot';
import type { BarRow } from '../../lib/learn/bars';

export type { BarRow };

const ROW_HEIGHT = 52;
const WIDTH = 560;

/**
 * Horizontal bars with the label above each bar instead of on a y axis, so long Chinese names
 * and values never need a wide left margin and the chart stays legible at 375 px.
 */
export function labelledBarsSvg(id: string, label: string, rows: BarRow[]): string {
  const data = rows.map((row, index) => ({ ...row, key: String(index) }));
  const max = Math.max(...data.map((row) => row.value), 0);
  return renderPlot({
    className: `learn-${id}`,
    label,
    plot: {
      width: WIDTH,
      height: data.length * ROW_HEIGHT + 8,
      marginTop: 4,
      marginBottom: 4,
      marginLeft: 2,
      marginRight: 12,
      style: { fontSize: '16px', fontFamily: 'inherit', background: 'transparent', color: '#1b1b1b' },
      x: { axis: null, domain: [0, max || 1] },
      y: { axis: null, domain: data.map((row) => row.key), padding: 0 },
      marks: [
        Plot.barX(data, {
          x: 'value',
          y: 'key',
          fill: (row: (typeof data)[number]) => (row.highlight ? 'var(--cat-5)' : 'var(--cat-2)'),
          stroke: '#1b1b1b',
          strokeWidth: 1,
          insetTop: 26,
          insetBottom: 4,
        }),
        Plot.text(data, {
          x: 0,
          y: 'key',
          text: 'label',
          textAnchor: 'start',
          dy: -12,
          fill: '#1b1b1b',
          fontWeight: (row: (typeof data)[number]) => (row.highlight ? 700 : 400),
        }),
        Plot.ruleX([0], { stroke: '#1b1b1b' }),
      ],
    },
  });
}
