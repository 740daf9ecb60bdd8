import { budgetIndex } from '../data/budgetIndex';
import type { Budget } from '../data/load';
import { FEATURED_PROJECTS, ROOT_CLASS } from '../budgetConfig';
import { hardToCheck } from '../indicatorTargets';
import { sumFen } from '../money';
import { basicProjectStep, branchesStep, carryoverStep, limitsStep, performanceStep, sourcesStep, twoWaysStep } from './steps';

/**
 * Every figure the explainer (/learn/) shows, from the steps in ./steps plus the comparisons the
 * page's prose draws between them, so the page only writes words around numbers.
 */
export function learnPageFigures(budget: Budget) {
  const index = budgetIndex(budget);

  const sources = sourcesStep(budget);
  const carryoverSource = sources.sources.find((source) => source.id === 'carryover');
  // 表一's 本年收入合计 is the total without the carry-over: the page says so only when it holds.
  const currentYearAddsUp = carryoverSource !== undefined && sources.total - carryoverSource.amount === sources.currentYear;

  const spending = basicProjectStep(budget);
  const runningTotal = sumFen(spending.runningProjects.map((project) => project.amount));

  const twoWays = twoWaysStep(budget);
  const energyClass = index.functionRow(ROOT_CLASS);
  const otherClasses = twoWays.byFunction.filter((row) => row.id !== ROOT_CLASS);
  const otherBasic = sumFen(otherClasses.map((row) => row.amount));
  const otherClassCodes = new Set(otherClasses.map((row) => row.id));
  const otherItems = budget.functions.filter(
    (row) => row.level === '项' && otherClassCodes.has(row.code.slice(0, 3)) && (row.basic ?? 0) > 0,
  );
  /** The classifications' sums that differ from the basic total (the report's rounding). */
  const basicGaps = [twoWays.economicSum, twoWays.functionSum].filter((sum) => sum !== twoWays.basic);
  const largestItem = [...budget.functions].filter((row) => row.level === '项').sort((a, b) => b.total - a.total)[0];
  if (!largestItem?.parent_code) throw new Error('functions.csv has no 项 with a parent');
  const largestSection = index.functionRow(largestItem.parent_code);

  const carryover = carryoverStep(budget);
  const withoutSheet = carryover.projects.filter((entry) => !entry.hasSheet);
  const withoutSheetCarryover = sumFen(withoutSheet.map((entry) => entry.project.carryover));

  const performance = performanceStep(budget, FEATURED_PROJECTS.critique);
  const vague = hardToCheck(performance.exampleIndicators);
  const measurable = performance.exampleIndicators.find((indicator) => indicator.level1 === '产出指标' && indicator.target_number !== null);

  const branches = branchesStep(budget);
  const topBranch = branches.branches[0];
  const bottomBranch = branches.branches[branches.branches.length - 1];
  if (!topBranch || !bottomBranch) throw new Error('units.csv has no branches');

  const limits = limitsStep(budget);
  const inferred = limits.basisCounts.reduce((sum, entry) => sum + entry.count, 0);
  const editorial = limits.basisCounts.find((entry) => entry.basis === 'editorial');

  return {
    sources,
    carryoverSource,
    currentYearAddsUp,
    spending,
    runningTotal,
    twoWays,
    energyClass,
    otherClasses,
    otherBasic,
    otherItems,
    basicGaps,
    largestItem,
    largestSection,
    carryover,
    withoutSheet,
    withoutSheetCarryover,
    performance,
    vague,
    measurable,
    branches,
    topBranch,
    bottomBranch,
    limits,
    inferred,
    editorial,
  };
}
