import type { Fen } from '../money';
import type { FunctionRow, Project } from '../data/schemas';

/** The columns of functions.csv and projects.csv that split money by source. */
export type SourceColumn = 'general_budget' | 'unit_funds' | 'carryover';

export interface FundingSource {
  /** The row id in revenue.csv. */
  revenueId: string;
  column: SourceColumn;
  /** The reader-facing name (revenue.csv says only 一般公共预算; here it is this year's appropriation). */
  label: string;
}

/** Top to bottom in the first column: this year's money first, then last year's. */
export const FUNDING_SOURCES: readonly FundingSource[] = [
  { revenueId: 'general-budget', column: 'general_budget', label: '一般公共预算当年拨款' },
  { revenueId: 'unit-funds', column: 'unit_funds', label: '单位资金' },
  { revenueId: 'carryover', column: 'carryover', label: '上年结转' },
];

export function sourceNodeId(source: FundingSource): string {
  return `source:${source.revenueId}`;
}

export function sourceLabelOf(nodeId: string): string {
  const source = FUNDING_SOURCES.find((entry) => sourceNodeId(entry) === nodeId);
  if (!source) throw new Error(`unknown funding source node "${nodeId}"`);
  return source.label;
}

/** Source node ids with their columns, made once: fundsOfRow runs for every project. */
const SOURCE_COLUMNS = FUNDING_SOURCES.map((source) => [sourceNodeId(source), source.column] as const);

/** The money of one functions.csv or projects.csv row, per source node id. */
export function fundsOfRow(row: Pick<FunctionRow | Project, SourceColumn>): Record<string, Fen> {
  const funds: Record<string, Fen> = {};
  for (const [id, column] of SOURCE_COLUMNS) funds[id] = row[column] ?? 0;
  return funds;
}
