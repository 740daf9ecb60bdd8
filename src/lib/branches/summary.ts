import type { Budget } from '../data/load';
import { budgetIndex } from '../data/budgetIndex';
import type { Project, Unit } from '../data/schemas';
import { sumFen, type Fen } from '../money';
import { themeStyles, type ThemeStyle } from './themes';
import { placeAmong, placeText } from '../ranks';

export { rankValues } from '../ranks';

export interface ThemeTotal {
  theme: string;
  amount: Fen;
  projectCount: number;
}

export interface BranchSummary {
  id: string;
  unit: Unit;
  /** 城区分局 */
  shortName: string;
  /** 泽州县: the county-level area the branch serves. */
  county: string;
  /** Project budget: the sum of its projects (checked against units.csv). */
  total: Fen;
  /** Share of all six branches' project budgets, 0–1. */
  share: number;
  /** 1 = largest project budget among the branches. */
  rank: number;
  /** “第3位”, or “并列第3位” when another branch has the same total. */
  rankText: string;
  /** Largest first. */
  projects: Project[];
  /** 机关运行经费 (表十一); null when the report gives none. */
  runningCost: Fen | null;
  /** Largest first. */
  themes: ThemeTotal[];
}

export interface BranchOverview {
  branches: BranchSummary[];
  /** All branches' project budgets together. */
  total: Fen;
  runningCostTotal: Fen;
  /** One colour per theme used by any branch project. */
  themeStyles: Map<string, ThemeStyle>;
}

export function themeTotals(projects: Project[]): ThemeTotal[] {
  const byTheme = new Map<string, ThemeTotal>();
  for (const project of projects) {
    const entry = byTheme.get(project.theme) ?? { theme: project.theme, amount: 0, projectCount: 0 };
    entry.amount += project.amount;
    entry.projectCount += 1;
    byTheme.set(project.theme, entry);
  }
  return [...byTheme.values()].sort((a, b) => b.amount - a.amount || a.theme.localeCompare(b.theme, 'zh-CN'));
}

export function byAmountDescending(a: Project, b: Project): number {
  return b.amount - a.amount || a.name.localeCompare(b.name, 'zh-CN');
}

/** The county branches in units.csv order, each with its totals, share, rank and themes. */
export function branchOverview(budget: Budget): BranchOverview {
  const index = budgetIndex(budget);
  const units = index.branches();
  if (units.length === 0) throw new Error('units.csv has no branches');
  const drafts = units.map((unit) => {
    if (!unit.county) throw new Error(`branch ${unit.id} has no county in units.csv`);
    const projects = index.projectsOfUnit(unit.id).sort(byAmountDescending);
    if (projects.length === 0) throw new Error(`branch ${unit.id} has no projects`);
    const total = sumFen(projects.map((project) => project.amount));
    if (total !== unit.project_total) {
      throw new Error(`branch ${unit.id}: its projects add up to ${total} fen, units.csv says ${unit.project_total}`);
    }
    return { unit, projects, total, county: unit.county };
  });
  const total = sumFen(drafts.map((draft) => draft.total));
  const totals = drafts.map((draft) => draft.total);
  const branches = drafts.map((draft) => ({
    id: draft.unit.id,
    unit: draft.unit,
    shortName: draft.unit.short_name,
    county: draft.county,
    total: draft.total,
    share: draft.total / total,
    rank: placeAmong(totals, draft.total).rank,
    rankText: placeText(placeAmong(totals, draft.total)),
    projects: draft.projects,
    runningCost: draft.unit.running_cost,
    themes: themeTotals(draft.projects),
  }));
  return {
    branches,
    total,
    runningCostTotal: sumFen(branches.map((branch) => branch.runningCost ?? 0)),
    themeStyles: themeStyles(branches.flatMap((branch) => branch.themes)),
  };
}

export function findBranch(overview: BranchOverview, id: string): BranchSummary {
  const branch = overview.branches.find((entry) => entry.id === id);
  if (!branch) throw new Error(`unknown branch "${id}"; known: ${overview.branches.map((entry) => entry.id).join(', ')}`);
  return branch;
}
