import { budgetIndex } from '../data/budgetIndex';
import { FEATURED_PROJECTS, ROOT_CLASS } from '../budgetConfig';
import type { Budget } from '../data/load';
import { formatInteger, formatShare, formatWan } from '../format';
import { sumFen } from '../money';
import { carryoverProjects, economicCategories, functionClasses, revenueAmount, threePublicTopLevel } from '../budgetFacts';
import { INDICATOR_LEVELS } from '../data/schemas';
import { changeText, percentText, truncationNote, yearChange } from '../changes';

/**
 * “In this budget” examples for glossary entries, written from the data so that they cannot go
 * stale. A term without an example returns null.
 */
type Example = (budget: Budget) => string | null;

const joinNames = (names: string[]) => names.join('、');

function revenueExample(id: string, name: string): Example {
  return (budget) => {
    const amount = revenueAmount(budget, id);
    const total = budgetIndex(budget).total('grand-total');
    return amount === 0
      ? `本部门2024年的${name}为${formatWan(amount)}，也就是没有这项钱。`
      : `本部门2024年的${name}为${formatWan(amount)}，占全部资金${formatWan(total)}的${formatShare(amount, total)}。`;
  };
}

function levelExample(level: (typeof INDICATOR_LEVELS)[number], exampleProject: string): Example {
  return (budget) => {
    const count = budget.indicators.filter((indicator) => indicator.level1 === level).length;
    const project = budgetIndex(budget).project(exampleProject);
    const sample = budget.indicators.find((indicator) => indicator.project_id === exampleProject && indicator.level1 === level);
    const sampleText = sample ? `例如“${project.name}”的一条：${sample.name}，指标值“${sample.value}”。` : '';
    return `本报告的项目绩效目标表中共有${formatInteger(count)}条${level}。${sampleText}`;
  };
}

const EXAMPLES: Record<string, Example> = {
  'department-budget': (budget) => {
    const total = budgetIndex(budget).total('grand-total');
    return `晋城市生态环境局2024年部门预算共${formatWan(total)}，由${budget.units.length}个预算单位的预算合成。`;
  },
  'budget-units': (budget) =>
    `本部门有${budget.units.length}个预算单位：${joinNames(budget.units.map((unit) => unit.short_name))}，其中${budgetIndex(budget).branches().length}个是县（市、区）分局。`,
  'general-public-budget': revenueExample('general-budget', '一般公共预算当年拨款'),
  'government-fund-budget': revenueExample('government-fund', '政府性基金预算收入'),
  'state-capital-budget': revenueExample('state-capital', '国有资本经营预算收入'),
  'fiscal-special-account-funds': revenueExample('fiscal-special-account', '财政专户管理资金'),
  'fiscal-appropriations': (budget) => {
    const fiscal = budgetIndex(budget).total('fiscal-appropriation-total');
    const total = budgetIndex(budget).total('grand-total');
    const unitFunds = revenueAmount(budget, 'unit-funds');
    const identity = total - unitFunds === fiscal ? `，正好是全部预算${formatWan(total)}减去单位资金${formatWan(unitFunds)}` : '';
    return `表四的财政拨款收支总计为${formatWan(fiscal)}（含上年结转的财政拨款）${identity}。`;
  },
  'unit-funds': (budget) => {
    const amount = revenueAmount(budget, 'unit-funds');
    const projects = budget.projects.filter((project) => project.unit_funds > 0);
    const names = projects.map((project) => `“${project.name}”`);
    return `本部门2024年的单位资金为${formatWan(amount)}，用在${projects.length}个项目上：${joinNames(names)}。`;
  },
  carryover: (budget) => {
    const amount = revenueAmount(budget, 'carryover');
    const total = budgetIndex(budget).total('grand-total');
    const projects = carryoverProjects(budget);
    const list = projects.map((project) => `“${project.name}”${formatWan(project.carryover)}`);
    return `本部门2024年的上年结转为${formatWan(amount)}，占全部资金的${formatShare(amount, total)}，属于${projects.length}个项目：${joinNames(list)}。`;
  },
  'basic-expenditure': (budget) => {
    const basic = budgetIndex(budget).total('basic-total');
    return `本部门2024年基本支出${formatWan(basic)}，占全部预算的${formatShare(basic, budgetIndex(budget).total('grand-total'))}。`;
  },
  'project-expenditure': (budget) => {
    const project = budgetIndex(budget).total('project-total');
    return `本部门2024年项目支出${formatWan(project)}，占全部预算的${formatShare(project, budgetIndex(budget).total('grand-total'))}，分布在${budget.projects.length}个项目中。`;
  },
  'personnel-costs': (budget) => {
    const personnel = budgetIndex(budget).total('personnel-total');
    return `本部门2024年人员经费${formatWan(personnel)}，占基本支出的${formatShare(personnel, budgetIndex(budget).total('economic-total'))}。`;
  },
  'public-costs': (budget) => {
    const publicCosts = budgetIndex(budget).total('public-total');
    return `本部门2024年公用经费${formatWan(publicCosts)}，占基本支出的${formatShare(publicCosts, budgetIndex(budget).total('economic-total'))}。`;
  },
  'running-costs': (budget) => {
    const total = budgetIndex(budget).total('running-cost-total');
    const counted = budget.units.filter((unit) => unit.running_cost !== null);
    const left = budget.units.filter((unit) => unit.running_cost === null);
    const leftText = left.length ? `；${joinNames(left.map((unit) => unit.short_name))}不在其中` : '';
    const change = yearChange(budget, 'running-cost-change');
    const percent = percentText(change);
    return `本部门2024年机关运行经费${formatWan(total)}（表十一），分属${counted.length}个单位${leftText}。比2023年${changeText(change)}${percent ? `，报告写${percent}` : ''}。${truncationNote(change) ?? ''}`;
  },
  'three-public-expenses': (budget) => {
    const total = budgetIndex(budget).total('three-public-total');
    const rows = threePublicTopLevel(budget);
    const change = rows.reduce((sum, row) => sum + row.change_from_2023, 0);
    const nonZero = rows.filter((row) => row.amount > 0).map((row) => `${row.name}${formatWan(row.amount)}`);
    // Changes are printed in 万元 with two decimals; round away float noise before formatting.
    const changeFen = Math.round(change * 100) * 10_000;
    const direction = changeFen < 0 ? '减少' : '增加';
    const changeText = changeFen === 0 ? '与2023年持平' : `比2023年${direction}${formatWan(Math.abs(changeFen))}`;
    return `本部门2024年“三公”经费预算${formatWan(total)}，${nonZero.length ? `全部是${joinNames(nonZero)}，` : ''}${changeText}。`;
  },
  'functional-classification': (budget) => {
    const classes = functionClasses(budget).map((row) => `${row.name}（${row.code}）${formatWan(row.total)}`);
    return `本部门的支出分属${classes.length}个类：${joinNames(classes)}。`;
  },
  'function-codes': (budget) => {
    const items = budget.functions.filter((row) => row.level === '项');
    const largest = [...items].sort((a, b) => b.total - a.total)[0];
    if (!largest || largest.parent_code === null) return null;
    const section = budgetIndex(budget).functionRow(largest.parent_code);
    if (section.parent_code === null) return null;
    const classRow = budgetIndex(budget).functionRow(section.parent_code);
    return `例如本部门最大的一个项级科目：${classRow.code}“${classRow.name}”（类）→ ${section.code}“${section.name}”（款）→ ${largest.code}“${largest.name}”（项），这一项共${formatWan(largest.total)}。`;
  },
  'energy-environment': (budget) => {
    const amount = budgetIndex(budget).total('energy-environment-total');
    const sections = budgetIndex(budget).children(ROOT_CLASS).length;
    return `本部门2024年节能环保支出${formatWan(amount)}，占全部预算的${formatShare(amount, budgetIndex(budget).total('grand-total'))}，分为${sections}个款。`;
  },
  'economic-classification': (budget) => {
    const categories = economicCategories(budget);
    const basic = budgetIndex(budget).total('economic-total');
    const largest = [...categories].sort((a, b) => b.total - a.total)[0];
    if (!largest) return null;
    return `表六把基本支出${formatWan(basic)}分成${categories.length}类，最大的是${largest.category}${formatWan(largest.total)}，占${formatShare(largest.total, basic)}。`;
  },
  'performance-targets': (budget) => {
    const sheets = budget.projects.filter((project) => project.sheet_line !== null);
    const without = budget.projects.length - sheets.length;
    return `本报告附有${sheets.length}张项目绩效目标表，共${formatInteger(budget.indicators.length)}条绩效指标；另有${without}个项目（上年结转）没有绩效目标表。`;
  },
  'performance-indicators': (budget) => {
    const counts = INDICATOR_LEVELS.map(
      (level) => `${level}${formatInteger(budget.indicators.filter((indicator) => indicator.level1 === level).length)}条`,
    );
    return `本报告的${formatInteger(budget.indicators.length)}条项目绩效指标中，${joinNames(counts)}。`;
  },
  'output-indicators': levelExample('产出指标', FEATURED_PROJECTS.critique),
  'outcome-indicators': levelExample('效益指标', FEATURED_PROJECTS.critique),
  'satisfaction-indicators': levelExample('满意度指标', FEATURED_PROJECTS.critique),
  'government-procurement': (budget) => {
    const total = budgetIndex(budget).total('procurement-total');
    const parts = budget.procurement.map((row) => `${row.name.replace(/^政府采购|预算$/g, '')}${formatWan(row.amount)}`);
    const sum = sumFen(budget.procurement.map((row) => row.amount));
    return `本部门2024年政府采购预算${formatWan(total)}${sum === total ? `，其中${joinNames(parts)}` : ''}。`;
  },
};

/** Discrepancies (discrepancies.csv) that a reader of a term should know about. */
export const NOTES: Record<string, string[]> = {
  'three-public-expenses': ['glossary-provincial-wording'],
  'government-purchased-services': ['purchased-services-vs-procurement'],
  'running-costs': ['budget-units-9-vs-8'],
  'performance-targets': ['projects-share-100-percent'],
};

export function termExample(budget: Budget, id: string): string | null {
  const example = EXAMPLES[id];
  return example ? example(budget) : null;
}

export function termNotes(budget: Budget, id: string): string[] {
  return (NOTES[id] ?? []).map((noteId) => {
    const row = budget.discrepancies.find((entry) => entry.id === noteId);
    if (!row) throw new Error(`discrepancies.csv has no "${noteId}"`);
    return row.explanation_zh;
  });
}
