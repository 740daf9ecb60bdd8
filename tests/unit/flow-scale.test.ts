/**
 * The flow chart on a budget with 30× the projects (1,980), the shape of the scaling benchmark:
 * the chart as drawn stays the same size however many projects there are, and loses no money.
 */
import { DOMParser } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { loadBudget } from '../../src/lib/data/load';
import { buildFlow } from '../../src/lib/flow/build';
import { columnTotals, nodeImbalances } from '../../src/lib/flow/conservation';
import {
  applyGrouping,
  MAX_DRAWN_PER_FUNCTION,
  MAX_SHOWN_PER_FUNCTION,
  openGroup,
  planGroups,
  projectParts,
  smallProjectThreshold,
} from '../../src/lib/flow/grouping';
import { layoutFlow } from '../../src/lib/flow/layout';
import { buildFlowChartModel } from '../../src/lib/flow/model';
import { variantSvg } from '../../src/components/flow/variantSvg';
import { syntheticBudget } from '../../scripts/bench/synthetic';

const budget = loadBudget(syntheticBudget(30).read);

describe.each(['款', '项'] as const)('the %s chart of a budget with 30× the projects', (detail) => {
  const full = buildFlow(budget, detail);
  const grouping = planGroups(full, smallProjectThreshold(budget.projects.map((project) => project.amount)));
  const grouped = applyGrouping(full, grouping);

  test('shows at most a few projects per function and groups the rest, keeping every total', () => {
    const shown = new Map<string, number>();
    for (const node of grouped.nodes.filter((entry) => entry.kind === 'project'))
      shown.set(node.functionId!, (shown.get(node.functionId!) ?? 0) + 1);
    expect(Math.max(...shown.values())).toBeLessThanOrEqual(MAX_SHOWN_PER_FUNCTION);
    const members = [...grouping.groups.values()].flat();
    expect(new Set([...members, ...grouped.nodes.filter((node) => node.kind === 'project').map((node) => node.id)]).size).toBe(
      budget.projects.length,
    );
    expect(nodeImbalances(grouped)).toEqual([]);
    expect(columnTotals(grouped)).toEqual(columnTotals(full));
  });

  test('is laid out with a bounded number of rows, not one per project', () => {
    const functions = grouped.nodes.filter((node) => node.kind === 'function').length;
    const layout = layoutFlow(grouped);
    // Per function: its shown projects, a group and basic expenditure; plus the three sources.
    expect(layout.nodes.length).toBeLessThanOrEqual(3 + functions * (1 + MAX_SHOWN_PER_FUNCTION + 2));
    expect(layout.nodes.length).toBeLessThan(budget.projects.length / 5);
  });

  test('"all projects" and every opened group draw at most a bounded number per function, keeping every total', () => {
    const parts = projectParts(full);
    const views = [
      applyGrouping(full, grouping, 'all'),
      ...[...grouping.groups.keys()].map((groupId) => openGroup(grouped, parts, groupId)),
    ];
    for (const view of views) {
      const drawn = new Map<string, number>();
      for (const node of view.nodes.filter((entry) => entry.kind === 'project'))
        drawn.set(node.functionId!, (drawn.get(node.functionId!) ?? 0) + 1);
      expect(Math.max(...drawn.values())).toBeLessThanOrEqual(MAX_DRAWN_PER_FUNCTION);
      expect(nodeImbalances(view)).toEqual([]);
      expect(columnTotals(view)).toEqual(columnTotals(full));
      // Every project is drawn or gathered exactly once.
      const placed = view.nodes.flatMap((node) => (node.kind === 'project' ? [node.id] : (node.members ?? [])));
      expect(placed.length).toBe(budget.projects.length);
      expect(new Set(placed).size).toBe(budget.projects.length);
    }
    expect(views[0]!.nodes.filter((node) => node.tableOnly).length).toBeGreaterThan(0);
    const [firstGroup] = grouping.groups.keys();
    expect(openGroup(grouped, parts, firstGroup!)).toEqual(applyGrouping(full, grouping, new Set([firstGroup!])));
  });
});

describe('the prerendered flow chart of a budget with 30× the projects', () => {
  const model = buildFlowChartModel(budget);
  const all = model.variants.find((variant) => variant.key === 'kuan/all')!;
  const svg = new DOMParser().parseFromString(
    variantSvg(model, all, (path) => path),
    'image/svg+xml',
  );

  test('"all projects" draws a node for the rest that explains itself and does not pretend to open', () => {
    const restIds = all.graph.nodes.filter((node) => node.tableOnly).map((node) => node.id);
    expect(restIds.length).toBeGreaterThan(0);
    for (const id of restIds) {
      const element = svg.querySelector(`[data-key="${id}"]`)!;
      expect(element.getAttribute('role')).toBe('button');
      expect(element.hasAttribute('data-group')).toBe(false);
      expect(element.hasAttribute('aria-expanded')).toBe(false);
      expect(element.getAttribute('aria-label')).toMatch(/其余\d+个项目（见数据表）：[\d,]+\.\d{2}万元，占全部[\d.]+%$/);
      expect(element.textContent).not.toContain('＋');
      const panel = model.panel[id]!;
      expect(panel.notes[0]).toBe('项目太多，图中不逐个画出。最大的几个：');
      const members = all.graph.nodes.find((node) => node.id === id)!.members!.length;
      expect(panel.notes.length).toBe(1 + Math.min(members, 40) + (members > 40 ? 1 : 0));
      if (members > 40) expect(panel.notes.at(-1)).toBe(`……共${members}个项目，全部列在数据表中。`);
    }
  });

  test('every variant is drawn with a bounded number of nodes', () => {
    for (const variant of model.variants) {
      const functions = variant.graph.nodes.filter((node) => node.kind === 'function').length;
      expect(variant.layout.nodes.length).toBeLessThanOrEqual(3 + functions * (1 + MAX_DRAWN_PER_FUNCTION + 2));
    }
  });
});
