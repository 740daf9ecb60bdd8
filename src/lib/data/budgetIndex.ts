import type { Fen } from '../money';
import { DataError } from './errors';
import type { Budget } from './load';
import type { FunctionRow, Project, ReportTotal, Unit } from './schemas';

/** The tables the index looks rows up in; features that take part of the budget (flow, treemap) pass only these. */
type IndexedTables = Pick<Budget, 'units' | 'functions' | 'projects' | 'reportTotals'>;

/**
 * Look-ups by id and code over the checked budget: one place that says how a total, a project, a unit
 * or a functional code is found and what the error is when it is not there, so a renamed row fails the
 * build with the file's name instead of printing a wrong figure. Every feature looks rows up through it.
 */
export interface BudgetIndex {
  /** A row of report_totals.csv, e.g. 'grand-total'. */
  totalRow(id: string): ReportTotal;
  /** The amount of a row of report_totals.csv. */
  total(id: string): Fen;
  project(id: string): Project;
  unit(id: string): Unit;
  /** A row of functions.csv by its code (类, 款 or 项). */
  functionRow(code: string): FunctionRow;
  /** The rows whose parent_code is `code`, in the file's order. */
  children(code: string): FunctionRow[];
  /** A unit's projects, in the file's order (none for a unit without projects). */
  projectsOfUnit(unitId: string): Project[];
  /** The county branches (units of kind branch), in the report's order. */
  branches(): Unit[];
}

// Positions by key, per table array. A lookup checks the row it finds still has the key and indexes the
// array again when not: tests edit their small budgets in place, and a stale position must not
// return the wrong row. The build's budget is indexed once.
const positions = new WeakMap<readonly object[], Map<string, number>>();

function lookup<R extends object>(rows: readonly R[], key: (row: R) => string, id: string): R | undefined {
  const known = positions.get(rows)?.get(id);
  const row = known === undefined ? undefined : rows[known];
  if (row !== undefined && key(row) === id) return row;
  const fresh = new Map<string, number>();
  rows.forEach((entry, position) => {
    if (!fresh.has(key(entry))) fresh.set(key(entry), position);
  });
  positions.set(rows, fresh);
  const position = fresh.get(id);
  return position === undefined ? undefined : rows[position];
}

/** The row, or an error naming the file, the key column and the id that is not there. */
function found<R>(row: R | undefined, file: string, column: string, id: string, detail: string): R {
  if (row === undefined) throw new DataError(file, detail, undefined, column, { code: 'BAD_REFERENCE', value: id, hint: `Restore the row with ${column} "${id}", or correct the ${column} the code asks for.` });
  return row;
}

/** The index of a budget. It reads the budget's tables at each call, so it never outlives an edit to them. */
export function budgetIndex(budget: IndexedTables): BudgetIndex {
  return {
    totalRow: (id) => found(lookup(budget.reportTotals, (row) => row.id, id), 'report_totals.csv', 'id', id, `has no "${id}" row`),
    total: (id) => found(lookup(budget.reportTotals, (row) => row.id, id), 'report_totals.csv', 'id', id, `has no "${id}" row`).amount,
    project: (id) => found(lookup(budget.projects, (row) => row.id, id), 'projects.csv', 'id', id, `unknown project "${id}"`),
    unit: (id) => found(lookup(budget.units, (row) => row.id, id), 'units.csv', 'id', id, `unknown unit "${id}"`),
    functionRow: (code) => found(lookup(budget.functions, (row) => row.code, code), 'functions.csv', 'code', code, `has no code ${code}`),
    // Lists are filtered at each call (the tables are small; a new array each time, safe to sort).
    children: (code) => budget.functions.filter((row) => row.parent_code === code),
    projectsOfUnit: (unitId) => budget.projects.filter((project) => project.unit_id === unitId),
    branches: () => budget.units.filter((unit) => unit.kind === 'branch'),
  };
}
