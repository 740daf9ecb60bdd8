import { describe, expect, test } from 'vitest';
import { getBudget } from '../../src/lib/budget';
import { allNodes, buildTree, leaves, projectsInScope } from '../../src/lib/treemap/buildTrees';
import { CHART_SIZES, compareTiles, layoutLayer, shareCanBeTappable, tilesAreTappable } from '../../src/lib/treemap/layout';
import { OUTER_GAP } from '../../src/lib/treemap/arrange';
import { buildTreemapModel, realChildren } from '../../src/lib/treemap/model';
import { groupedCount, TAPPABLE, wholeRun } from '../../src/lib/treemap/groupSmallTiles';
import { textWidth } from '../../src/lib/text/measure';
import { tileLabel } from '../../src/lib/treemap/tileLabels';
import type { TreemapNode } from '../../src/lib/treemap/types';

// The real budget: both treemaps must account for every fen of class 211, exactly once.
const budget = getBudget();
const models = { function: buildTreemapModel(budget, 'function'), unit: buildTreemapModel(budget, 'unit') };
const energyEnvironment = budget.reportTotals.find((row) => row.id === 'energy-environment-total')!.amount;

function sumProblems(node: TreemapNode): string[] {
  if (node.children.length === 0) return [];
  const sum = node.children.reduce((total, child) => total + child.amount, 0);
  return [...(sum === node.amount ? [] : [`${node.id}: ${sum} ≠ ${node.amount}`]), ...node.children.flatMap(sumProblems)];
}

describe.each(['function', 'unit'] as const)('the %s treemap on the real data', (view) => {
  const model = models[view];

  test('the leaves add up to 节能环保支出 (表一) exactly', () => {
    expect(model.total).toBe(energyEnvironment);
    expect(leaves(model.tree).reduce((sum, leaf) => sum + leaf.amount, 0)).toBe(energyEnvironment);
    expect(leaves(model.display).reduce((sum, leaf) => sum + leaf.amount, 0)).toBe(energyEnvironment);
  });

  test('every group equals the sum of its children, as given and as drawn', () => {
    expect(sumProblems(model.tree)).toEqual([]);
    expect(sumProblems(model.display)).toEqual([]);
  });

  test('every project appears exactly once, as given and as drawn', () => {
    const expected = projectsInScope(budget)
      .map((project) => project.id)
      .sort();
    expect(expected.length).toBe(budget.projects.length);
    for (const tree of [model.tree, model.display]) {
      const seen = allNodes(tree)
        .filter((node) => node.project)
        .map((node) => node.project!.id)
        .sort();
      expect(seen).toEqual(expected);
    }
  });

  test('grouping small tiles only regroups: each level still shows the same items', () => {
    for (const node of allNodes(model.tree).filter((entry) => entry.children.length)) {
      const drawn = model.placed.get(node.id)!.node;
      expect(
        realChildren(drawn)
          .map((child) => child.id)
          .sort(),
      ).toEqual(node.children.map((child) => child.id).sort());
    }
  });

  test('every tile the reader can focus is big enough to tap, at both sizes, unless no layout could make it so', () => {
    const tooSmall: string[] = [];
    for (const node of model.zoomable) {
      for (const size of CHART_SIZES) {
        for (const tile of layoutLayer(node, size)) {
          if (Math.min(tile.width, tile.height) >= size.minTileSide) continue;
          // Two tiles can only be two slices: the smaller is at most its share of the longer side thick (less the gap).
          const longest = (tile.node.amount / node.amount) * (Math.max(size.width, size.height) + OUTER_GAP) - OUTER_GAP;
          const impossible = node.children.length === 2 && longest < size.minTileSide;
          if (!impossible) tooSmall.push(`${size.name} ${node.id} › ${tile.node.id}`);
        }
      }
    }
    expect(tooSmall).toEqual([]);
  });

  test('labels never overflow their tiles', () => {
    const overflowing: string[] = [];
    for (const node of model.zoomable) {
      for (const size of CHART_SIZES) {
        for (const tile of layoutLayer(node, size).flatMap((entry) => [entry, ...entry.children])) {
          const label = tileLabel(tile, size, model.total);
          label?.lines.forEach((line, index) => {
            const right = label.x + textWidth(line, label.fontSize);
            const bottom = label.y + (index + 1) * label.lineHeight;
            if (right > tile.x + tile.width || bottom > tile.y + tile.height) overflowing.push(`${size.name} ${tile.node.id}: ${line}`);
          });
        }
      }
    }
    expect(overflowing).toEqual([]);
  });
});

describe('basic expenditure', () => {
  test('each 项 has one 基本支出 leaf equal to its 表三 基本支出', () => {
    const basicRows = budget.functions.filter((row) => row.level === '项' && row.code.startsWith('211') && row.basic);
    const basicLeaves = leaves(models.function.tree).filter((node) => node.kind === 'basic');
    expect(basicLeaves.map((node) => [node.id, node.amount])).toEqual(basicRows.map((row) => [`basic-${row.code}`, row.basic]));
  });

  test('the unit view shows it as one unsplit tile equal to 表三 基本支出 of class 211', () => {
    const root211 = budget.functions.find((row) => row.code === '211')!;
    const basicTiles = allNodes(models.unit.tree).filter((node) => node.kind === 'basic');
    expect(basicTiles).toHaveLength(1);
    expect(basicTiles[0]!.amount).toBe(root211.basic);
    expect(basicTiles[0]!.unitName).toBeNull();
    expect(models.unit.tree.children).toContain(basicTiles[0]);
  });

  test('the 基本支出 of all 项 add up to that of class 211', () => {
    const basicLeaves = leaves(models.function.tree).filter((node) => node.kind === 'basic');
    expect(basicLeaves.reduce((sum, node) => sum + node.amount, 0)).toBe(budget.functions.find((row) => row.code === '211')!.basic);
  });
});

describe('grouping small tiles finds the same cut as trying every count', () => {
  // The search bisects, which is exact only where "fits" is monotone in the number of tiles moved:
  // check it against the plain one-by-one loop it replaced, on every level of the real data.
  const oneByOne = (parent: TreemapNode, largestFirst: TreemapNode[]): number => {
    let moved = 0;
    const level = () => {
      const kept = largestFirst.slice(0, largestFirst.length - moved);
      const members = largestFirst.slice(kept.length);
      const amount = members.reduce((sum, node) => sum + node.amount, 0);
      return {
        ...parent,
        children: moved
          ? [...kept, { ...members[0]!, id: `${parent.id}-others`, kind: 'others' as const, amount, children: members }]
          : kept,
      };
    };
    while (largestFirst.length - moved > 1 && !tilesAreTappable(level())) moved += moved === 0 && largestFirst.length > 2 ? 2 : 1;
    return moved === 1 ? 0 : moved;
  };
  const levels = (node: TreemapNode): TreemapNode[] => (node.children.length ? [node, ...node.children.flatMap(levels)] : []);

  test.each(['function', 'unit'] as const)('%s view', (view) => {
    for (const level of levels(buildTree(budget, view))) {
      const largestFirst = [...level.children].sort(compareTiles);
      expect(groupedCount(level, wholeRun(largestFirst), TAPPABLE), level.id).toBe(oneByOne(level, largestFirst));
    }
  });

  test('a tile ruled out by its share is never tappable in a layout', () => {
    for (const model of Object.values(models)) {
      for (const node of model.zoomable) {
        for (const child of node.children) {
          if (!shareCanBeTappable(child.amount / node.amount)) expect(tilesAreTappable(node), child.id).toBe(false);
        }
      }
    }
  });
});
