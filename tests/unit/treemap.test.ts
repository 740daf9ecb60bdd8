import { describe, expect, test } from 'vitest';
import { allNodes, buildFunctionTree, buildUnitTree, leaves } from '../../src/lib/treemap/buildTrees';
import { groupSmallTiles } from '../../src/lib/treemap/groupSmallTiles';
import { fitLine, wrapLines } from '../../src/lib/treemap/labels';
import { textWidth } from '../../src/lib/text/measure';
import { CHART_SIZES, compareTiles, layoutLayer, sortTiles } from '../../src/lib/treemap/layout';
import { buildTreemapModel, realChildren } from '../../src/lib/treemap/model';
import { accessibleName, levelRows, levelSummary, nodeDetails } from '../../src/lib/treemap/describe';
import { tileLabel } from '../../src/lib/treemap/tileLabels';
import { wanToFen } from '../../src/lib/money';
import type { TreemapNode } from '../../src/lib/treemap/types';
import { fixtureBudget } from './treemapFixture';

const wan = wanToFen;
const options = { projectHref: (id: string) => `/projects/${id}/` };

function sumsHold(node: TreemapNode): boolean {
  if (node.children.length === 0) return true;
  return node.amount === node.children.reduce((sum, child) => sum + child.amount, 0) && node.children.every(sumsHold);
}

describe('treemap hierarchies (fixture)', () => {
  test('by function: 211 → 款 → 项 → basic + projects, adding up at every level', () => {
    const tree = buildFunctionTree(fixtureBudget());
    expect(tree.amount).toBe(wan('1000.00'));
    expect(tree.children.map((node) => node.id)).toEqual(['21101', '21103']);
    expect(tree.children[0]!.children.map((node) => node.id)).toEqual(['2110101', '2110199']);
    expect(tree.children[0]!.children[1]!.children.map((node) => node.id)).toEqual(['basic-2110199', 'p-ops']);
    expect(sumsHold(tree)).toBe(true);
  });

  test('by unit: units → projects, plus one unsplit basic tile', () => {
    const tree = buildUnitTree(fixtureBudget());
    expect(tree.children.map((node) => [node.id, node.amount])).toEqual([
      ['bureau', wan('650.00')],
      ['branch', wan('50.00')],
      ['basic-211', wan('300.00')],
    ]);
    expect(tree.children[2]!.name).toContain('未按单位拆分');
    expect(tree.children[2]!.unitName).toBeNull();
    expect(sumsHold(tree)).toBe(true);
  });

  test('a 项 that does not add up to its printed total fails loudly', () => {
    const budget = fixtureBudget();
    budget.projects = budget.projects.filter((project) => project.id !== 'ops');
    expect(() => buildFunctionTree(budget)).toThrow(/2110199.*150\.00/);
  });

  test('basic expenditure is all 当年拨款 only when the report totals prove it', () => {
    const tree = buildFunctionTree(fixtureBudget());
    const basic = allNodes(tree).find((node) => node.id === 'basic-2110101')!;
    expect(basic.funding).toEqual({ general_budget: wan('250.00'), unit_funds: 0, carryover: 0 });
    const budget = fixtureBudget();
    budget.reportTotals[0] = { ...budget.reportTotals[0]!, amount: wan('900.00') };
    expect(allNodes(buildFunctionTree(budget)).find((node) => node.id === 'basic-2110101')!.funding).toBeNull();
  });

  test('every project is a leaf exactly once in each view', () => {
    for (const tree of [buildFunctionTree(fixtureBudget()), buildUnitTree(fixtureBudget())]) {
      const ids = leaves(tree)
        .filter((node) => node.project)
        .map((node) => node.project!.id)
        .sort();
      expect(ids).toEqual(['air-big', 'air-branch', 'air-carry', 'ops']);
    }
  });
});

describe('grouping small tiles', () => {
  const leaf = (id: string, amount: number): TreemapNode => ({
    id,
    name: id,
    shortName: id,
    kind: 'project',
    amount,
    category: '21103',
    funding: null,
    unitName: 'u',
    project: null,
    children: [],
  });
  const parent: TreemapNode = {
    id: 'p',
    name: '父',
    shortName: '父',
    kind: 'xiang',
    amount: 112,
    category: '21103',
    funding: null,
    unitName: null,
    project: null,
    children: [leaf('a', 60), leaf('b', 40), leaf('c', 6), leaf('d', 4), leaf('e', 2)],
  };
  // Test rule: a level is tappable when no tile is under 10% of the level.
  const tappable = { fits: (node: TreemapNode) => node.children.every((child) => child.amount / node.amount >= 0.1), mayFit: () => true };

  test('collects the smallest siblings into one "其余 N 项" group, losing nothing', () => {
    const grouped = groupSmallTiles(parent, tappable);
    expect(grouped.children.map((node) => node.id)).toEqual(['a', 'b', 'p-others']);
    const others = grouped.children[2]!;
    expect(others.name).toBe('其余3项');
    expect(others.amount).toBe(12);
    expect(
      realChildren(grouped)
        .map((node) => node.id)
        .sort(),
    ).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(sumsHold(grouped)).toBe(true);
  });

  test('never makes a group of one', () => {
    const two: TreemapNode = { ...parent, amount: 101, children: [leaf('a', 100), leaf('b', 1)] };
    expect(groupSmallTiles(two, tappable).children.map((node) => node.id)).toEqual(['a', 'b']);
  });
});

describe('layout', () => {
  const model = buildTreemapModel(fixtureBudget(), 'function', (tree) => tree);

  test('tiles fill the chart in proportion to their amounts', () => {
    for (const size of CHART_SIZES) {
      const tiles = layoutLayer(model.display, size);
      expect(tiles.map((tile) => tile.node.id)).toEqual(['21103', '21101']);
      for (const tile of tiles) {
        expect(tile.x).toBeGreaterThanOrEqual(0);
        expect(tile.y).toBeGreaterThanOrEqual(0);
        expect(tile.x + tile.width).toBeLessThanOrEqual(size.width + 1e-9);
        expect(tile.y + tile.height).toBeLessThanOrEqual(size.height + 1e-9);
        for (const child of tile.children) {
          expect(child.x).toBeGreaterThanOrEqual(tile.x);
          expect(child.y).toBeGreaterThanOrEqual(tile.y + tile.header);
          expect(child.x + child.width).toBeLessThanOrEqual(tile.x + tile.width + 1e-9);
        }
      }
      const [big, small] = tiles.map((tile) => tile.width * tile.height);
      expect(big! / small!).toBeGreaterThan(1.3);
      expect(big! / small!).toBeLessThan(1.7);
    }
  });

  test('sortTiles orders tiles as compareTiles does: largest first, ties by id', () => {
    const tile = (id: string, amount: number): TreemapNode => ({
      id,
      name: id,
      shortName: id,
      kind: 'project',
      amount,
      category: null,
      funding: null,
      unitName: null,
      project: null,
      children: [],
    });
    // Many ties between ids that share long starts, are the start of one another, or differ in a hyphen or digit.
    const ids = [
      'p-a',
      'p-a-x1',
      'p-a-x10',
      'p-a-x2',
      'p-ab',
      'p-a1',
      'p-a-',
      'p-b-x9',
      '21101',
      '2110101',
      '211-others',
      '211-r11-20',
      'basic-211',
    ];
    const slugs = ids.flatMap((id, index) => [tile(id, 5), tile(`${id}z`, index % 3)]);
    expect(sortTiles(slugs)).toEqual([...slugs].sort(compareTiles));
    // Ids that are not slugs are ordered by the collator.
    const others = [...slugs, tile('P-Ä', 5), tile('p-é', 5)];
    expect(sortTiles(others)).toEqual([...others].sort(compareTiles));
  });

  test('labels stay inside their tiles', () => {
    for (const size of CHART_SIZES) {
      for (const tile of layoutLayer(model.display, size).flatMap((tile) => [tile, ...tile.children])) {
        const label = tileLabel(tile, size, model.total);
        if (!label) continue;
        for (const [index, line] of label.lines.entries()) {
          expect(label.x + textWidth(line, label.fontSize)).toBeLessThanOrEqual(tile.x + tile.width);
          expect(label.y + (index + 1) * label.lineHeight).toBeLessThanOrEqual(tile.y + tile.height);
        }
      }
    }
  });
});

describe('label fitting', () => {
  test('cuts with an ellipsis, or gives up when nothing useful fits', () => {
    expect(fitLine('晋城市大气污染防治能力建设项目', 1000, 12)).toBe('晋城市大气污染防治能力建设项目');
    expect(fitLine('晋城市大气污染防治能力建设项目', 72, 12)).toBe('晋城市大气…');
    expect(fitLine('晋城市大气污染防治能力建设项目', 40, 12)).toBeNull();
    expect(fitLine('大气', 40, 12)).toBe('大气');
  });
  test('wraps Chinese by character', () => {
    expect(wrapLines('一二三四五六七八九十一', 60, 12, 3)).toEqual(['一二三四五', '六七八九十', '一']);
    expect(wrapLines('一二三四五六七八九十一', 60, 12, 2)).toEqual(['一二三四五', '六七八九…']);
    expect(wrapLines('一二三四五六七', 36, 12, 1)).toEqual([]);
    expect(wrapLines('一二三四五、七八九十', 60, 12, 2)).toEqual(['一二三四', '五、七八…']);
  });
});

describe('descriptions', () => {
  const model = buildTreemapModel(fixtureBudget(), 'function', (tree) => tree);
  const project = model.placed.get('p-air-big')!.node;

  test('accessible names give name, amount and share of the total', () => {
    expect(accessibleName(model, project)).toBe('大气治理项目，450.00万元，占总额45.0%');
    expect(accessibleName(model, model.placed.get('basic-2110199')!.node)).toBe(
      '其他环境保护管理事务支出的基本支出，50.00万元，占总额5.0%',
    );
  });

  test('details name the funding, unit, derived 项 and project page', () => {
    const details = nodeDetails(model, model.placed.get('p-air-carry')!.node, options);
    expect(details.funding).toEqual([{ label: '上年结转', value: '100.00万元' }]);
    expect(details.lines).toContainEqual({ label: '占大气', value: '16.7%' });
    expect(details.lines).toContainEqual({ label: '单位', value: '测试市局' });
    expect(details.projectHref).toBe('/projects/air-carry/');
    expect(details.derivedNote).toContain('金额唯一确定');
  });

  test('the summary names the largest item of the level', () => {
    expect(levelSummary(model, model.display)).toBe('污染防治占最大份额，600.00万元，60.0%。');
    expect(levelSummary(model, model.placed.get('2110101')!.node)).toBe('行政运行的250.00万元全部是行政运行的基本支出。');
  });

  test('table rows are ranked and marked derived where they are', () => {
    const rows = levelRows(model, model.placed.get('2110301')!.node, options);
    expect(rows.map((row) => [row.rank, row.name, row.amountText, row.shareOfLevel])).toEqual([
      [1, '大气治理项目', '450.00', '75.0%'],
      [2, '结转大气项目', '100.00', '16.7%'],
      [3, '分局大气项目', '50.00', '8.3%'],
    ]);
    expect(rows.every((row) => row.derived?.basis === '金额唯一确定' && row.derived.functionName === null)).toBe(true);
  });
});
