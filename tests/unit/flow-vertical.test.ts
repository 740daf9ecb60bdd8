/**
 * The flow chart drawn top to bottom (phones, narrow embeds), in both languages and every
 * prerendered variant: every label that is drawn is whole (no "…", its amount shown), level for the
 * sources, inside the drawing, clear of every other label and of the bars; the annotations keep
 * clear of the labels; the labels left out are of nodes still drawn (reachable by keyboard and touch).
 */
import { describe, expect, test } from 'vitest';
import { getBudget } from '../../src/lib/budget';
import { flowChartModel } from '../../src/lib/flow/model';
import type { FlowLayout, PlacedNode } from '../../src/lib/flow/layout';
import { VERTICAL } from '../../src/lib/flow/layoutVertical';
import { chooseRowLabels, wholeLabel } from '../../src/lib/flow/verticalLabels';
import { flowAnnotations } from '../../src/lib/annotations/flow';
import { overlaps, type Box } from '../../src/lib/annotations/place';
import { formatWanNumber } from '../../src/lib/format';
import { ELLIPSIS } from '../../src/lib/text/cut';
import { textWidth } from '../../src/lib/text/measure';

const budget = getBudget();
const layouts = (['zh', 'en'] as const).flatMap((lang) =>
  flowChartModel(budget, lang).variants.map((variant) => [`${lang} ${variant.key}`, variant.vertical] as const),
);

/** Where a label's text is drawn, from its lines as the one text measure sees them. */
function labelBox({ label }: PlacedNode): Box {
  const length = Math.max(...label.lines.map((line) => textWidth(line, VERTICAL.fontSize)));
  if (label.vertical) {
    const across = label.lines.length * VERTICAL.lineWidth;
    return { x: label.x - across / 2, y: label.anchor === 'start' ? label.y : label.y - length, width: across, height: length };
  }
  expect(label.anchor).toBe('middle');
  const ascent = VERTICAL.fontSize * 0.8;
  return {
    x: label.x - length / 2,
    y: label.y - ascent,
    width: length,
    height: (label.lines.length - 1) * VERTICAL.lineHeight + VERTICAL.fontSize,
  };
}

/** Positions are rounded to 0.1 px: boxes that touch may overlap by that much. */
const inset = (box: Box): Box => ({ x: box.x + 0.1, y: box.y + 0.1, width: box.width - 0.2, height: box.height - 0.2 });

const drawn = (layout: FlowLayout) => layout.nodes.filter((placed) => placed.label.lines.length > 0);

describe('the vertical flow chart', () => {
  test.each(layouts)('%s: every drawn label is whole, with its amount', (_, layout) => {
    expect(layout.orientation).toBe('vertical');
    for (const placed of drawn(layout)) {
      const text = placed.label.lines.join(' ');
      expect(text, placed.node.name).not.toContain(ELLIPSIS);
      expect(text.endsWith(formatWanNumber(placed.node.value)), text).toBe(true);
      expect(placed.label.lines.length).toBeLessThanOrEqual(placed.node.column === 0 ? 4 : VERTICAL.maxLines);
    }
  });

  test.each(layouts)('%s: sources are labelled level; every 款 is labelled, most 项', (key, layout) => {
    const sources = layout.nodes.filter((placed) => placed.node.column === 0);
    expect(sources.length).toBe(3);
    for (const placed of sources) expect(placed.label.vertical ?? false).toBe(false);
    const functions = layout.nodes.filter((entry) => entry.node.column === 1);
    const labelled = functions.filter((placed) => placed.label.lines.length > 0);
    if (key.includes(' kuan/')) expect(labelled.map((placed) => placed.node.name)).toEqual(functions.map((placed) => placed.node.name));
    else expect(labelled.length).toBeGreaterThanOrEqual(functions.length / 2);
  });

  test.each(layouts)('%s: labels lie inside the drawing, clear of each other and of every bar', (_, layout) => {
    const labels = drawn(layout).map((placed) => ({ placed, box: inset(labelBox(placed)) }));
    const inside = (box: Box) =>
      box.x >= -0.5 && box.y >= 0 && box.x + box.width <= layout.width + 0.5 && box.y + box.height <= layout.height + 0.5;
    for (const { placed, box } of labels) expect(inside(box), placed.node.name).toBe(true);
    for (const [index, { placed, box }] of labels.entries()) {
      for (const other of labels.slice(index + 1))
        expect(overlaps(box, other.box), `${placed.node.name} / ${other.placed.node.name}`).toBe(false);
      for (const bar of layout.nodes) expect(overlaps(box, bar), `${placed.node.name} on the bar of ${bar.node.name}`).toBe(false);
    }
  });

  test.each(layouts)('%s: annotations keep clear of the labels and inside the drawing', (key, layout) => {
    const boxes = drawn(layout).map(labelBox);
    for (const annotation of flowAnnotations(layout, key.startsWith('en') ? 'en' : 'zh')) {
      expect(annotation.box.x + annotation.box.width).toBeLessThanOrEqual(layout.width);
      expect(annotation.box.y + annotation.box.height).toBeLessThanOrEqual(layout.height);
      for (const box of boxes) expect(overlaps(annotation.box, box), annotation.id).toBe(false);
    }
  });

  test('the grouped chart labels most of its spending, and every group one can open', () => {
    for (const [key, layout] of layouts.filter(([name]) => name.endsWith('kuan/grouped'))) {
      const spending = layout.nodes.filter((placed) => placed.node.column === 2);
      expect(drawn(layout).filter((placed) => placed.node.column === 2).length, key).toBeGreaterThanOrEqual(spending.length / 3);
      for (const placed of spending.filter((entry) => entry.node.kind === 'group'))
        expect(placed.label.lines.length, key).toBeGreaterThan(0);
    }
  });
});

describe('whole labels', () => {
  const options = { length: 100, maxLines: 3, fontSize: 13 } as const;

  test('English wraps at spaces and keeps the amount whole', () => {
    const label = wholeLabel('Carry-over from the previous year', '4,082.42', { ...options, length: 130, lang: 'en' })!;
    expect(label.lines.join(' ')).toBe('Carry-over from the previous year 4,082.42');
    for (const line of label.lines) expect(textWidth(line, 13)).toBeLessThanOrEqual(130);
    expect(label.lines.at(-1)!.endsWith('4,082.42')).toBe(true);
  });

  test('Chinese breaks between words, and drops the city prefix or a closing aside rather than cutting', () => {
    expect(wholeLabel('基本支出（人员和公用经费）', '833.75', { ...options, maxLines: 1, length: 200, lang: 'zh' })!.lines).toEqual([
      '基本支出 833.75',
    ]);
    expect(wholeLabel('晋城市土壤及地下水调查评估项目', '852.16', { ...options, length: 220, maxLines: 1, lang: 'zh' })!.lines).toEqual([
      '土壤及地下水调查评估项目 852.16',
    ]);
    expect(wholeLabel('2022-2023年中央大气污染防治专项资金', '1,109.00', { ...options, length: 170, lang: 'zh' })!.lines[0]).toContain(
      '2022-2023',
    );
  });

  test('a name that needs more lines than allowed gets no label', () => {
    expect(
      wholeLabel('Technical support for environmental supervision and permits', '226.69', { ...options, maxLines: 2, lang: 'en' }),
    ).toBeNull();
  });

  test('a row labels the most important first and leaves out what does not fit', () => {
    const candidates = [
      { wanted: 10, thickness: 15, priority: 1 },
      { wanted: 12, thickness: 15, priority: 3 },
      { wanted: 14, thickness: 15, priority: 2 },
      { wanted: 90, thickness: null, priority: 9 },
    ];
    const spots = chooseRowLabels(candidates, { sides: ['below'], from: 0, to: 100, maxShift: 15 });
    expect(spots.map((spot) => spot !== null)).toEqual([false, true, true, false]);
  });
});
