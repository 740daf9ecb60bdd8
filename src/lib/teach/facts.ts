import type { Budget } from '../data/load';
import type { FunctionRow, Project, Unit } from '../data/schemas';
import type { Fen } from '../money';

/**
 * Small look-ups shared by the glossary, the explainer and the lesson. Each throws on a missing
 * id, so a renamed row fails the build instead of printing a wrong figure.
 */
export function reportTotal(budget: Budget, id: string): Fen {
  const row = budget.reportTotals.find((entry) => entry.id === id);
  if (!row) throw new Error(`report_totals.csv has no "${id}"`);
  return row.amount;
}

export function revenueAmount(budget: Budget, id: string): Fen {
  const row = budget.revenue.find((entry) => entry.id === id);
  if (!row) throw new Error(`revenue.csv has no "${id}"`);
  return row.amount ?? 0;
}

export function departmentFact(budget: Budget, key: string): string {
  const row = budget.department.find((entry) => entry.key === key);
  if (!row) throw new Error(`department.csv has no "${key}"`);
  return row.value;
}

/** Staff in post (实际在职人员总数), from the department sheet. */
export function staffCount(budget: Budget): number {
  const value = departmentFact(budget, 'actual-staff');
  if (!/^\d+$/.test(value)) throw new Error(`department.csv actual-staff is not a whole number: "${value}"`);
  return Number(value);
}

export function functionRow(budget: Budget, code: string): FunctionRow {
  const row = budget.functions.find((entry) => entry.code === code);
  if (!row) throw new Error(`functions.csv has no code ${code}`);
  return row;
}

export function findProject(budget: Budget, id: string): Project {
  const project = budget.projects.find((entry) => entry.id === id);
  if (!project) throw new Error(`projects.csv has no "${id}"`);
  return project;
}

export function findUnit(budget: Budget, id: string): Unit {
  const unit = budget.units.find((entry) => entry.id === id);
  if (!unit) throw new Error(`units.csv has no "${id}"`);
  return unit;
}

/** The six county branches, in the report's order. */
export function branchUnits(budget: Budget): Unit[] {
  return budget.units.filter((unit) => unit.kind === 'branch');
}

/** Projects paid (partly) from money carried over from earlier years, largest first. */
export function carryoverProjects(budget: Budget): Project[] {
  return budget.projects.filter((project) => project.carryover > 0).sort((a, b) => b.carryover - a.carryover);
}

/** The top level (类) of the functional classification. */
export function functionClasses(budget: Budget): FunctionRow[] {
  return budget.functions.filter((row) => row.level === '类');
}

/** 表六's categories (工资福利支出, 商品和服务支出…) of basic spending. */
export function economicCategories(budget: Budget) {
  return budget.basicByEconomic.filter((row) => row.level === 'category');
}

/** The three-public expenses' top-level rows (sub-rows have a parent_id). */
export function threePublicTopLevel(budget: Budget) {
  return budget.threePublic.filter((row) => row.parent_id === null);
}
