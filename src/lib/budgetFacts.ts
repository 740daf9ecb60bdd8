import type { Budget } from './data/load';
import type { FunctionRow, Project } from './data/schemas';
import type { Fen } from './money';

/**
 * Small facts shared by the glossary, the explainer, the lesson and the pages, each read from one table.
 * Look-ups by id or code (totals, projects, units, codes) are in src/lib/data/budgetIndex.ts.
 */

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
