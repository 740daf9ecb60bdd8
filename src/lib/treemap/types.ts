import type { Budget } from '../data/load';
import type { SourceColumn } from '../fundingSources';
import type { Fen } from '../money';
import type { FunctionBasis } from '../functionBasis';

/** The two hierarchies of the same 211 money. */
export type TreemapView = 'function' | 'unit';

export type NodeKind =
  | 'root'
  /** 款 (5-digit functional code) */
  | 'kuan'
  /** 项 (7-digit functional code) */
  | 'xiang'
  | 'unit'
  | 'project'
  /** Basic expenditure (基本支出): a 项's, or in the unit view all of it, unsplit. */
  | 'basic'
  /**
   * A display-only group: the tiles too small to tap ("其余 N 项"), or one band of a big such
   * group, named by its members' ranks ("第11–60名").
   */
  | 'others';

/** Where the money comes from (资金来源), in fen, by the source's column (src/lib/fundingSources.ts). */
export type Funding = Record<SourceColumn, Fen>;

export interface ProjectFacts {
  id: string;
  unitId: string;
  unitName: string;
  functionCode: string;
  functionName: string;
  /** How the project → 项 link was derived; the report never states it. */
  basis: FunctionBasis;
}

export interface TreemapNode {
  /** Stable id used in the URL (?node=…): a functional code, a unit id, "p-<project id>", "basic-<code>". */
  id: string;
  name: string;
  /** What fits on a tile: the unit's short name (市局机关), otherwise the name. */
  shortName: string;
  kind: NodeKind;
  amount: Fen;
  /** The 款 code that colours the tile; null for tiles that span several 款 (units, unsplit basic). */
  category: string | null;
  /** Null when the report gives no split by source. */
  funding: Funding | null;
  /** Who spends it; null when the report gives no unit (basic expenditure). */
  unitName: string | null;
  project: ProjectFacts | null;
  children: TreemapNode[];
  /** Display-only groups: where their members rank among the real parent's items. */
  ranks?: GroupRanks;
}

/** Places of a group's members in the real parent's items, largest first, counted from 1. */
export interface GroupRanks {
  first: number;
  last: number;
  /** A band of a big group ("第11–60名") rather than the group of the smallest tiles ("其余 N 项"). */
  band: boolean;
}

/** The parts of the budget the treemaps read. */
export type TreemapBudget = Pick<Budget, 'units' | 'functions' | 'projects' | 'reportTotals'>;
