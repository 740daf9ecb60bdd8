import type { FunctionRow } from '../data/schemas';
import { sumFen, type Fen } from '../money';
import { FUNDING_SOURCES } from '../fundingSources';
import { fundsOfRow, sourceNodeId } from './sources';
import { ROOT_CLASS } from '../budgetConfig';
import { budgetIndex, type BudgetIndex } from '../data/budgetIndex';
import {
  COLUMN_OF_KIND,
  functionCodeOf,
  functionIdOf,
  type FlowBudget,
  type FlowGraph,
  type FlowLink,
  type FlowNode,
  type FunctionDetail,
  type Funds,
} from './types';
import { at, lookup } from '../checked';
import { ui } from '../../i18n/ui';

/**
 * The class that holds almost all the money (节能环保支出) is split into its 款 (or 项);
 * the three small classes stay whole, as the issue asks.
 */
export const DETAILED_CLASS = ROOT_CLASS;

const BASIC_NAME = ui('zh').chartNodes.flowBasic;

export function linkId(source: string, target: string): string {
  return `${source}>${target}`;
}

export function functionNodeId(code: string): string {
  return `function:${code}`;
}

export function projectNodeId(projectId: string): string {
  return `project:${projectId}`;
}

function addFunds(into: Funds, from: Funds): Funds {
  for (const key in from) into[key] = (into[key] ?? 0) + (from[key] ?? 0);
  return into;
}

function emptyFunds(): Funds {
  return Object.fromEntries(FUNDING_SOURCES.map((source) => [sourceNodeId(source), 0]));
}

/** The chain 类 → 款 → 项 above (and including) a code. */
function lineageOf(row: FunctionRow, index: BudgetIndex): FunctionRow[] {
  const chain = [row];
  let current = row;
  while (current.parent_code) {
    const parent = index.functionRow(current.parent_code);
    chain.unshift(parent);
    current = parent;
  }
  return chain;
}

/** The code whose node a 项 feeds in the function column. */
export function functionColumnRow(leaf: FunctionRow, index: BudgetIndex, detail: FunctionDetail): FunctionRow {
  const chain = lineageOf(leaf, index);
  const depth = at(chain, 0, `functions.csv: the class above code ${leaf.code}`).code === DETAILED_CLASS ? (detail === '款' ? 1 : 2) : 0;
  const row = chain[depth];
  if (!row) throw new Error(`functions.csv: ${leaf.code} has no ${detail} above it`);
  return row;
}

/** Column-3 order inside one function: basic expenditure first, then projects largest first, groups last. */
const KIND_RANK = { basic: 0, project: 1, group: 2 } as const;

/**
 * A stable top-to-bottom order for every column, so the layout never depends on input order:
 * column, then sources in their fixed order and functions by code, then in column 3 by function,
 * kind, amount (largest first) and id.
 */
function sortNodes(nodes: readonly FlowNode[], functionOrder: Map<string, number>): FlowNode[] {
  const sourceOrder = new Map(FUNDING_SOURCES.map((source, index) => [sourceNodeId(source), index]));
  // One number places a node up to its amount and id: computed once per node, not per comparison.
  const ranked = nodes.map((node) => {
    const within =
      node.kind === 'source'
        ? lookup(sourceOrder, node.id, 'flow graph: the place of a funding source node')
        : node.kind === 'function'
          ? lookup(functionOrder, node.id, 'flow graph: the place of a function node')
          : lookup(functionOrder, functionIdOf(node), 'flow graph: the place of the function node above a spending node') * 3 +
            KIND_RANK[node.kind];
    return { node, rank: node.column * 1e9 + within };
  });
  ranked.sort((a, b) => a.rank - b.rank || b.node.value - a.node.value || (a.node.id < b.node.id ? -1 : a.node.id > b.node.id ? 1 : 0));
  return ranked.map(({ node }) => node);
}

/** Sorts nodes into column order and links by (source, target) node order. */
export function sortGraph(graph: FlowGraph): FlowGraph {
  const functionOrder = new Map(
    graph.nodes
      .filter((node) => node.kind === 'function')
      .map(functionCodeOf)
      .sort()
      .map((code, index) => [functionNodeId(code), index]),
  );
  const nodes = sortNodes(graph.nodes, functionOrder);
  const position = new Map<string, number>();
  nodes.forEach((node, index) => position.set(node.id, index));
  // Look the positions up once per link, not once per comparison; one number orders a link.
  const count = nodes.length;
  const keyed = graph.links.map((link) => ({
    link,
    key:
      lookup(position, link.source, 'flow graph: the node a link leaves') * count +
      lookup(position, link.target, 'flow graph: the node a link reaches'),
  }));
  keyed.sort((a, b) => a.key - b.key);
  return { ...graph, nodes, links: keyed.map(({ link }) => link) };
}

/**
 * Every flow from source to function to project, with every project on its own (no grouping).
 * Figures come from the 项 rows and the projects, so each node holds exactly what flows through it;
 * where the report prints a parent 0.01 off the sum of its parts, the node shows the sum
 * (see conservation.ts for the comparison with the printed figures).
 */
export function buildFlow(budget: FlowBudget, detail: FunctionDetail): FlowGraph {
  const index = budgetIndex(budget);
  const nodes = new Map<string, FlowNode>();
  const links: FlowLink[] = [];

  for (const source of FUNDING_SOURCES) {
    const revenue = budget.revenue.find((row) => row.id === source.id);
    if (!revenue) throw new Error(`revenue.csv has no "${source.id}" row`);
    const id = sourceNodeId(source);
    const value = revenue.amount ?? 0;
    nodes.set(id, {
      id,
      kind: 'source',
      column: COLUMN_OF_KIND.source,
      name: source.label,
      value,
      funds: { ...emptyFunds(), [id]: value },
    });
  }
  const unknownSources = budget.revenue.filter((row) => (row.amount ?? 0) > 0 && !FUNDING_SOURCES.some((source) => source.id === row.id));
  if (unknownSources.length)
    throw new Error(`revenue.csv has money in sources the flow does not know: ${unknownSources.map((row) => row.id).join(', ')}`);

  // Function nodes and basic expenditure, summed from the 项 rows.
  const basicByFunction = new Map<string, Fen>();
  for (const leaf of budget.functions.filter((row) => row.level === '项')) {
    const row = functionColumnRow(leaf, index, detail);
    const id = functionNodeId(row.code);
    let node = nodes.get(id);
    if (!node) {
      node = {
        id,
        kind: 'function',
        column: COLUMN_OF_KIND.function,
        name: row.name,
        value: 0,
        funds: emptyFunds(),
        code: row.code,
        lineage: lineageOf(row, index)
          .slice(0, -1)
          .map((parent) => parent.name),
      };
      nodes.set(id, node);
    }
    node.value += leaf.total;
    addFunds(node.funds, fundsOfRow(leaf));
    basicByFunction.set(id, (basicByFunction.get(id) ?? 0) + (leaf.basic ?? 0));
  }

  for (const node of [...nodes.values()].filter((entry) => entry.kind === 'function')) {
    for (const source of FUNDING_SOURCES) {
      const sourceId = sourceNodeId(source);
      const value = node.funds[sourceId] ?? 0;
      if (value > 0)
        links.push({
          id: linkId(sourceId, node.id),
          source: sourceId,
          target: node.id,
          value,
          funds: { ...emptyFunds(), [sourceId]: value },
          basis: 'table2',
        });
    }
  }

  // Projects hang from the function node of their 项 (looked up once per code: there are many projects).
  const projectFundsByFunction = new Map<string, Funds>();
  const functionIdOfCode = new Map<string, string>();
  for (const project of budget.projects) {
    let functionId = functionIdOfCode.get(project.function_code);
    if (functionId === undefined) {
      functionId = functionNodeId(functionColumnRow(index.functionRow(project.function_code), index, detail).code);
      functionIdOfCode.set(project.function_code, functionId);
    }
    const id = projectNodeId(project.id);
    const funds = fundsOfRow(project);
    nodes.set(id, {
      id,
      kind: 'project',
      column: COLUMN_OF_KIND.project,
      name: project.name,
      value: project.amount,
      funds,
      functionId,
      projectId: project.id,
      unitName: index.unit(project.unit_id).short_name,
      basis: project.function_basis,
      basisNote: project.function_note,
    });
    // The link carries the project's own funds object: neither changes once built, and a big budget has many.
    links.push({ id: linkId(functionId, id), source: functionId, target: id, value: project.amount, funds, basis: project.function_basis });
    projectFundsByFunction.set(functionId, addFunds(projectFundsByFunction.get(functionId) ?? emptyFunds(), funds));
  }

  // Basic expenditure is what a function's sources pay beyond its projects, source by source.
  for (const [functionId, basic] of basicByFunction) {
    if (basic === 0) continue;
    const functionNode = lookup(nodes, functionId, 'flow graph: the function node of basic expenditure');
    const projectFunds = projectFundsByFunction.get(functionId) ?? emptyFunds();
    const funds: Funds = {};
    for (const [sourceId, value] of Object.entries(functionNode.funds)) {
      const left = value - (projectFunds[sourceId] ?? 0);
      funds[sourceId] = left;
      if (left < 0) throw new Error(`${functionId}: projects take more ${sourceId} than the function has`);
    }
    if (sumFen(Object.values(funds)) !== basic) {
      throw new Error(`${functionId}: basic expenditure ${basic} does not equal the function's money left after its projects`);
    }
    const id = `basic:${functionNode.code}`;
    nodes.set(id, {
      id,
      kind: 'basic',
      column: COLUMN_OF_KIND.basic,
      name: BASIC_NAME,
      value: basic,
      funds,
      functionId,
      code: functionNode.code,
    });
    links.push({ id: linkId(functionId, id), source: functionId, target: id, value: basic, funds: { ...funds }, basis: 'table3' });
  }

  return sortGraph({ detail, nodes: [...nodes.values()], links });
}
