import type { Budget } from '../data/load';
import { budgetIndex } from '../data/budgetIndex';
import type { FunctionRow, Project, Unit } from '../data/schemas';
import { sumFen, type Fen } from '../money';

export interface ProjectRow {
  project: Project;
  unit: Unit;
  functionRow: FunctionRow;
  /** Share of all projects' budgets, 0–1. */
  share: number;
}

export function allProjectsTotal(budget: Budget): Fen {
  return sumFen(budget.projects.map((project) => project.amount));
}

/** Every project with its unit, functional class and share, largest first. */
export function projectRows(budget: Budget): ProjectRow[] {
  const total = allProjectsTotal(budget);
  const index = budgetIndex(budget);
  return budget.projects
    .map((project) => ({
      project,
      unit: index.unit(project.unit_id),
      functionRow: index.functionRow(project.function_code),
      share: project.amount / total,
    }))
    .sort((a, b) => b.project.amount - a.project.amount || a.project.name.localeCompare(b.project.name, 'zh-CN'));
}

/** Distinct values in first-seen order, for the filter menus. */
export function distinctValues<T>(values: T[]): T[] {
  return [...new Set(values)];
}
