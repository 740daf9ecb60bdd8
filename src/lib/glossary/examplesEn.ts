import type { Budget } from '../data/load';
import { formatInteger, formatShare, formatYuanProseEnglish } from '../format';
import { sumFen } from '../money';
import { carryoverProjects, economicCategories, functionClasses, revenueAmount, threePublicTopLevel } from '../budgetFacts';
import { budgetIndex } from '../data/budgetIndex';
import { INDICATOR_LEVELS } from '../data/schemas';
import { yearChange } from '../changes';
import { DISCREPANCY_TRANSLATIONS } from '../i18n/specs-glossary';
import { INDICATOR_TRANSLATIONS, indicatorLevelEn } from '../i18n/specs-indicators';
import { translated } from '../i18n/translations';
import { NOTES } from './examples';

/**
 * The English siblings of the glossary's "in this budget" examples (examples.ts): the same figures,
 * computed from the same data. An example is a list of pieces: English text, or a Chinese name the
 * page shows in a lang="zh-CN" element (names of units, projects and classes stay in Chinese here:
 * their English lives in other translation tables).
 */
export type ExamplePiece = string | { zh: string };
type Example = (budget: Budget) => ExamplePiece[] | null;

const amount = formatYuanProseEnglish;
const count = formatInteger;

/** "a, b and c" with each name as a Chinese piece. */
function nameList(names: readonly string[], suffix: (index: number) => string = () => ''): ExamplePiece[] {
  return names.flatMap((name, index) => [
    ...(index === 0 ? [] : [index === names.length - 1 ? ' and ' : ', ']),
    { zh: name },
    ...(suffix(index) ? [suffix(index)] : []),
  ]);
}

function revenueExample(id: string, name: string): Example {
  return (budget) => {
    const value = revenueAmount(budget, id);
    const total = budgetIndex(budget).total('grand-total');
    return value === 0
      ? [`In 2024 the department has no ${name} (${amount(value)}).`]
      : [`In 2024 the department has ${amount(value)} of ${name}, ${formatShare(value, total)} of all its funds (${amount(total)}).`];
  };
}

/** The three public expenses' headings (three_public.csv ids). */
const THREE_PUBLIC_EN: Record<string, string> = {
  'outbound-travel': 'official overseas travel',
  'official-vehicles': 'purchase and running of official vehicles',
  'official-reception': 'official hospitality',
};

const LEVEL_EXAMPLE_PROJECT = 'chengqu-street-sprinkling';

function levelExample(level: (typeof INDICATOR_LEVELS)[number]): Example {
  return (budget) => {
    const levelCount = budget.indicators.filter((indicator) => indicator.level1 === level).length;
    const project = budget.projects.find((entry) => entry.id === LEVEL_EXAMPLE_PROJECT);
    const sample = budget.indicators.find((indicator) => indicator.project_id === LEVEL_EXAMPLE_PROJECT && indicator.level1 === level);
    const pieces: ExamplePiece[] = [
      `The report’s project performance target sheets have ${count(levelCount)} ${indicatorLevelEn(level).toLowerCase()}.`,
    ];
    if (project && sample) {
      const key = [sample.project_id, String(sample.seq)];
      pieces.push(
        ' One of them, from ',
        { zh: project.name },
        `: ${translated(INDICATOR_TRANSLATIONS, key, 'name')}, target value “${translated(INDICATOR_TRANSLATIONS, key, 'value')}”.`,
      );
    }
    return pieces;
  };
}

const EXAMPLES: Record<string, Example> = {
  'department-budget': (budget) => [
    `The 2024 departmental budget of the Jincheng Municipal Ecology and Environment Bureau totals ${amount(budgetIndex(budget).total('grand-total'))}, made up of the budgets of ${budget.units.length} budget units.`,
  ],
  'budget-units': (budget) => [
    `The department has ${budget.units.length} budget units: `,
    ...nameList(budget.units.map((unit) => unit.short_name)),
    `; ${budgetIndex(budget).branches().length} of them are county branches.`,
  ],
  'general-public-budget': revenueExample('general-budget', 'current-year appropriations from the general public budget'),
  'government-fund-budget': revenueExample('government-fund', 'revenue from the government fund budget'),
  'state-capital-budget': revenueExample('state-capital', 'revenue from the state capital operating budget'),
  'fiscal-special-account-funds': revenueExample('fiscal-special-account', 'funds managed in special fiscal accounts'),
  'fiscal-appropriations': (budget) => {
    const fiscal = budgetIndex(budget).total('fiscal-appropriation-total');
    const total = budgetIndex(budget).total('grand-total');
    const unitFunds = revenueAmount(budget, 'unit-funds');
    const identity =
      total - unitFunds === fiscal ? `: exactly the whole budget, ${amount(total)}, minus the unit’s own funds, ${amount(unitFunds)}` : '';
    return [
      `Table 4 gives total fiscal appropriations of ${amount(fiscal)} (including fiscal appropriations carried over from the previous year)${identity}.`,
    ];
  },
  'unit-funds': (budget) => {
    const projects = budget.projects.filter((project) => project.unit_funds > 0);
    return [
      `In 2024 the department’s own funds are ${amount(revenueAmount(budget, 'unit-funds'))}, spent on ${projects.length} ${projects.length === 1 ? 'project' : 'projects'}: `,
      ...nameList(projects.map((project) => project.name)),
      '.',
    ];
  },
  carryover: (budget) => {
    const value = revenueAmount(budget, 'carryover');
    const projects = carryoverProjects(budget);
    return [
      `In 2024 the department’s carry-over from the previous year is ${amount(value)}, ${formatShare(value, budgetIndex(budget).total('grand-total'))} of all its funds, belonging to ${projects.length} projects: `,
      ...nameList(
        projects.map((project) => project.name),
        (index) => ` (${amount(projects[index]!.carryover)})`,
      ),
      '.',
    ];
  },
  'basic-expenditure': (budget) => {
    const basic = budgetIndex(budget).total('basic-total');
    return [
      `In 2024 the department’s basic expenditure is ${amount(basic)}, ${formatShare(basic, budgetIndex(budget).total('grand-total'))} of the whole budget.`,
    ];
  },
  'project-expenditure': (budget) => {
    const project = budgetIndex(budget).total('project-total');
    return [
      `In 2024 the department’s project expenditure is ${amount(project)}, ${formatShare(project, budgetIndex(budget).total('grand-total'))} of the whole budget, spread over ${budget.projects.length} projects.`,
    ];
  },
  'personnel-costs': (budget) => {
    const personnel = budgetIndex(budget).total('personnel-total');
    return [
      `In 2024 the department’s staff costs are ${amount(personnel)}, ${formatShare(personnel, budgetIndex(budget).total('economic-total'))} of basic expenditure.`,
    ];
  },
  'public-costs': (budget) => {
    const publicCosts = budgetIndex(budget).total('public-total');
    return [
      `In 2024 the department’s public costs are ${amount(publicCosts)}, ${formatShare(publicCosts, budgetIndex(budget).total('economic-total'))} of basic expenditure.`,
    ];
  },
  'running-costs': (budget) => {
    const counted = budget.units.filter((unit) => unit.running_cost !== null);
    const left = budget.units.filter((unit) => unit.running_cost === null);
    const change = yearChange(budget, 'running-cost-change');
    const pieces: ExamplePiece[] = [
      `In 2024 the department’s running costs of government bodies are ${amount(budgetIndex(budget).total('running-cost-total'))} (Table 11), spread over ${counted.length} units`,
    ];
    if (left.length) pieces.push('; not included: ', ...nameList(left.map((unit) => unit.short_name)));
    pieces.push(`. That is ${change.change < 0 ? 'a fall' : 'a rise'} of ${amount(Math.abs(change.change))} from 2023`);
    if (change.printedPercent !== null)
      pieces.push(`; the report says ${change.change < 0 ? 'down' : 'up'} ${change.printedPercent.toFixed(2)}%`);
    pieces.push('.');
    if (change.truncated && change.printedPercent !== null) {
      const rounded = (Math.round(change.computedPercent * 100) / 100).toFixed(2);
      pieces.push(
        ` The report gives ${change.printedPercent.toFixed(2)}%; its own two amounts give ${rounded}%: the report cut off the last digit instead of rounding.`,
      );
    }
    return pieces;
  },
  'three-public-expenses': (budget) => {
    const rows = threePublicTopLevel(budget);
    // Changes are printed in 万元 with two decimals; round away float noise before formatting.
    const changeFen = Math.round(rows.reduce((sum, row) => sum + row.change_from_2023, 0) * 100) * 10_000;
    const nonZero = rows.filter((row) => row.amount > 0);
    const changeText =
      changeFen === 0 ? 'the same as in 2023' : `${amount(Math.abs(changeFen))} ${changeFen < 0 ? 'less' : 'more'} than in 2023`;
    return [
      `The department’s 2024 budget for the “three public expenses” is ${amount(budgetIndex(budget).total('three-public-total'))}`,
      ...(nonZero.length
        ? [
            ', all of it ',
            ...nameList(
              nonZero.map((row) => row.name),
              (index) => ` (${THREE_PUBLIC_EN[nonZero[index]!.id] ?? ''}) ${amount(nonZero[index]!.amount)}`,
            ),
          ]
        : []),
      `, ${changeText}.`,
    ];
  },
  'functional-classification': (budget) => {
    const classes = functionClasses(budget);
    return [
      `The department’s spending falls into ${classes.length} classes: `,
      ...nameList(
        classes.map((row) => row.name),
        (index) => ` (${classes[index]!.code}) ${amount(classes[index]!.total)}`,
      ),
      '.',
    ];
  },
  'function-codes': (budget) => {
    const items = budget.functions.filter((row) => row.level === '项');
    const largest = [...items].sort((a, b) => b.total - a.total)[0];
    if (!largest || largest.parent_code === null) return null;
    const section = budgetIndex(budget).functionRow(largest.parent_code);
    if (section.parent_code === null) return null;
    const classRow = budgetIndex(budget).functionRow(section.parent_code);
    return [
      `For example, the department’s largest item: ${classRow.code} `,
      { zh: classRow.name },
      ` (class) → ${section.code} `,
      { zh: section.name },
      ` (section) → ${largest.code} `,
      { zh: largest.name },
      ` (item), ${amount(largest.total)} in all.`,
    ];
  },
  'energy-environment': (budget) => {
    const value = budgetIndex(budget).total('energy-environment-total');
    const sections = budget.functions.filter((row) => row.level === '款' && row.parent_code === '211').length;
    return [
      `In 2024 the department’s energy conservation and environmental protection spending is ${amount(value)}, ${formatShare(value, budgetIndex(budget).total('grand-total'))} of the whole budget, in ${sections} sections.`,
    ];
  },
  'economic-classification': (budget) => {
    const categories = economicCategories(budget);
    const basic = budgetIndex(budget).total('economic-total');
    const largest = [...categories].sort((a, b) => b.total - a.total)[0];
    if (!largest) return null;
    return [
      `Table 6 divides basic expenditure of ${amount(basic)} into ${categories.length} categories; the largest is `,
      { zh: largest.category },
      ` (${amount(largest.total)}, ${formatShare(largest.total, basic)}).`,
    ];
  },
  'performance-targets': (budget) => {
    const sheets = budget.projects.filter((project) => project.sheet_line !== null);
    const without = budget.projects.length - sheets.length;
    return [
      `The report includes ${sheets.length} project performance target sheets with ${count(budget.indicators.length)} performance indicators in all; ${without} more projects (carried over from the previous year) have no sheet.`,
    ];
  },
  'performance-indicators': (budget) => {
    const counts = INDICATOR_LEVELS.map(
      (level) =>
        `${count(budget.indicators.filter((indicator) => indicator.level1 === level).length)} ${indicatorLevelEn(level).toLowerCase()}`,
    );
    return [
      `The report’s ${count(budget.indicators.length)} project performance indicators comprise ${counts.slice(0, -1).join(', ')} and ${counts.at(-1)}.`,
    ];
  },
  'output-indicators': levelExample('产出指标'),
  'outcome-indicators': levelExample('效益指标'),
  'satisfaction-indicators': levelExample('满意度指标'),
  'government-procurement': (budget) => {
    const total = budgetIndex(budget).total('procurement-total');
    const kinds: Record<string, string> = { goods: 'goods', works: 'works', services: 'services' };
    const parts = budget.procurement.map((row) => `${kinds[row.id] ?? row.id} ${amount(row.amount)}`);
    const sum = sumFen(budget.procurement.map((row) => row.amount));
    return [
      `The department’s 2024 government procurement budget is ${amount(total)}${sum === total ? `: ${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : ''}.`,
    ];
  },
};

export function termExampleEn(budget: Budget, id: string): ExamplePiece[] | null {
  const example = EXAMPLES[id];
  return example ? example(budget) : null;
}

/** The English of the discrepancy notes a reader of a term should know about (examples.ts NOTES). */
export function termNotesEn(id: string): string[] {
  return (NOTES[id] ?? []).map((noteId) => translated(DISCREPANCY_TRANSLATIONS, [noteId], 'explanation_zh'));
}
