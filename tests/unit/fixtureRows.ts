import type { FunctionRow, Indicator, Project, Unit } from '../../src/lib/data/schemas';

/**
 * Rows of the data tables for test fixtures: a plain row with every column, changed by the fields a
 * test cares about. One builder per table, so a new column is added here once (the type checker
 * points here) instead of in every test file's fixture.
 */

/** A current-year project of the bureau, linked to 2110301, with no sheet. */
export function projectRow(fields: Partial<Project> & Pick<Project, 'id'>): Project {
  return {
    row: 1,
    name: fields.id,
    unit_id: 'bureau',
    source_table: '表十二',
    amount: 0,
    general_budget: 0,
    unit_funds: 0,
    carryover: 0,
    source_line: 1,
    function_code: '2110301',
    function_basis: 'amount-unique',
    function_fits_name: true,
    function_note: '',
    theme: '大气',
    sheet_line: null,
    sheet_name: null,
    sheet_unit: null,
    attribute: null,
    period_years: null,
    period_total_yuan: null,
    annual_total_yuan: null,
    annual_central_yuan: null,
    annual_provincial_yuan: null,
    annual_local_yuan: null,
    annual_self_yuan: null,
    annual_other_yuan: null,
    overview: null,
    legal_basis: null,
    necessity: null,
    measures: null,
    plan: null,
    goal_period: null,
    goal_annual: null,
    ...fields,
  };
}

/** A functional class row (类 for three digits, 款 for five, 项 for seven) with only its total. */
export function functionRow(fields: Partial<FunctionRow> & Pick<FunctionRow, 'code' | 'name' | 'total'>): FunctionRow {
  const { code } = fields;
  return {
    row: 1,
    level: code.length === 3 ? '类' : code.length === 5 ? '款' : '项',
    parent_code: code.length === 3 ? null : code.slice(0, code.length - 2),
    basic: null,
    project: null,
    general_budget: null,
    unit_funds: null,
    carryover: null,
    source_line: 1,
    income_source_line: null,
    ...fields,
  };
}

/** A branch with no projects and no running cost. */
export function unitRow(fields: Partial<Unit> & Pick<Unit, 'id' | 'short_name'>): Unit {
  return {
    row: 1,
    name: `测试${fields.short_name}`,
    kind: 'branch',
    county: null,
    project_total: 0,
    project_general_budget: 0,
    project_unit_funds: null,
    running_cost: null,
    source_line: 1,
    running_cost_source_line: null,
    ...fields,
  };
}

/** An output indicator (产出指标) named in the annual column. */
export function indicatorRow(fields: Partial<Indicator> & Pick<Indicator, 'project_id' | 'seq' | 'level2' | 'name' | 'value'>): Indicator {
  return {
    row: 1,
    level1: '产出指标',
    target_number: null,
    target_unit: null,
    comparator: null,
    name_source: 'annual-column',
    source_line: 1,
    ...fields,
  };
}
