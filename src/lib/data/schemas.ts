import { columns as c } from './columns';
import { defineTable, type RowOf } from './table';

const { optional } = c;

export const UNIT_KINDS = ['headquarters', 'enforcement', 'institution', 'branch'] as const;
export const FUNCTION_LEVELS = ['类', '款', '项'] as const;
export const FUNCTION_BASES = ['amount-unique', 'name-and-amount', 'editorial'] as const;
export const INDICATOR_LEVELS = ['产出指标', '效益指标', '满意度指标'] as const;
export const COMPARATORS = ['≥', '≤', '>', '<', '='] as const;

export const unitsTable = defineTable({
  file: 'units.csv',
  key: 'id',
  columns: {
    id: c.id,
    name: c.text,
    short_name: c.text,
    kind: c.oneOf(UNIT_KINDS),
    county: optional(c.text),
    project_total: c.wan,
    project_general_budget: c.wan,
    project_unit_funds: optional(c.wan),
    running_cost: optional(c.wan),
    source_line: c.sourceLine,
    running_cost_source_line: optional(c.sourceLine),
  },
});

export const functionsTable = defineTable({
  file: 'functions.csv',
  key: 'code',
  columns: {
    code: c.functionCode,
    name: c.text,
    level: c.oneOf(FUNCTION_LEVELS),
    parent_code: optional(c.functionCode),
    total: c.wan,
    basic: optional(c.wan),
    project: optional(c.wan),
    general_budget: optional(c.wan),
    unit_funds: optional(c.wan),
    carryover: optional(c.wan),
    source_line: c.sourceLine,
    income_source_line: optional(c.sourceLine),
  },
});

export const revenueTable = defineTable({
  file: 'revenue.csv',
  key: 'id',
  columns: {
    id: c.id,
    name: c.text,
    amount: optional(c.wan),
    share_printed: optional(c.decimal),
    source_line: c.sourceLine,
  },
});

export const basicByEconomicTable = defineTable({
  file: 'basic_by_economic.csv',
  key: 'seq',
  columns: {
    seq: c.integer,
    level: c.oneOf(['category', 'item'] as const),
    category: c.text,
    dept_item: optional(c.text),
    gov_item: optional(c.text),
    total: c.wan,
    personnel: optional(c.wan),
    public: optional(c.wan),
    source_line: c.sourceLine,
  },
});

export const projectsTable = defineTable({
  file: 'projects.csv',
  key: 'id',
  columns: {
    id: c.id,
    name: c.text,
    unit_id: c.id,
    source_table: c.oneOf(['表十二', '表十三'] as const),
    amount: c.wan,
    general_budget: c.wan,
    unit_funds: c.wan,
    carryover: c.wan,
    source_line: c.sourceLine,
    function_code: c.functionCode,
    function_basis: c.oneOf(FUNCTION_BASES),
    function_fits_name: c.boolean,
    function_note: c.text,
    theme: c.text,
    sheet_line: optional(c.sourceLine),
    sheet_name: optional(c.text),
    sheet_unit: optional(c.text),
    attribute: optional(c.text),
    period_years: optional(c.integer),
    period_total_yuan: optional(c.yuan),
    annual_total_yuan: optional(c.yuan),
    annual_central_yuan: optional(c.yuan),
    annual_provincial_yuan: optional(c.yuan),
    annual_local_yuan: optional(c.yuan),
    annual_self_yuan: optional(c.yuan),
    annual_other_yuan: optional(c.yuan),
    overview: optional(c.text),
    legal_basis: optional(c.text),
    necessity: optional(c.text),
    measures: optional(c.text),
    plan: optional(c.text),
    goal_period: optional(c.text),
    goal_annual: optional(c.text),
  },
});

export const indicatorsTable = defineTable({
  file: 'indicators.csv',
  columns: {
    project_id: c.id,
    seq: c.integer,
    level1: c.oneOf(INDICATOR_LEVELS),
    level2: c.text,
    name: c.text,
    value: c.text,
    target_number: optional(c.decimal),
    target_unit: optional(c.text),
    comparator: optional(c.oneOf(COMPARATORS)),
    name_source: c.oneOf(['annual-column', 'period-column', 'cut'] as const),
    source_line: c.sourceLine,
  },
});

export const knownGapsTable = defineTable({
  file: 'known_gaps.csv',
  key: 'id',
  columns: {
    id: c.id,
    identity: c.text,
    printed: c.decimal,
    computed: c.decimal,
    difference: c.decimal,
    lines: c.text,
    note: c.text,
  },
});

export type Unit = RowOf<typeof unitsTable.columns>;
export type FunctionRow = RowOf<typeof functionsTable.columns>;
export type Revenue = RowOf<typeof revenueTable.columns>;
export type BasicByEconomic = RowOf<typeof basicByEconomicTable.columns>;
export type Project = RowOf<typeof projectsTable.columns>;
export type Indicator = RowOf<typeof indicatorsTable.columns>;
export type KnownGap = RowOf<typeof knownGapsTable.columns>;

export const reportTotalsTable = defineTable({
  file: 'report_totals.csv',
  key: 'id',
  columns: {
    id: c.id,
    description: c.text,
    amount: c.wan,
    source_line: c.sourceLine,
  },
});
export type ReportTotal = RowOf<typeof reportTotalsTable.columns>;

export const threePublicTable = defineTable({
  file: 'three_public.csv',
  key: 'id',
  columns: {
    id: c.id,
    name: c.text,
    amount: c.wan,
    general_budget: optional(c.wan),
    change_from_2023: c.decimal,
    source_line: c.sourceLine,
    parent_id: optional(c.id),
  },
});

export const procurementTable = defineTable({
  file: 'procurement.csv',
  key: 'id',
  columns: { id: c.id, name: c.text, amount: c.wan, source_line: c.sourceLine },
});

export const assetsTable = defineTable({
  file: 'assets.csv',
  key: 'id',
  columns: { id: c.id, name: c.text, value: c.decimal, unit: c.text, note: c.text, source_line: c.sourceLine },
});

export const changesTable = defineTable({
  file: 'changes.csv',
  key: 'id',
  columns: {
    id: c.id,
    description: c.text,
    value: c.decimal,
    unit: c.text,
    direction: c.oneOf(['increase', 'decrease', 'share', 'count'] as const),
    source_line: c.sourceLine,
  },
});

export const departmentTable = defineTable({
  file: 'department.csv',
  key: 'key',
  columns: { key: c.id, label: c.text, value: c.text, unit: optional(c.text), source_line: c.sourceLine },
});

export const departmentIndicatorsTable = defineTable({
  file: 'department_indicators.csv',
  key: 'seq',
  columns: {
    seq: c.integer,
    level1: c.oneOf(INDICATOR_LEVELS),
    level2: c.text,
    name: c.text,
    value: c.text,
    source_line: c.sourceLine,
  },
});

export const glossaryTable = defineTable({
  file: 'glossary.csv',
  key: 'id',
  columns: { id: c.id, term: c.text, definition: c.text, source_line: c.sourceLine },
});

export type ThreePublic = RowOf<typeof threePublicTable.columns>;
export type Procurement = RowOf<typeof procurementTable.columns>;
export type Asset = RowOf<typeof assetsTable.columns>;
export type Change = RowOf<typeof changesTable.columns>;
export type DepartmentFact = RowOf<typeof departmentTable.columns>;
export type DepartmentIndicator = RowOf<typeof departmentIndicatorsTable.columns>;
export type GlossaryEntry = RowOf<typeof glossaryTable.columns>;

export const discrepanciesTable = defineTable({
  file: 'discrepancies.csv',
  key: 'id',
  columns: {
    id: c.id,
    description: c.text,
    figure_a: c.text,
    source_a_line: c.sourceLine,
    figure_b: c.text,
    source_b_line: c.sourceLine,
    site_uses: c.text,
    reason: c.text,
    explanation_zh: c.text,
    /** The project whose performance sheet holds the slip, when there is one: its page flags it. */
    project_id: optional(c.id),
  },
});
export type Discrepancy = RowOf<typeof discrepanciesTable.columns>;

/** The function links under the stricter name rules (only 其他……支出 codes fit every name); written by pipeline/assign-functions.ts. */
export const functionAssignmentStrictTable = defineTable({
  file: 'function_assignment_strict.csv',
  key: 'project_id',
  columns: {
    project_id: c.id,
    function_code: c.functionCode,
    function_basis: c.oneOf(FUNCTION_BASES),
    function_fits_name: c.boolean,
  },
});
export type FunctionAssignmentStrict = RowOf<typeof functionAssignmentStrictTable.columns>;

export const sheetFundDifferencesTable = defineTable({
  file: 'sheet_fund_differences.csv',
  key: 'project_id',
  columns: {
    project_id: c.id,
    table_amount: c.wan,
    sheet_annual_total_yuan: c.yuan,
    sheet_period_total_yuan: c.yuan,
    note: c.text,
    source_line: c.sourceLine,
  },
});
export type SheetFundDifference = RowOf<typeof sheetFundDifferencesTable.columns>;

/** Figures from outside the report (e.g. population), each with its source; never mixed into the report's own tables. */
export const externalFiguresTable = defineTable({
  file: 'external_figures.csv',
  key: 'id',
  columns: {
    id: c.id,
    description: c.text,
    value: c.decimal,
    unit: c.text,
    as_of: c.isoDate,
    source: c.text,
    source_published: c.isoDate,
  },
});
export type ExternalFigure = RowOf<typeof externalFiguresTable.columns>;
