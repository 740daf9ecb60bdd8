import { describe, expect, test } from 'vitest';
import { getBudget } from '../../src/lib/budget';
import { loadBudget } from '../../src/lib/data/load';
import { allNodes, leaves } from '../../src/lib/treemap/buildTrees';
import { contextualName } from '../../src/lib/treemap/describe';
import { groupSmallTiles, MAX_BANDS, MAX_GROUP_MEMBERS, MAX_TILES, rankBands } from '../../src/lib/treemap/groupSmallTiles';
import { CHART_SIZES, compareTiles, layoutLayer } from '../../src/lib/treemap/layout';
import { buildTreemapModel, realChildren } from '../../src/lib/treemap/model';
import type { TreemapNode } from '../../src/lib/treemap/types';
import { syntheticBudget } from '../../scripts/bench/synthetic';
import { d3LayoutLayer } from './treemapD3Reference';
import { fixtureBudget } from './treemapFixture';

const leaf = (id: string, amount: number): TreemapNode => ({
  id,
  name: `项目${id}`,
  shortName: `项目${id}`,
  kind: 'project',
  amount,
  category: '21103',
  funding: null,
  unitName: '市局',
  project: null,
  children: [],
});

/** A unit with `copies` copies of the same 40 projects: the shape of the synthetic k× budgets. */
function bigUnit(copies: number): TreemapNode {
  const children: TreemapNode[] = [];
  for (let copy = 0; copy < copies; copy++) {
    for (let index = 0; index < 40; index++) children.push(leaf(`p${index}-x${copy}`, 1_000_000 * (1 + ((index * 37) % 200))));
  }
  const amount = children.reduce((sum, child) => sum + child.amount, 0);
  return {
    id: 'city',
    name: '市局',
    shortName: '市局',
    kind: 'unit',
    amount,
    category: null,
    funding: null,
    unitName: '市局',
    project: null,
    children,
  };
}

function depth(node: TreemapNode): number {
  return 1 + Math.max(0, ...node.children.map(depth));
}

describe('rank bands', () => {
  const cover = (bands: [number, number][], length: number) => {
    expect(bands[0]![0]).toBe(0);
    expect(bands.at(-1)![1]).toBe(length);
    bands.forEach(([start, end], index) => {
      expect(end).toBeGreaterThan(start);
      if (index > 0) expect(start).toBe(bands[index - 1]![1]);
    });
  };

  test('split equal items into runs of about equal amounts, covering every rank once', () => {
    const bands = rankBands(Array(600).fill(5), 6);
    cover(bands, 600);
    expect(bands.map(([start, end]) => end - start)).toEqual([100, 100, 100, 100, 100, 100]);
  });

  test('an item holding a share on its own is a run of one; a small last run joins the one before', () => {
    expect(rankBands([50, 10, 10, 10, 10, 5, 3, 2], 2)).toEqual([
      [0, 1],
      [1, 8],
    ]);
    expect(rankBands([40, 30, 10, 10, 5, 5], 3)).toEqual([
      [0, 1],
      [1, 3],
      [3, 6],
    ]);
    expect(rankBands([30, 30, 30, 5, 5], 3)).toEqual([
      [0, 2],
      [2, 5],
    ]);
  });

  test('all-zero amounts still split, by count', () => {
    const bands = rankBands(Array(30).fill(0), 3);
    cover(bands, 30);
    expect(bands).toHaveLength(3);
  });
});

describe('grouping a level of many similar items', () => {
  const unit = bigUnit(250); // 10,000 projects
  const drawn = groupSmallTiles(unit);
  const nodes = allNodes(drawn);

  test('loses nothing: every project once, every group the sum of its children', () => {
    expect(
      leaves(drawn)
        .map((node) => node.id)
        .sort(),
    ).toEqual(unit.children.map((node) => node.id).sort());
    for (const node of nodes.filter((entry) => entry.children.length)) {
      expect(node.amount).toBe(node.children.reduce((sum, child) => sum + child.amount, 0));
    }
  });

  test('is a shallow tree with a bounded number of tiles per level', () => {
    // A chain of "其余" groups would be thousands of levels deep; log₆(10,000) ≈ 5.
    expect(depth(drawn)).toBeLessThanOrEqual(14);
    for (const node of nodes) expect(node.children.length).toBeLessThanOrEqual(MAX_TILES);
    for (const node of nodes.filter((entry) => entry.kind === 'others' && !entry.ranks?.band)) {
      // A "其余 N 项" group lists its members only when they are few; otherwise it shows bands.
      if (realChildren(node).length > MAX_GROUP_MEMBERS) {
        expect(node.children.length).toBeLessThanOrEqual(MAX_BANDS);
        expect(node.children.every((child) => child.ranks?.band || child.kind === 'project')).toBe(true);
      }
    }
  });

  test("bands are named by the ranks of their members among the unit's projects", () => {
    const ranked = [...unit.children].sort(compareTiles).map((node) => node.id);
    const bands = nodes.filter((node) => node.ranks?.band);
    expect(bands.length).toBeGreaterThan(MAX_BANDS);
    for (const band of bands) {
      const { first, last } = band.ranks!;
      expect(band.name).toBe(`第${first}–${last}名`);
      expect(
        realChildren(band)
          .map((node) => node.id)
          .sort(),
      ).toEqual(ranked.slice(first - 1, last).sort());
    }
  });

  test('every tile is big enough to tap at both sizes', () => {
    const tooSmall: string[] = [];
    for (const node of nodes.filter((entry) => entry.children.length > 2)) {
      for (const size of CHART_SIZES) {
        for (const tile of layoutLayer(node, size)) {
          if (Math.min(tile.width, tile.height) < size.minTileSide) tooSmall.push(`${size.name} ${node.id} › ${tile.node.id}`);
        }
      }
    }
    expect(tooSmall).toEqual([]);
  });

  test('a band reads as the places it covers', () => {
    const model = buildTreemapModel(fixtureBudget(), 'unit', () => drawn);
    const band = nodes.find((node) => node.ranks?.band)!;
    expect(contextualName(model, band)).toBe(
      `市局中排第${band.ranks!.first}–${band.ranks!.last}名的${band.ranks!.last - band.ranks!.first + 1}项`,
    );
  });
});

describe('layoutLayer draws what d3 treemap() draws', () => {
  test.each([
    ['the real budget', () => getBudget()],
    ['a budget with 10× the projects', () => loadBudget(syntheticBudget(10).read)],
  ])('%s, every level, both views and sizes', (_, budget) => {
    const data = budget();
    for (const view of ['function', 'unit'] as const) {
      const model = buildTreemapModel(data, view);
      for (const node of model.zoomable) {
        for (const size of CHART_SIZES)
          expect(layoutLayer(node, size), `${view} ${node.id} ${size.name}`).toEqual(d3LayoutLayer(node, size));
      }
    }
  });
});
