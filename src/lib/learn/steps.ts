import { budgetIndex } from '../data/budgetIndex';
import type { Budget } from '../data/load';
import type { Indicator, Project } from '../data/schemas';
import { INDICATOR_LEVELS } from '../data/schemas';
import { basisCounts, BASIS_LABELS, type FunctionBasis } from '../functionBasis';
import { sumFen, type Fen } from '../money';
import { numericTargetCounts, type NumericTargetCounts } from '../indicatorTargets';
import { carryoverProjects, economicCategories, functionClasses } from '../budgetFacts';
import { FUNCTION_BASES } from '../data/schemas';

/**
 * The figures behind each step of the explainer (/learn/). Pure: the page writes the prose and
 * draws the charts from these.
 */
export interface NamedAmount {
  id: string;
  name: string;
  amount: Fen;
}

export interface SourcesStep {
  total: Fen;
  /** 本年收入合计 (表一): everything but the carry-over. */
  currentYear: Fen;
  /** Sources with money, largest first. */
  sources: NamedAmount[];
  /** Sources the report lists with 0.00. */
  emptySources: { id: string; name: string }[];
}

export function sourcesStep(budget: Budget): SourcesStep {
  const withAmount = budget.revenue.map((row) => ({ id: row.id, name: row.name, amount: row.amount ?? 0 }));
  return {
    total: budgetIndex(budget).total('grand-total'),
    currentYear: budgetIndex(budget).total('income-current-year'),
    sources: withAmount.filter((row) => row.amount > 0).sort((a, b) => b.amount - a.amount),
    emptySources: withAmount.filter((row) => row.amount === 0).map(({ id, name }) => ({ id, name })),
  };
}

export interface BasicProjectStep {
  total: Fen;
  basic: Fen;
  project: Fen;
  personnel: Fen;
  publicCosts: Fen;
  projectCount: number;
  /** The largest current-year project and the smallest, to show the range. */
  largestProject: Project;
  smallestProject: Project;
  /** Projects whose name says they pay for running an office (“运行经费”, “运行费”). */
  runningProjects: Project[];
  carryover: Fen;
}

/** Names like 环保事业运行经费, 监测事业运行经费, 环境监察执法运行经费 (not a system’s 运行费). */
const RUNNING_NAME = /(事业|环保|执法)运行经?费/;

export function basicProjectStep(budget: Budget): BasicProjectStep {
  const byAmount = [...budget.projects].sort((a, b) => b.amount - a.amount);
  const largest = byAmount[0];
  const smallest = byAmount[byAmount.length - 1];
  if (!largest || !smallest) throw new Error('projects.csv has no projects');
  return {
    total: budgetIndex(budget).total('grand-total'),
    basic: budgetIndex(budget).total('basic-total'),
    project: budgetIndex(budget).total('project-total'),
    personnel: budgetIndex(budget).total('personnel-total'),
    publicCosts: budgetIndex(budget).total('public-total'),
    projectCount: budget.projects.length,
    largestProject: largest,
    smallestProject: smallest,
    runningProjects: budget.projects.filter((project) => RUNNING_NAME.test(project.name)),
    carryover: budgetIndex(budget).total('carryover-total'),
  };
}

export interface TwoWaysStep {
  basic: Fen;
  /** Basic spending by economic category (表六), largest first. */
  byEconomic: NamedAmount[];
  /** Basic spending by functional class (表三), largest first. */
  byFunction: NamedAmount[];
  economicSum: Fen;
  functionSum: Fen;
}

export function twoWaysStep(budget: Budget): TwoWaysStep {
  const byEconomic = economicCategories(budget)
    .map((row) => ({ id: `econ-${row.seq}`, name: row.category, amount: row.total }))
    .sort((a, b) => b.amount - a.amount);
  const byFunction = functionClasses(budget)
    .filter((row) => (row.basic ?? 0) > 0)
    .map((row) => ({ id: row.code, name: row.name, amount: row.basic ?? 0 }))
    .sort((a, b) => b.amount - a.amount);
  return {
    basic: budgetIndex(budget).total('basic-total'),
    byEconomic,
    byFunction,
    economicSum: sumFen(byEconomic.map((row) => row.amount)),
    functionSum: sumFen(byFunction.map((row) => row.amount)),
  };
}

export interface CarryoverStep {
  carryover: Fen;
  total: Fen;
  energy: Fen;
  projects: { project: Project; functionName: string; hasSheet: boolean }[];
}

export function carryoverStep(budget: Budget): CarryoverStep {
  return {
    carryover: budgetIndex(budget).total('carryover-total'),
    total: budgetIndex(budget).total('grand-total'),
    energy: budgetIndex(budget).total('energy-environment-total'),
    projects: carryoverProjects(budget).map((project) => ({
      project,
      functionName: budgetIndex(budget).functionRow(project.function_code).name,
      hasSheet: project.sheet_line !== null,
    })),
  };
}

export interface PerformanceStep {
  sheetCount: number;
  indicatorCount: number;
  /** Indicators per first-level heading, in the sheet's order. */
  byLevel: { level: string; count: number }[];
  /** Indicators per second-level heading, most first. */
  bySubLevel: { level: string; subLevel: string; count: number }[];
  example: Project;
  exampleIndicators: Indicator[];
  /** Indicators without a checkable numeric target, and how many of those have no digit or are timing indicators. */
  numericTargets: NumericTargetCounts;
}

export function performanceStep(budget: Budget, exampleId: string): PerformanceStep {
  const example = budgetIndex(budget).project(exampleId);
  const counts = new Map<string, { level: string; subLevel: string; count: number }>();
  for (const indicator of budget.indicators) {
    const key = `${indicator.level1}|${indicator.level2}`;
    const entry = counts.get(key) ?? { level: indicator.level1, subLevel: indicator.level2, count: 0 };
    entry.count++;
    counts.set(key, entry);
  }
  return {
    sheetCount: budget.projects.filter((project) => project.sheet_line !== null).length,
    indicatorCount: budget.indicators.length,
    byLevel: INDICATOR_LEVELS.map((level) => ({
      level,
      count: budget.indicators.filter((indicator) => indicator.level1 === level).length,
    })),
    bySubLevel: [...counts.values()].sort((a, b) => b.count - a.count),
    example,
    exampleIndicators: budget.indicators.filter((indicator) => indicator.project_id === example.id).sort((a, b) => a.seq - b.seq),
    numericTargets: numericTargetCounts(budget.indicators),
  };
}

export interface BranchRow {
  id: string;
  name: string;
  projectTotal: Fen;
  projectCount: number;
  largestProject: Project;
}

export interface BranchesStep {
  branches: BranchRow[];
  branchTotal: Fen;
  projectTotal: Fen;
}

export function branchesStep(budget: Budget): BranchesStep {
  const branches = budgetIndex(budget)
    .branches()
    .map((unit) => {
      const projects = budgetIndex(budget)
        .projectsOfUnit(unit.id)
        .sort((a, b) => b.amount - a.amount);
      const largest = projects[0];
      if (!largest) throw new Error(`branch "${unit.id}" has no projects`);
      return {
        id: unit.id,
        name: unit.short_name,
        projectTotal: unit.project_total,
        projectCount: projects.length,
        largestProject: largest,
      };
    })
    .sort((a, b) => b.projectTotal - a.projectTotal);
  return {
    branches,
    branchTotal: sumFen(branches.map((branch) => branch.projectTotal)),
    projectTotal: budgetIndex(budget).total('project-total'),
  };
}

export interface LimitsStep {
  projectCount: number;
  basisCounts: { basis: FunctionBasis; name: string; description: string; count: number }[];
  discrepancyCount: number;
  knownGapCount: number;
  projectsWithoutSheet: Project[];
}

export function limitsStep(budget: Budget): LimitsStep {
  const counts = basisCounts(budget.projects);
  return {
    projectCount: budget.projects.length,
    basisCounts: FUNCTION_BASES.map((basis) => ({ basis, ...BASIS_LABELS[basis], count: counts[basis] })),
    discrepancyCount: budget.discrepancies.length,
    knownGapCount: budget.knownGaps.length,
    projectsWithoutSheet: budget.projects.filter((project) => project.sheet_line === null),
  };
}
