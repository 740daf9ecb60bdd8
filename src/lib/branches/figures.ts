/**
 * Resolvers behind the MDX figure components (<Amount>, <Share>, <Rank>, <Count>, <Indicator>,
 * <SheetNumber>). Each returns the text a reader sees and a machine-readable value, and throws
 * on an unknown id or a failed match, so a narrative can never show a number the data lacks.
 */
import { budgetIndex } from '../data/budgetIndex';
import { indicatorName } from '../projects/indicatorName';
import type { Budget } from '../data/load';
import type { Project } from '../data/schemas';
import { formatAmountProse, formatInteger, formatShare, formatWan, formatWanNumber, formatYuanProseEnglish } from '../format';
import { FEN_PER_WAN, FEN_PER_YUAN, fenToWanString, sumFen, type Fen } from '../money';
import { findIndicator, formatTarget, formatTargetNumber, formatTargetWords } from '../projects/indicators';
import { branchOverview, findBranch, type BranchSummary } from './summary';
import { placeAmong, placeText } from '../ranks';
import type { Lang } from '../../i18n/lang';
import { targetEn } from './english';
import { placeInWordsEnglish } from '../ranks';
import { at, defined } from '../checked';

export interface Figure {
  text: string;
  /** For the `value` attribute of <data>: 万元 with two decimals, a ratio, a rank or a count. */
  value: string;
  /** Set when the text is in another language than the page (an English page quoting the Chinese). */
  lang?: string;
}

/** A unit's projects; an unknown unit throws. */
function findUnitProjects(budget: Budget, unitId: string): Project[] {
  const index = budgetIndex(budget);
  index.unit(unitId);
  return index.projectsOfUnit(unitId);
}

function themeProjects(projects: Project[], unitId: string, theme: string): Project[] {
  const matching = projects.filter((project) => project.theme === theme);
  if (matching.length === 0) throw new Error(`unit "${unitId}" has no project in theme "${theme}"`);
  return matching;
}

export type AmountFormat = 'wan' | 'prose' | 'number';
export type ProjectAmountField = 'amount' | 'general_budget' | 'unit_funds' | 'carryover' | 'period_total' | 'annual_total';

export interface AmountQuery {
  project?: string;
  unit?: string;
  theme?: string;
  /** For a project: which amount; for a unit: 'running_cost' instead of the project budget. */
  field?: ProjectAmountField | 'running_cost';
  /** Totals: all county branches, or all projects of the department. */
  scope?: 'branches' | 'all-projects';
  format?: AmountFormat;
}

/** English prose shows ¥ million for both 'wan' and 'prose'; 'number' stays the table's 万元 figure. */
function amountText(fen: Fen, format: AmountFormat = 'wan', lang: Lang = 'zh'): Figure {
  if (lang === 'en') return { text: format === 'number' ? formatWanNumber(fen) : formatYuanProseEnglish(fen), value: fenToWanString(fen) };
  const text = format === 'prose' ? formatAmountProse(fen) : format === 'number' ? formatWanNumber(fen) : formatWan(fen);
  return { text, value: fenToWanString(fen) };
}

function projectAmount(project: Project, field: ProjectAmountField): Fen {
  if (field === 'period_total' || field === 'annual_total') {
    const value = field === 'period_total' ? project.period_total_yuan : project.annual_total_yuan;
    if (value === null) throw new Error(`project "${project.id}" has no ${field} on its performance sheet`);
    return value;
  }
  return project[field];
}

export function amountFigure(budget: Budget, query: AmountQuery, lang: Lang = 'zh'): Figure {
  const chosen = [query.project, query.unit, query.scope].filter((value) => value !== undefined);
  if (chosen.length !== 1) throw new Error('<Amount> needs exactly one of project, unit or scope');
  if (query.project !== undefined) {
    if (query.field === 'running_cost' || query.theme) throw new Error('<Amount project> takes no running_cost or theme');
    return amountText(projectAmount(budgetIndex(budget).project(query.project), query.field ?? 'amount'), query.format, lang);
  }
  if (query.unit !== undefined) {
    const projects = findUnitProjects(budget, query.unit);
    if (query.field === 'running_cost') {
      if (query.theme) throw new Error('<Amount unit field="running_cost"> takes no theme');
      const runningCost = budgetIndex(budget).unit(query.unit).running_cost;
      if (runningCost === null) throw new Error(`unit "${query.unit}" has no running cost in units.csv`);
      return amountText(runningCost, query.format, lang);
    }
    if (query.field) throw new Error(`<Amount unit> takes field="running_cost" only, not "${query.field}"`);
    const selected = query.theme ? themeProjects(projects, query.unit, query.theme) : projects;
    if (selected.length === 0) throw new Error(`unit "${query.unit}" has no projects`);
    return amountText(sumFen(selected.map((project) => project.amount)), query.format, lang);
  }
  if (query.theme) throw new Error('<Amount scope> takes no theme');
  if (query.scope === 'branches') {
    const overview = branchOverview(budget);
    return amountText(query.field === 'running_cost' ? overview.runningCostTotal : overview.total, query.format, lang);
  }
  if (query.field) throw new Error('<Amount scope="all-projects"> takes no field');
  return amountText(sumFen(budget.projects.map((project) => project.amount)), query.format, lang);
}

export interface ShareQuery {
  project?: string;
  unit?: string;
  theme?: string;
  field?: 'running_cost';
  /** Whole to divide by. Project: its 'unit' (default) or 'all-projects'. Unit: 'branches' (default). */
  of?: 'unit' | 'branches' | 'all-projects';
}

function share(part: Fen, whole: Fen): Figure {
  return { text: formatShare(part, whole), value: (part / whole).toFixed(6) };
}

export function shareFigure(budget: Budget, query: ShareQuery): Figure {
  if ((query.project === undefined) === (query.unit === undefined)) throw new Error('<Share> needs exactly one of project or unit');
  const allProjects = sumFen(budget.projects.map((project) => project.amount));
  if (query.project !== undefined) {
    const project = budgetIndex(budget).project(query.project);
    if (query.of === 'all-projects') return share(project.amount, allProjects);
    if (query.of === 'branches') {
      const overview = branchOverview(budget);
      if (!overview.branches.some((branch) => branch.id === project.unit_id))
        throw new Error(`project "${project.id}" is not a branch project`);
      return share(project.amount, overview.total);
    }
    const unitTotal = sumFen(findUnitProjects(budget, project.unit_id).map((entry) => entry.amount));
    return share(project.amount, unitTotal);
  }
  const unitId = defined(query.unit, 'the unit of a <Share> without a project');
  const projects = findUnitProjects(budget, unitId);
  const unitTotal = sumFen(projects.map((project) => project.amount));
  if (query.theme) {
    if (query.of && query.of !== 'unit') throw new Error('<Share unit theme> is a share of the unit only');
    return share(sumFen(themeProjects(projects, unitId, query.theme).map((project) => project.amount)), unitTotal);
  }
  const overview = branchOverview(budget);
  const branch = findBranch(overview, unitId);
  if (query.field === 'running_cost') {
    if (branch.runningCost === null) throw new Error(`branch "${unitId}" has no running cost`);
    return share(branch.runningCost, overview.runningCostTotal);
  }
  if (query.of === 'all-projects') return share(unitTotal, allProjects);
  return share(branch.total, overview.total);
}

export interface RankQuery {
  unit?: string;
  project?: string;
  /** Unit ranks among the branches by: */
  by?: 'project_total' | 'running_cost' | 'project_count';
  /** Project ranks among: its own unit's projects (default) or all branch projects. */
  among?: 'unit' | 'branches';
  /** 1 = largest (default) or 1 = smallest. */
  from?: 'largest' | 'smallest';
}

/** The text is the whole place, “第2位” or “并列第2位”; the prose around it must not add 第…位. */
function rankOf(values: number[], index: number, ascending: boolean, lang: Lang): Figure {
  const place = placeAmong(values, at(values, index, 'rank figure: the amount being ranked'), ascending);
  return { text: lang === 'en' ? placeInWordsEnglish(place) : placeText(place), value: String(place.rank) };
}

export function rankFigure(budget: Budget, query: RankQuery, lang: Lang = 'zh'): Figure {
  const ascending = query.from === 'smallest';
  const overview = branchOverview(budget);
  if ((query.project === undefined) === (query.unit === undefined)) throw new Error('<Rank> needs exactly one of project or unit');
  if (query.project === undefined) {
    const index = overview.branches.findIndex((branch) => branch.id === query.unit);
    if (index < 0) throw new Error(`unknown branch "${query.unit}"`);
    const by = query.by ?? 'project_total';
    const value = (branch: BranchSummary): number => {
      if (by === 'project_count') return branch.projects.length;
      if (by === 'running_cost') {
        if (branch.runningCost === null) throw new Error(`branch "${branch.id}" has no running cost`);
        return branch.runningCost;
      }
      return branch.total;
    };
    return rankOf(overview.branches.map(value), index, ascending, lang);
  }
  const project = budgetIndex(budget).project(query.project);
  const pool =
    query.among === 'branches' ? overview.branches.flatMap((branch) => branch.projects) : findUnitProjects(budget, project.unit_id);
  const index = pool.findIndex((entry) => entry.id === project.id);
  if (index < 0) throw new Error(`project "${project.id}" is not among the branch projects`);
  return rankOf(
    pool.map((entry) => entry.amount),
    index,
    ascending,
    lang,
  );
}

export interface CountQuery {
  /** 'branches': number of county branches; 'projects': all projects; 'branch-projects': all branch projects. */
  scope?: 'branches' | 'projects' | 'branch-projects';
  /** Number of projects of this unit (optionally in one theme). */
  unit?: string;
  theme?: string;
  /** Number of distinct indicators of this project. */
  project?: string;
}

function count(value: number): Figure {
  return { text: formatInteger(value), value: String(value) };
}

export function countFigure(budget: Budget, query: CountQuery): Figure {
  const chosen = [query.scope, query.unit, query.project].filter((value) => value !== undefined);
  if (chosen.length !== 1) throw new Error('<Count> needs exactly one of scope, unit or project');
  if (query.unit !== undefined) {
    const projects = findUnitProjects(budget, query.unit);
    return count(query.theme ? themeProjects(projects, query.unit, query.theme).length : projects.length);
  }
  if (query.project !== undefined) {
    budgetIndex(budget).project(query.project);
    const own = budget.indicators.filter((indicator) => indicator.project_id === query.project);
    const distinct = new Set(own.map((indicator) => `${indicator.level1}|${indicator.level2}|${indicator.name}|${indicator.value}`));
    return count(distinct.size);
  }
  if (query.theme) throw new Error('<Count scope> takes no theme');
  const overview = branchOverview(budget);
  if (query.scope === 'branches') return count(overview.branches.length);
  if (query.scope === 'branch-projects') return count(overview.branches.reduce((sum, branch) => sum + branch.projects.length, 0));
  return count(budget.projects.length);
}

export interface IndicatorQuery {
  project: string;
  match: string;
  level?: string;
  /** 'target' (default): “≥ 5 处”; 'name': the indicator's name; 'both': “name：target”. */
  show?: 'target' | 'name' | 'both';
  /** 'words' (default, for running prose): “不少于5处”; 'symbols': “≥ 5 处”. */
  form?: 'symbols' | 'words';
}

export function indicatorFigure(budget: Budget, query: IndicatorQuery, lang: Lang = 'zh'): Figure {
  budgetIndex(budget).project(query.project);
  const indicator = findIndicator(query.project, budget.indicators, query.match, query.level);
  if (lang === 'en') {
    // English prose shows the target only; the indicator's name is 21d's translation, not used here.
    if (query.show && query.show !== 'target') throw new Error('<Indicator> on an English page shows the target only');
    const target = targetEn(indicator);
    return { text: target.text, value: indicator.value, ...(target.chinese ? { lang: 'zh-CN' } : {}) };
  }
  const target = query.form === 'symbols' ? formatTarget(indicator) : formatTargetWords(indicator);
  const text = query.show === 'name' ? indicatorName(indicator) : query.show === 'both' ? `${indicatorName(indicator)}：${target}` : target;
  return { text, value: indicator.value };
}

export const SHEET_TEXT_FIELDS = ['overview', 'legal_basis', 'necessity', 'measures', 'plan', 'goal_period', 'goal_annual'] as const;
export type SheetTextField = (typeof SHEET_TEXT_FIELDS)[number];

export interface SheetNumberQuery {
  project: string;
  field: SheetTextField;
  /**
   * A regular expression with one capture group around the number, matching the sheet text
   * exactly once, e.g. "清淤量约(\\d+)m3".
   */
  pattern: string;
  /** Written after the number, e.g. "万元". */
  unit?: string;
  /** Print the digits as captured, without thousands separators (for years such as 1989). */
  plain?: boolean;
}

/** Extracts one number from a sheet's free text (项目概况 etc.), for figures that have no column. */
export function sheetNumberValue(budget: Budget, query: Omit<SheetNumberQuery, 'unit'>): number {
  const project = budgetIndex(budget).project(query.project);
  if (!(SHEET_TEXT_FIELDS as readonly string[]).includes(query.field)) throw new Error(`"${query.field}" is not a sheet text field`);
  const text = project[query.field];
  if (!text) throw new Error(`project "${project.id}" has no ${query.field}`);
  const pattern = new RegExp(query.pattern, 'g');
  const matches = [...text.matchAll(pattern)];
  if (matches.length !== 1) {
    throw new Error(`project "${project.id}" ${query.field}: /${query.pattern}/ matches ${matches.length} times, expected exactly once`);
  }
  const captured = matches[0]?.[1];
  if (captured === undefined || !/^\d+(\.\d+)?$/.test(captured.replace(/,/g, ''))) {
    throw new Error(`project "${project.id}" ${query.field}: /${query.pattern}/ must capture a number, got "${captured}"`);
  }
  return Number(captured.replace(/,/g, ''));
}

export function sheetNumberFigure(budget: Budget, query: SheetNumberQuery, lang: Lang = 'zh'): Figure {
  const value = sheetNumberValue(budget, query);
  if (lang === 'en' && (query.unit === '万元' || query.unit === '元')) {
    return { text: formatYuanProseEnglish(Math.round(value * (query.unit === '万元' ? FEN_PER_WAN : FEN_PER_YUAN))), value: String(value) };
  }
  // English prose names what is counted itself; a Chinese unit would leak into the English text.
  if (lang === 'en' && query.unit !== undefined && /[\u3400-\u9fff]/.test(query.unit))
    throw new Error(`<SheetNumber unit="${query.unit}"> on an English page: leave the unit to the prose`);
  const number = query.plain ? String(value) : formatTargetNumber(value);
  return { text: query.unit ? `${number}${query.unit}` : number, value: String(value) };
}
