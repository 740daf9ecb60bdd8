import type { Lang } from '../../i18n/lang';
import { budgetIndex } from '../data/budgetIndex';
import { FEATURED_PROJECTS, ROOT_CLASS } from '../budgetConfig';
import type { Budget } from '../data/load';
import { DAYS_IN_2024 } from '../format';
import { sumFen } from '../money';
import { carryoverProjects, economicCategories, functionClasses, revenueAmount, staffCount, threePublicTopLevel } from '../budgetFacts';
import { percentOneDecimal, roundToCentWan } from './numbers';
import { hardToCheck, hasNumericTarget, numericTargetCounts } from '../indicatorTargets';
import { ui } from '../../i18n/ui';
import type { Fen } from '../money';
import type { NumericTargetCounts } from '../indicatorTargets';
import type { Indicator } from '../data/schemas';
import { economicName } from '../learn/english';
import { functionName, projectName, unitShortName } from '../i18n/projectWords';
import { indicatorText } from '../i18n/indicatorText';
import { sourceNameEnglish } from '../i18n/sourceNames';
import { translated } from '../i18n/translations';
import { THREE_PUBLIC_TRANSLATIONS } from '../i18n/specs-teach';

/** What a student needs on paper to answer: the worksheet prints these from the data. */
export const MATERIALS = ['totals', 'sources', 'three-public', 'basic-two-ways', 'carryover', 'branches', 'indicators'] as const;
export type Material = (typeof MATERIALS)[number];

export const SKILLS = ['读数', '计算', '比较', '分析', '评价'] as const;
export type Skill = (typeof SKILLS)[number];

export interface Exercise {
  id: string;
  number: number;
  /** 1 (read a figure) … 5 (critique). */
  level: 1 | 2 | 3 | 4 | 5;
  skill: Skill;
  question: string;
  /** Sub-questions, asked in order. */
  parts: string[];
  materials: Material[];
  /** The answer a teacher reads out. */
  answer: string;
  /** How to get there, step by step. */
  working: string[];
  /** Machine-checkable results (fen, percent with one decimal, ids, counts), asserted by the tests. */
  values: Record<string, number | string | boolean>;
}

type Draft = Omit<Exercise, 'number'>;

/** An exercise's words, from the ui strings (section `exercises`). */
export interface ExerciseText {
  question: string;
  parts: string[];
  answer: string;
  working: string[];
}

/** A name in the page's language with its figure. */
type Named<K extends string> = { name: string } & Record<K, Fen>;
type IndicatorWords = { name: string; value: string };

/** What each exercise hands its words: figures computed once, names already in the page's language. */
export interface ExerciseFigures {
  readTotal: { total: Fen };
  energyShare: { energy: Fen; total: Fen };
  sourcesAddUp: { sources: Named<'amount'>[]; sum: Fen; total: Fen; carryover: Fen };
  perDay: { total: Fen; perDay: Fen };
  threePublicLastYear: { total: Fen; changeFen: Fen; lastYear: Fen; biggest: string; biggestChange: Fen };
  personnelPerStaff: { personnel: Fen; staff: number; perStaff: Fen; transfers: Fen };
  carryoverProjects: { total: Fen; projects: Named<'carryover'>[] };
  branchComparison: {
    largest: Named<'projectTotal'>;
    smallest: Named<'projectTotal'>;
    ratio: number;
    wetlands: Named<'amount'>;
    wetlandsUnit: Named<'projectTotal'>;
  };
  twoClassifications: {
    basic: Fen;
    largestCategory: Named<'total'>;
    energyBasic: Fen;
    others: { name: string; code: string }[];
    byEconomic: Fen;
    byFunction: Fen;
  };
  critiqueIndicators: {
    project: Named<'amount'>;
    indicatorCount: number;
    numeric: IndicatorWords[];
    wordsOnly: IndicatorWords[];
    vagueOutcome: IndicatorWords | undefined;
    all: NumericTargetCounts;
  };
}

/** The exercises' wording functions, one per exercise (src/i18n/ui/zh.ts and en.ts, section `exercises`). */
export type ExerciseWords = { [K in keyof ExerciseFigures]: (figures: ExerciseFigures[K]) => ExerciseText };

const WORDS = (lang: Lang): ExerciseWords => ui(lang).exercises;

function readTotal(budget: Budget, lang: Lang): Draft {
  const total = budgetIndex(budget).total('grand-total');
  return {
    id: 'read-total',
    level: 1,
    skill: '读数',
    ...WORDS(lang).readTotal({ total }),
    materials: ['totals'],
    values: { total },
  };
}

function readEnergyShare(budget: Budget, lang: Lang): Draft {
  const total = budgetIndex(budget).total('grand-total');
  const energy = budgetIndex(budget).total('energy-environment-total');
  return {
    id: 'energy-share',
    level: 1,
    skill: '读数',
    ...WORDS(lang).energyShare({ energy, total }),
    materials: ['totals'],
    values: { energy, sharePercent: percentOneDecimal(energy, total) },
  };
}

function sourcesAddUp(budget: Budget, lang: Lang): Draft {
  const total = budgetIndex(budget).total('grand-total');
  const sources = budget.revenue.filter((row) => (row.amount ?? 0) > 0);
  const sum = sumFen(sources.map((row) => row.amount ?? 0));
  const carryover = revenueAmount(budget, 'carryover');
  return {
    id: 'sources-add-up',
    level: 2,
    skill: '计算',
    ...WORDS(lang).sourcesAddUp({
      sources: sources.map((row) => ({ name: lang === 'en' ? sourceNameEnglish(row.id) : row.name, amount: row.amount ?? 0 })),
      sum,
      total,
      carryover,
    }),
    materials: ['totals', 'sources'],
    values: { sum, equalsTotal: sum === total, carryoverSharePercent: percentOneDecimal(carryover, total) },
  };
}

function perDayExercise(budget: Budget, lang: Lang): Draft {
  const total = budgetIndex(budget).total('grand-total');
  const perDay = roundToCentWan(total / DAYS_IN_2024);
  return {
    id: 'per-day',
    level: 2,
    skill: '计算',
    ...WORDS(lang).perDay({ total, perDay }),
    materials: ['totals'],
    values: { perDay },
  };
}

function threePublicLastYear(budget: Budget, lang: Lang): Draft {
  const total = budgetIndex(budget).total('three-public-total');
  const rows = threePublicTopLevel(budget);
  // change_from_2023 is printed in 万元 with two decimals.
  const changeFen = Math.round(rows.reduce((sum, row) => sum + row.change_from_2023, 0) * 100) * 10_000;
  const lastYear = total - changeFen;
  const biggest = largestChange(rows);
  const biggestChange = Math.round(biggest.change_from_2023 * 100) * 10_000;
  return {
    id: 'three-public-2023',
    level: 2,
    skill: '计算',
    ...WORDS(lang).threePublicLastYear({
      total,
      changeFen,
      lastYear,
      biggest: lang === 'en' ? translated(THREE_PUBLIC_TRANSLATIONS, [biggest.id], 'name') : biggest.name,
      biggestChange,
    }),
    materials: ['three-public'],
    values: { lastYear, change: changeFen, largestChangeId: biggest.id },
  };
}

function largestChange<T extends { change_from_2023: number }>(rows: T[]): T {
  const largest = [...rows].sort((a, b) => Math.abs(b.change_from_2023) - Math.abs(a.change_from_2023))[0];
  if (!largest) throw new Error('three_public.csv has no rows');
  return largest;
}

function personnelPerStaff(budget: Budget, lang: Lang): Draft {
  const personnel = budgetIndex(budget).total('personnel-total');
  const staff = staffCount(budget);
  const perStaff = roundToCentWan(personnel / staff);
  const transfers = economicCategories(budget).find((row) => row.category === '对个人和家庭的补助');
  return {
    id: 'personnel-per-staff',
    level: 3,
    skill: '计算',
    ...WORDS(lang).personnelPerStaff({ personnel, staff, perStaff, transfers: transfers?.personnel ?? 0 }),
    materials: ['totals', 'basic-two-ways'],
    values: { personnel, staff, perStaff },
  };
}

function carryoverComparison(budget: Budget, lang: Lang): Draft {
  const total = revenueAmount(budget, 'carryover');
  const projects = carryoverProjects(budget);
  const largest = projects[0];
  if (!largest) throw new Error('no project has carried-over money');
  return {
    id: 'carryover-projects',
    level: 3,
    skill: '比较',
    ...WORDS(lang).carryoverProjects({
      total,
      projects: projects.map((project) => ({ name: projectName(lang, project), carryover: project.carryover })),
    }),
    materials: ['carryover'],
    values: {
      projectCount: projects.length,
      largestId: largest.id,
      largestSharePercent: percentOneDecimal(largest.carryover, total),
      sum: sumFen(projects.map((project) => project.carryover)),
    },
  };
}

function branchComparison(budget: Budget, lang: Lang): Draft {
  const branches = [...budgetIndex(budget).branches()].sort((a, b) => b.project_total - a.project_total);
  const largest = branches[0];
  const smallest = branches[branches.length - 1];
  if (!largest || !smallest) throw new Error('units.csv has no branches');
  const wetlands = budgetIndex(budget).project(FEATURED_PROJECTS.wetlands);
  const wetlandsUnit = budgetIndex(budget).unit(wetlands.unit_id);
  const ratio = largest.project_total / smallest.project_total;
  const branch = (unit: typeof largest) => ({ name: unitShortName(lang, unit), projectTotal: unit.project_total });
  return {
    id: 'branch-comparison',
    level: 4,
    skill: '比较',
    ...WORDS(lang).branchComparison({
      largest: branch(largest),
      smallest: branch(smallest),
      ratio,
      wetlands: { name: projectName(lang, wetlands), amount: wetlands.amount },
      wetlandsUnit: branch(wetlandsUnit),
    }),
    materials: ['branches'],
    values: {
      largestId: largest.id,
      smallestId: smallest.id,
      ratioOneDecimal: Math.round(ratio * 10) / 10,
      wetlandsSharePercent: percentOneDecimal(wetlands.amount, wetlandsUnit.project_total),
      wetlandsUnitId: wetlandsUnit.id,
    },
  };
}

function twoClassifications(budget: Budget, lang: Lang): Draft {
  const basic = budgetIndex(budget).total('basic-total');
  const categories = [...economicCategories(budget)].sort((a, b) => b.total - a.total);
  const largestCategory = categories[0];
  if (!largestCategory) throw new Error('basic_by_economic.csv has no categories');
  const classes = functionClasses(budget).filter((row) => (row.basic ?? 0) > 0);
  const energyBasic = budgetIndex(budget).functionRow(ROOT_CLASS).basic ?? 0;
  const byFunction = sumFen(classes.map((row) => row.basic ?? 0));
  const byEconomic = sumFen(categories.map((row) => row.total));
  const others = classes.filter((row) => row.code !== ROOT_CLASS);
  return {
    id: 'two-classifications',
    level: 4,
    skill: '分析',
    ...WORDS(lang).twoClassifications({
      basic,
      largestCategory: { name: economicName(lang, largestCategory.category), total: largestCategory.total },
      energyBasic,
      others: others.map((row) => ({ name: functionName(lang, row), code: row.code })),
      byEconomic,
      byFunction,
    }),
    materials: ['basic-two-ways'],
    values: {
      largestCategory: largestCategory.category,
      largestCategorySharePercent: percentOneDecimal(largestCategory.total, basic),
      energyBasic,
      energyBasicSharePercent: percentOneDecimal(energyBasic, basic),
      economicSum: byEconomic,
      functionSum: byFunction,
    },
  };
}

function critiqueIndicators(budget: Budget, lang: Lang): Draft {
  const project = budgetIndex(budget).project(FEATURED_PROJECTS.critique);
  const indicators = budget.indicators.filter((indicator) => indicator.project_id === project.id);
  const numeric = indicators.filter(hasNumericTarget);
  const wordsOnly = indicators.filter((indicator) => !hasNumericTarget(indicator));
  const vagueOutcome = hardToCheck(indicators);
  const all = numericTargetCounts(budget.indicators);
  const allWordsOnly = all.withoutNumericTarget;
  const allWordsOnlyTiming = all.timing;
  const words = (indicator: Indicator) => indicatorText(lang, indicator);
  return {
    id: 'critique-indicators',
    level: 5,
    skill: '评价',
    ...WORDS(lang).critiqueIndicators({
      project: { name: projectName(lang, project), amount: project.amount },
      indicatorCount: indicators.length,
      numeric: numeric.map(words),
      wordsOnly: wordsOnly.map(words),
      vagueOutcome: vagueOutcome && words(vagueOutcome),
      all,
    }),
    materials: ['indicators'],
    values: {
      indicatorCount: indicators.length,
      numericCount: numeric.length,
      wordsOnlyCount: wordsOnly.length,
      allWordsOnly,
      allWordsOnlyTiming,
      allWordsOnlySharePercent: percentOneDecimal(allWordsOnly, budget.indicators.length),
    },
  };
}

/** The lesson's exercises, easiest first, every answer computed from the data. */
export function buildExercises(budget: Budget, lang: Lang = 'zh'): Exercise[] {
  const drafts = [
    readTotal(budget, lang),
    readEnergyShare(budget, lang),
    sourcesAddUp(budget, lang),
    perDayExercise(budget, lang),
    threePublicLastYear(budget, lang),
    personnelPerStaff(budget, lang),
    carryoverComparison(budget, lang),
    branchComparison(budget, lang),
    twoClassifications(budget, lang),
    critiqueIndicators(budget, lang),
  ];
  return drafts.map((draft, index) => ({ ...draft, number: index + 1 }));
}
