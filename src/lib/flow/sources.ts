import type { Fen } from '../money';
import type { FunctionRow, Project } from '../data/schemas';
import { FUNDING_SOURCES, type FundingSource, type SourceColumn } from '../fundingSources';

export function sourceNodeId(source: FundingSource): string {
  return `source:${source.id}`;
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
