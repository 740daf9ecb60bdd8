import type { Budget } from '../data/load';
import type { FunctionRow, Project, Unit } from '../data/schemas';
import { sumFen, type Fen } from '../money';

export interface ProjectRow {
  project: Project;
  unit: Unit;
  functionRow: FunctionRow;
  /** Share of all projects' budgets, 0–1. */
  share: number;
}

export function unitOf(budget: Budget, project: Project): Unit {
  const unit = budget.units.find((entry) => entry.id === project.unit_id);
  if (!unit) throw new Error(`project ${project.id}: unknown unit ${project.unit_id}`);
  return unit;
}

export function functionOf(budget: Budget, project: Project): FunctionRow {
  const row = budget.functions.find((entry) => entry.code === project.function_code);
  if (!row) throw new Error(`project ${project.id}: unknown function code ${project.function_code}`);
  return row;
}

export function allProjectsTotal(budget: Budget): Fen {
  return sumFen(budget.projects.map((project) => project.amount));
}

/** Every project with its unit, functional class and share, largest first. */
export function projectRows(budget: Budget): ProjectRow[] {
  const total = allProjectsTotal(budget);
  return budget.projects
    .map((project) => ({ project, unit: unitOf(budget, project), functionRow: functionOf(budget, project), share: project.amount / total }))
    .sort((a, b) => b.project.amount - a.project.amount || a.project.name.localeCompare(b.project.name, 'zh-CN'));
}

/** Distinct values in first-seen order, for the filter menus. */
export function distinctValues<T>(values: T[]): T[] {
  return [...new Set(values)];
}
