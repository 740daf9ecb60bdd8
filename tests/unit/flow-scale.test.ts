/**
 * The flow chart on a budget with 30× the projects (1,980), the shape of the scaling benchmark:
 * the chart as drawn stays the same size however many projects there are, and loses no money.
 */
import { describe, expect, test } from 'vitest';
import { loadBudget } from '../../src/lib/data/load';
import { buildFlow } from '../../src/lib/flow/build';
import { columnTotals, nodeImbalances } from '../../src/lib/flow/conservation';
import { applyGrouping, MAX_SHOWN_PER_FUNCTION, planGroups, smallProjectThreshold } from '../../src/lib/flow/grouping';
import { layoutFlow } from '../../src/lib/flow/layout';
import { syntheticBudget } from '../../scripts/bench/synthetic';

const budget = loadBudget(syntheticBudget(30).read);

describe.each(['款', '项'] as const)('the %s chart of a budget with 30× the projects', (detail) => {
  const full = buildFlow(budget, detail);
  const grouping = planGroups(full, smallProjectThreshold(budget.projects.map((project) => project.amount)));
  const grouped = applyGrouping(full, grouping);

  test('shows at most a few projects per function and groups the rest, keeping every total', () => {
    const shown = new Map<string, number>();
    for (const node of grouped.nodes.filter((entry) => entry.kind === 'project')) shown.set(node.functionId!, (shown.get(node.functionId!) ?? 0) + 1);
    expect(Math.max(...shown.values())).toBeLessThanOrEqual(MAX_SHOWN_PER_FUNCTION);
    const members = [...grouping.groups.values()].flat();
    expect(new Set([...members, ...grouped.nodes.filter((node) => node.kind === 'project').map((node) => node.id)]).size).toBe(budget.projects.length);
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
});
