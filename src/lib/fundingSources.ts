/**
 * The three sources the department's money comes from, in the report's order (this year's money
 * first, then last year's). One registry: its id in revenue.csv, its column in functions.csv and
 * projects.csv, what readers read, and its colour token (src/styles/global.css).
 */
export type SourceColumn = 'general_budget' | 'unit_funds' | 'carryover';

export interface FundingSource {
  /** The row id in revenue.csv. */
  id: string;
  column: SourceColumn;
  /** The full name (revenue.csv says only 一般公共预算; here it is this year's appropriation). */
  label: string;
  /** The name where space is tight (a treemap tile's panel). */
  shortLabel: string;
  /** The name on a project's page, beside the budget table's amount. */
  projectLabel: string;
  /** The colour token's name without "--" (src/lib/palette.ts turns it into a swatch). */
  token: string;
}

export const FUNDING_SOURCES: readonly FundingSource[] = [
  {
    id: 'general-budget',
    column: 'general_budget',
    label: '一般公共预算当年拨款',
    shortLabel: '当年拨款',
    projectLabel: '一般公共预算拨款',
    token: 'source-general',
  },
  { id: 'unit-funds', column: 'unit_funds', label: '单位资金', shortLabel: '单位资金', projectLabel: '单位资金', token: 'source-unit' },
  { id: 'carryover', column: 'carryover', label: '上年结转', shortLabel: '上年结转', projectLabel: '上年结转', token: 'source-carryover' },
];
