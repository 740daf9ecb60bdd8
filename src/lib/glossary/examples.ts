import type { Lang } from '../../i18n/lang';
import { budgetIndex } from '../data/budgetIndex';
import { FEATURED_PROJECTS, ROOT_CLASS } from '../budgetConfig';
import type { Budget } from '../data/load';
import { sumFen } from '../money';
import { carryoverProjects, economicCategories, functionClasses, revenueAmount, threePublicTopLevel } from '../budgetFacts';
import { INDICATOR_LEVELS } from '../data/schemas';
import { yearChange } from '../changes';
import { DISCREPANCY_TRANSLATIONS } from '../i18n/specs-glossary';
import { INDICATOR_TRANSLATIONS } from '../i18n/specs-indicators';
import { translated } from '../i18n/translations';
import type { ExamplePiece, ExampleWords } from './exampleWords';
import { ui } from '../../i18n/ui';

/**
 * “In this budget” examples for glossary entries, written from the data so that they cannot go
 * stale: each computes its facts once and words them in the page's language (./exampleWords.ts).
 * A term without an example returns null.
 */
type Example = (budget: Budget, words: ExampleWords) => ExamplePiece[] | null;

const WORDS = (lang: Lang): ExampleWords => ui(lang).glossaryExamples;

function revenueExample(id: string): Example {
  return (budget, words) => words.revenue(id, revenueAmount(budget, id), budgetIndex(budget).total('grand-total'));
}

function levelExample(level: (typeof INDICATOR_LEVELS)[number], exampleProject: string): Example {
  return (budget, words) => {
    const count = budget.indicators.filter((indicator) => indicator.level1 === level).length;
    const project = budgetIndex(budget).project(exampleProject);
    const sample = budget.indicators.find((indicator) => indicator.project_id === exampleProject && indicator.level1 === level);
    const key = sample ? [sample.project_id, String(sample.seq)] : [];
    return words.level(
      level,
      count,
      sample
        ? {
            project: project.name,
            name: sample.name,
            value: sample.value,
            nameEn: translated(INDICATOR_TRANSLATIONS, key, 'name'),
            valueEn: translated(INDICATOR_TRANSLATIONS, key, 'value'),
          }
        : null,
    );
  };
}

const EXAMPLES: Record<string, Example> = {
  'department-budget': (budget, words) => words.departmentBudget(budgetIndex(budget).total('grand-total'), budget.units.length),
  'budget-units': (budget, words) =>
    words.budgetUnits(
      budget.units.map((unit) => unit.short_name),
      budgetIndex(budget).branches().length,
    ),
  'general-public-budget': revenueExample('general-budget'),
  'government-fund-budget': revenueExample('government-fund'),
  'state-capital-budget': revenueExample('state-capital'),
  'fiscal-special-account-funds': revenueExample('fiscal-special-account'),
  'fiscal-appropriations': (budget, words) => {
    const fiscal = budgetIndex(budget).total('fiscal-appropriation-total');
    const total = budgetIndex(budget).total('grand-total');
    const unitFunds = revenueAmount(budget, 'unit-funds');
    return words.fiscalAppropriations(fiscal, total, unitFunds, total - unitFunds === fiscal);
  },
  'unit-funds': (budget, words) =>
    words.unitFunds(
      revenueAmount(budget, 'unit-funds'),
      budget.projects.filter((project) => project.unit_funds > 0).map((project) => project.name),
    ),
  carryover: (budget, words) =>
    words.carryover(
      revenueAmount(budget, 'carryover'),
      budgetIndex(budget).total('grand-total'),
      carryoverProjects(budget).map((project) => ({ name: project.name, amount: project.carryover })),
    ),
  'basic-expenditure': (budget, words) =>
    words.basicExpenditure(budgetIndex(budget).total('basic-total'), budgetIndex(budget).total('grand-total')),
  'project-expenditure': (budget, words) =>
    words.projectExpenditure(budgetIndex(budget).total('project-total'), budgetIndex(budget).total('grand-total'), budget.projects.length),
  'personnel-costs': (budget, words) =>
    words.personnelCosts(budgetIndex(budget).total('personnel-total'), budgetIndex(budget).total('economic-total')),
  'public-costs': (budget, words) =>
    words.publicCosts(budgetIndex(budget).total('public-total'), budgetIndex(budget).total('economic-total')),
  'running-costs': (budget, words) =>
    words.runningCosts(
      budgetIndex(budget).total('running-cost-total'),
      budget.units.filter((unit) => unit.running_cost !== null).length,
      budget.units.filter((unit) => unit.running_cost === null).map((unit) => unit.short_name),
      yearChange(budget, 'running-cost-change'),
    ),
  'three-public-expenses': (budget, words) => {
    const rows = threePublicTopLevel(budget);
    // Changes are printed in 万元 with two decimals; round away float noise before formatting.
    const change = Math.round(rows.reduce((sum, row) => sum + row.change_from_2023, 0) * 100) * 10_000;
    const withMoney = rows.filter((row) => row.amount > 0).map((row) => ({ id: row.id, name: row.name, amount: row.amount }));
    return words.threePublic(budgetIndex(budget).total('three-public-total'), withMoney, change);
  },
  'functional-classification': (budget, words) =>
    words.functionalClassification(functionClasses(budget).map((row) => ({ code: row.code, name: row.name, amount: row.total }))),
  'function-codes': (budget, words) => {
    const items = budget.functions.filter((row) => row.level === '项');
    const largest = [...items].sort((a, b) => b.total - a.total)[0];
    if (!largest || largest.parent_code === null) return null;
    const section = budgetIndex(budget).functionRow(largest.parent_code);
    if (section.parent_code === null) return null;
    const classRow = budgetIndex(budget).functionRow(section.parent_code);
    return words.functionCodes(classRow, section, { code: largest.code, name: largest.name, amount: largest.total });
  },
  'energy-environment': (budget, words) =>
    words.energyEnvironment(
      budgetIndex(budget).total('energy-environment-total'),
      budgetIndex(budget).total('grand-total'),
      budgetIndex(budget).children(ROOT_CLASS).length,
    ),
  'economic-classification': (budget, words) => {
    const categories = economicCategories(budget);
    const largest = [...categories].sort((a, b) => b.total - a.total)[0];
    if (!largest) return null;
    return words.economicClassification(budgetIndex(budget).total('economic-total'), categories.length, {
      name: largest.category,
      amount: largest.total,
    });
  },
  'performance-targets': (budget, words) => {
    const sheets = budget.projects.filter((project) => project.sheet_line !== null).length;
    return words.performanceTargets(sheets, budget.projects.length - sheets, budget.indicators.length);
  },
  'performance-indicators': (budget, words) =>
    words.performanceIndicators(
      budget.indicators.length,
      INDICATOR_LEVELS.map((level) => ({ level, count: budget.indicators.filter((indicator) => indicator.level1 === level).length })),
    ),
  'output-indicators': levelExample('产出指标', FEATURED_PROJECTS.critique),
  'outcome-indicators': levelExample('效益指标', FEATURED_PROJECTS.critique),
  'satisfaction-indicators': levelExample('满意度指标', FEATURED_PROJECTS.critique),
  'government-procurement': (budget, words) => {
    const total = budgetIndex(budget).total('procurement-total');
    const parts = budget.procurement.map((row) => ({ id: row.id, name: row.name, amount: row.amount }));
    return words.procurement(total, sumFen(parts.map((part) => part.amount)) === total ? parts : null);
  },
};

/** Discrepancies (discrepancies.csv) that a reader of a term should know about. */
const NOTES: Record<string, string[]> = {
  'three-public-expenses': ['glossary-provincial-wording'],
  'government-purchased-services': ['purchased-services-vs-procurement'],
  'running-costs': ['budget-units-9-vs-8'],
  'performance-targets': ['projects-share-100-percent'],
};

export function termExample(budget: Budget, id: string, lang: Lang): ExamplePiece[] | null {
  const example = EXAMPLES[id];
  return example ? example(budget, WORDS(lang)) : null;
}

export function termNotes(budget: Budget, id: string, lang: Lang): string[] {
  return (NOTES[id] ?? []).map((noteId) => {
    if (lang === 'en') return translated(DISCREPANCY_TRANSLATIONS, [noteId], 'explanation_zh');
    const row = budget.discrepancies.find((entry) => entry.id === noteId);
    if (!row) throw new Error(`discrepancies.csv has no "${noteId}"`);
    return row.explanation_zh;
  });
}
