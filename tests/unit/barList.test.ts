import { describe, expect, it } from 'vitest';
import { layoutBarList, scaleBars, type BarListOptions } from '../../src/lib/bars/barList';
import { textWidth } from '../../src/lib/text/measure';

const options: BarListOptions = {
  width: 360,
  fontSize: 14,
  lineHeight: 18,
  firstBaseline: 13,
  barHeight: 16,
  rowGap: 14,
  lang: 'zh',
  value: 'end',
  labelWeight: 600,
  track: true,
};
const item = (label: string, value: number, annotation?: string) => ({
  label,
  value,
  valueText: `${value}万元`,
  color: 'var(--mark-key)',
  ...(annotation ? { annotation } : {}),
});

describe('bar list layout', () => {
  it('scales to the largest value and keeps a sliver for tiny ones', () => {
    const [big, small] = scaleBars([item('甲', 200), item('乙', 0.1)]);
    expect(big?.fraction).toBe(1);
    expect(small?.drawn).toBe(0.005);
  });

  it('refuses a list with nothing to draw or a value beyond the scale', () => {
    expect(() => scaleBars([item('甲', 0)])).toThrow(/nothing to draw/);
    expect(() => scaleBars([item('甲', 5)], 4)).toThrow(/“甲” \(5\) is outside the scale/);
  });

  it('stacks rows without overlap: label lines, then the bar, then the next row', () => {
    const layout = layoutBarList([item('一个很长很长很长很长很长很长很长很长的项目名称', 100), item('短', 40)], options);
    const [first, second] = layout.rows;
    if (!first || !second) throw new Error('two rows expected');
    expect(first.lines.length).toBe(2);
    expect(first.value?.y).toBe(first.lines[1]?.y);
    expect(first.bar.y).toBeGreaterThan(first.lines[1]?.y ?? Infinity);
    expect(second.lines[0]?.y).toBeGreaterThan(first.bar.y + first.bar.height);
    expect(second.bar.width).toBeCloseTo(first.bar.width * 0.4);
  });

  it('keeps every annotation inside the chart: wrapped to its width and moved off the edges', () => {
    const long = 'the largest project: 59.1% of Zezhou Branch’s project budget, the most of any branch this year';
    const cases = [
      // A long English note on the longest bar: ends at the right edge, wraps.
      { items: [item('甲', 100, long), item('乙', 50)], lang: 'en' as const },
      // On a tiny bar: starts at the left edge.
      { items: [item('甲', 1, long)], lang: 'en' as const, scaleMax: 10_000 },
      { items: [item('甲', 100, '最大，占城区分局项目预算的39.2%'), item('乙', 50)], lang: 'zh' as const },
    ];
    for (const { items, lang, scaleMax } of cases) {
      const layout = layoutBarList(items, { ...options, lang, ...(scaleMax ? { scaleMax } : {}) });
      const annotation = layout.rows[0]?.annotation;
      if (!annotation) throw new Error('annotation expected');
      for (const line of annotation.lines) {
        const w = textWidth(line.text, options.fontSize);
        const left = annotation.anchor === 'end' ? line.x - w : line.x;
        expect(left).toBeGreaterThanOrEqual(0);
        expect(left + w).toBeLessThanOrEqual(options.width + 0.01);
      }
      expect(layout.height).toBeGreaterThanOrEqual((annotation.lines.at(-1)?.y ?? Infinity) - options.fontSize);
    }
  });
});
