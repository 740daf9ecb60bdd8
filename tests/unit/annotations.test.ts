import { describe, expect, test } from 'vitest';
import { textWidth } from '../../src/lib/text/measure';
import { barAnnotationPosition, overlaps, placeAnnotations, type Box, type PlacedAnnotation } from '../../src/lib/annotations/place';
import { labelBoxes, largestProjectSentence, treemapAnnotations } from '../../src/lib/annotations/treemap';
import { flowAnnotations, flowAnnotationSentences, flowLabelBoxes, ribbonCentre } from '../../src/lib/annotations/flow';
import { annotationsSvg } from '../../src/lib/annotations/svg';
import { getBudget } from '../../src/lib/budget';
import { flowChartModel } from '../../src/lib/flow/model';
import { buildTreemapModel } from '../../src/lib/treemap/model';
import { CHART_SIZES, layoutLayer } from '../../src/lib/treemap/layout';
import { tileLabel } from '../../src/lib/treemap/tileLabels';

function expectClear(placed: PlacedAnnotation[], obstacles: Box[], width: number, height: number) {
  for (const [index, entry] of placed.entries()) {
    const { box } = entry;
    expect(box.x >= 0 && box.y >= 0 && box.x + box.width <= width && box.y + box.height <= height, `${entry.id} inside the chart`).toBe(
      true,
    );
    for (const other of [...obstacles, ...placed.slice(0, index).map((previous) => previous.box)])
      expect(overlaps(box, other), `${entry.id} clear of ${JSON.stringify(other)}`).toBe(false);
    if (entry.leader) {
      // The leader runs from the anchor to the edge of the label's box.
      const { x2, y2 } = entry.leader;
      expect(x2 >= box.x - 0.1 && x2 <= box.x + box.width + 0.1 && y2 >= box.y - 0.1 && y2 <= box.y + box.height + 0.1).toBe(true);
    }
  }
}

describe('placeAnnotations', () => {
  test('keeps labels inside the chart, clear of obstacles and of each other, with a leader to the anchor', () => {
    const obstacles = [{ x: 100, y: 0, width: 100, height: 300 }];
    const inputs = [0, 1, 2, 3].map((index) => ({
      id: `a${index}`,
      anchor: { x: 90, y: 50 + index * 10 },
      lines: ['最大的单个项目', '2,973.42万元'],
      fontSize: 12,
    }));
    const placed = placeAnnotations(inputs, { width: 320, height: 300, obstacles });
    expect(placed).toHaveLength(4);
    expectClear(placed, obstacles, 320, 300);
    expect(placed.every((entry) => entry.leader !== null)).toBe(true);
  });

  test('moves with its data: another anchor, another place', () => {
    const at = (x: number) =>
      placeAnnotations([{ id: 'a', anchor: { x, y: 100 }, lines: ['标注'], fontSize: 12 }], { width: 400, height: 200 })[0]!.box;
    expect(at(50).x).not.toBe(at(300).x);
  });

  test('names the label that finds no room, or leaves it out when asked', () => {
    const input = [{ id: 'too-wide', anchor: { x: 10, y: 10 }, lines: ['一个放不下的很长很长的标注'], fontSize: 14 }];
    expect(() => placeAnnotations(input, { width: 100, height: 40 })).toThrow(/too-wide/);
    expect(placeAnnotations(input, { width: 100, height: 40, whenNoRoom: 'skip' })).toEqual([]);
  });

  test('measures full-width characters as one em and digits as 0.62 em', () => {
    expect(textWidth('万元', 10)).toBe(20);
    expect(textWidth('12', 10)).toBeCloseTo(12.4, 10);
    expect(textWidth('…“”', 10)).toBe(30);
  });

  test('an HTML bar label never leaves the bar list', () => {
    expect(barAnnotationPosition(1)).toEqual({ at: 100, align: 'end' });
    expect(barAnnotationPosition(0.2)).toEqual({ at: 20, align: 'start' });
    expect(barAnnotationPosition(0).at).toBeGreaterThan(0);
    expect(() => barAnnotationPosition(1.5)).toThrow();
  });

  test('renders hidden from screen readers and escapes text', () => {
    const svg = annotationsSvg(
      placeAnnotations([{ id: 'x', anchor: { x: 10, y: 10 }, lines: ['<b>&'], fontSize: 12 }], { width: 200, height: 100 }),
    );
    expect(svg).toContain('aria-hidden="true"');
    expect(svg).toContain('&lt;b&gt;&amp;');
  });
});

describe('on the real charts', () => {
  const budget = getBudget();
  for (const view of ['function', 'unit'] as const) {
    test(`treemap (${view}): the largest project is marked at both drawing sizes, clear of every tile label`, () => {
      const model = buildTreemapModel(budget, view);
      for (const size of CHART_SIZES) {
        const tiles = layoutLayer(model.display, size);
        const labels = tiles.flatMap((tile) => [
          tileLabel(tile, size, model.total),
          ...tile.children.map((kid) => tileLabel(kid, size, model.total)),
        ]);
        const placed = treemapAnnotations(model.display, tiles, size, labels);
        expect(placed.map((entry) => entry.id)).toEqual(['largest-project']);
        expect(placed[0]!.lines.map((line) => line.text)).toEqual(['最大的单个项目', '2,973.42万元']);
        expectClear(placed, labelBoxes(labels), size.width, size.height);
      }
      expect(largestProjectSentence(model.display)).toBe('图上标出了最大的单个项目：晋城市农村黑臭水体治理试点项目，2,973.42万元。');
    });
  }

  test('flow: every prerendered variant keeps its labels clear; the default one has both', () => {
    const model = flowChartModel(budget);
    for (const variant of model.variants)
      expectClear(flowAnnotations(variant.layout), flowLabelBoxes(variant.layout), variant.layout.width, variant.layout.height);
    expect(flowAnnotations(model.variants[0]!.layout).map((entry) => entry.id)).toEqual(['largest-project', 'derived-links']);
    expect(flowAnnotationSentences(model.variants[0]!.graph)).toHaveLength(2);
  });

  test('ribbonCentre is the middle of a ribbon', () => {
    expect(ribbonCentre('M0,0C50,0 50,100 100,100L100,110C50,110 50,10 0,10Z')).toEqual({ x: 50, y: 55 });
  });
});
