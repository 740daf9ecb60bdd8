import type { KnownGap } from '../data/schemas';
import type { Fen } from '../money';
import { budgetIndex } from '../data/budgetIndex';
import { FUNDING_SOURCES, type SourceColumn } from '../fundingSources';
import { sourceNodeId } from './sources';
import { functionCodeOf, type FlowBudget, type FlowGraph } from './types';
import { defined } from '../checked';

/** A node whose money in differs from its money out (or from its own value). */
export interface Imbalance {
  nodeId: string;
  value: Fen;
  inflow: Fen | null;
  outflow: Fen | null;
}

/** Every node must pass on exactly what it receives: sources send their value, spending receives its value. */
export function nodeImbalances(graph: FlowGraph): Imbalance[] {
  const inflow = new Map<string, Fen>();
  const outflow = new Map<string, Fen>();
  for (const link of graph.links) {
    outflow.set(link.source, (outflow.get(link.source) ?? 0) + link.value);
    inflow.set(link.target, (inflow.get(link.target) ?? 0) + link.value);
  }
  const problems: Imbalance[] = [];
  for (const node of graph.nodes) {
    const incoming = node.column === 0 ? null : (inflow.get(node.id) ?? 0);
    const outgoing = node.column === 2 ? null : (outflow.get(node.id) ?? 0);
    const balanced = [incoming, outgoing].every((flow) => flow === null || flow === node.value);
    if (!balanced) problems.push({ nodeId: node.id, value: node.value, inflow: incoming, outflow: outgoing });
  }
  return problems;
}

/** The sum of each column's node values, left to right. */
export function columnTotals(graph: FlowGraph): [Fen, Fen, Fen] {
  const totals: [Fen, Fen, Fen] = [0, 0, 0];
  for (const node of graph.nodes) totals[node.column] += node.value;
  return totals;
}

export type PrintedColumn = 'total' | 'basic' | SourceColumn;

/** A figure the chart shows that is not the figure the report prints for the same thing. */
export interface PrintedDifference {
  /** The node or link that shows the figure. */
  elementId: string;
  code: string;
  column: PrintedColumn;
  printed: Fen;
  shown: Fen;
  /** The known_gaps.csv row that explains it, or null when nothing does (a bug or a data error). */
  gap: KnownGap | null;
}

const toWan = (fen: Fen) => Math.round(fen / 10_000) / 100;

/** The identity reconcile.ts uses for "a parent equals the sum of its children". */
export function sumOfChildrenIdentity(code: string, column: PrintedColumn): string {
  return `functions:${code}.${column} = sum(children)`;
}

/**
 * Compares every function-level figure in the chart with the figure printed in 表二/表三.
 * A difference is allowed only when known_gaps.csv lists that very identity with those very
 * figures (printed as printed, computed as shown); anything else comes back with gap = null.
 */
export function printedDifferences(graph: FlowGraph, budget: FlowBudget): PrintedDifference[] {
  const index = budgetIndex(budget);
  const gaps = new Map(budget.knownGaps.map((gap) => [gap.identity, gap]));
  const differences: PrintedDifference[] = [];
  const compare = (elementId: string, code: string, column: PrintedColumn, shown: Fen) => {
    const row = index.functionRow(code);
    const printed = row[column] ?? 0;
    if (printed === shown) return;
    const gap = gaps.get(sumOfChildrenIdentity(code, column)) ?? null;
    const explains = gap !== null && gap.printed === toWan(printed) && gap.computed === toWan(shown);
    differences.push({ elementId, code, column, printed, shown, gap: explains ? gap : null });
  };
  for (const node of graph.nodes) {
    if (node.kind === 'function') compare(node.id, functionCodeOf(node), 'total', node.value);
    if (node.kind === 'basic') compare(node.id, functionCodeOf(node), 'basic', node.value);
  }
  for (const link of graph.links) {
    const source = FUNDING_SOURCES.find((entry) => sourceNodeId(entry) === link.source);
    if (!source) continue;
    const target = defined(
      graph.nodes.find((node) => node.id === link.target),
      `flow graph: the function node "${link.target}" that source "${source.id}" pays into`,
    );
    compare(link.id, functionCodeOf(target), source.column, link.value);
  }
  // Functions a source does not reach at all: the report must print zero there too.
  for (const node of graph.nodes.filter((entry) => entry.kind === 'function')) {
    for (const source of FUNDING_SOURCES) {
      const id = `${sourceNodeId(source)}>${node.id}`;
      if (!graph.links.some((link) => link.id === id)) compare(id, functionCodeOf(node), source.column, 0);
    }
  }
  return differences;
}

/** The report's grand total (收入总计 = 支出总计), which every column must add up to. */
export function grandTotal(budget: FlowBudget): Fen {
  return budgetIndex(budget).total('grand-total');
}

/** Throws when the flow does not conserve money or differs from the report beyond the known gaps. */
export function assertFlowConsistent(graph: FlowGraph, budget: FlowBudget): PrintedDifference[] {
  const imbalances = nodeImbalances(graph);
  if (imbalances.length) throw new Error(`flow: nodes that do not conserve money: ${imbalances.map((entry) => entry.nodeId).join(', ')}`);
  const total = grandTotal(budget);
  const totals = columnTotals(graph);
  if (totals.some((value) => value !== total))
    throw new Error(`flow: column totals ${totals.join(', ')} differ from the grand total ${total}`);
  const differences = printedDifferences(graph, budget);
  const unexplained = differences.filter((difference) => difference.gap === null);
  if (unexplained.length) {
    throw new Error(
      `flow: figures that differ from the report without a known gap: ${unexplained.map((entry) => `${entry.elementId} (${entry.column}: printed ${entry.printed}, shown ${entry.shown})`).join('; ')}`,
    );
  }
  return differences;
}
