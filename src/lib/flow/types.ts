import type { Fen } from '../money';
import type { FUNCTION_BASES } from '../data/schemas';
import type { Budget } from '../data/load';
import { defined } from '../checked';

/** How deep the dominant class (节能环保支出) is split in the function column. */
export type FunctionDetail = '款' | '项';

export type NodeKind = 'source' | 'function' | 'basic' | 'project' | 'group';

/** Column of the chart each kind sits in: sources, functions, spending. */
export const COLUMN_OF_KIND: Record<NodeKind, 0 | 1 | 2> = {
  source: 0,
  function: 1,
  basic: 2,
  project: 2,
  group: 2,
};

export type FunctionBasis = (typeof FUNCTION_BASES)[number];

/**
 * Where a link's figure comes from: printed in 表二 (source → function), printed in 表三
 * (function → basic expenditure), or derived by us (project → function assignment).
 * A group of projects with different bases is 'mixed'.
 */
export type LinkBasis = 'table2' | 'table3' | FunctionBasis | 'mixed';

/** Money per funding source, keyed by source node id. */
export type Funds = Record<string, Fen>;

export interface FlowNode {
  /** Stable across builds and variants: "source:carryover", "function:21103", "project:<id>", … */
  id: string;
  kind: NodeKind;
  column: 0 | 1 | 2;
  /** Full name, for the accessible name and the details panel. */
  name: string;
  /** English graphs (english.ts): the Chinese name, shown beside the translation in tables. */
  original?: string;
  value: Fen;
  /** How much of the value each funding source pays. */
  funds: Funds;
  /** Function nodes and basic nodes: the functional code they stand for. */
  code?: string;
  /** Function nodes: names of the codes above this one, class first (for 款 and 项 nodes). */
  lineage?: string[];
  /** Column-3 nodes: the function node they hang from. */
  functionId?: string;
  /** Project nodes. */
  projectId?: string;
  unitName?: string;
  basis?: FunctionBasis;
  /** Project nodes: what the data says about the assignment of this project to its function. */
  basisNote?: string;
  /** Group nodes: the project node ids gathered into it, largest first. */
  members?: string[];
  /** Group nodes too big to open in the chart (see capProjectsDrawn): the data table lists their projects. */
  tableOnly?: boolean;
}

export interface FlowLink {
  /** "<source id>><target id>" */
  id: string;
  source: string;
  target: string;
  value: Fen;
  funds: Funds;
  basis: LinkBasis;
}

export interface FlowGraph {
  detail: FunctionDetail;
  /** Nodes in a stable column order: every column is listed top to bottom. */
  nodes: FlowNode[];
  links: FlowLink[];
}

/** A link drawn from report figures rather than from our project → function assignment. */
export function isDerived(basis: LinkBasis): boolean {
  return basis !== 'table2' && basis !== 'table3';
}

/** The tables the flow reads; a narrower type than Budget so tests can pass a small fixture. */
export type FlowBudget = Pick<Budget, 'units' | 'functions' | 'revenue' | 'projects' | 'knownGaps' | 'reportTotals'>;

/** The function node a project, basic or group node hangs from. */
export function functionIdOf(node: FlowNode): string {
  return defined(node.functionId, `flow graph: the function node above "${node.id}"`);
}

/** The functional code a function or basic node stands for. */
export function functionCodeOf(node: FlowNode): string {
  return defined(node.code, `flow graph: the functional code of node "${node.id}"`);
}

/** The project node ids a group node gathers. */
export function membersOf(node: FlowNode): string[] {
  return defined(node.members, `flow graph: the projects gathered into group "${node.id}"`);
}

/** The project (projects.csv id) a project node stands for. */
export function projectIdOf(node: FlowNode): string {
  return defined(node.projectId, `flow graph: the project id of project node "${node.id}"`);
}
