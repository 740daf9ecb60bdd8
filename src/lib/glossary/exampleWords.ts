import { BUDGET_YEAR, DEPARTMENT_NAME, DEPARTMENT_NAME_EN } from '../budgetConfig';
import { changeText, percentText, truncationNote, type YearChange } from '../changes';
import { formatInteger, formatShare, formatWan, formatYuanProseEnglish } from '../format';
import { indicatorLevelEn } from '../i18n/specs-indicators';
import type { Fen } from '../money';

/**
 * The wording of the glossary's “in this budget” examples (src/lib/glossary/examples.ts computes the
 * facts once; each language words them here). An example is a list of pieces: text, or a Chinese
 * name the English page shows in a lang="zh-CN" element.
 */
export type ExamplePiece = string | { zh: string };

/** A name with its figure, for lists. */
interface Named {
  name: string;
  amount: Fen;
}

export interface ExampleWords {
  revenue: (source: string, amount: Fen, total: Fen) => ExamplePiece[];
  departmentBudget: (total: Fen, units: number) => ExamplePiece[];
  budgetUnits: (units: string[], branches: number) => ExamplePiece[];
  /** `identity`: the fiscal total is exactly the whole budget less the unit's own funds. */
  fiscalAppropriations: (fiscal: Fen, total: Fen, unitFunds: Fen, identity: boolean) => ExamplePiece[];
  unitFunds: (amount: Fen, projects: string[]) => ExamplePiece[];
  carryover: (amount: Fen, total: Fen, projects: Named[]) => ExamplePiece[];
  basicExpenditure: (basic: Fen, total: Fen) => ExamplePiece[];
  projectExpenditure: (project: Fen, total: Fen, count: number) => ExamplePiece[];
  personnelCosts: (personnel: Fen, basic: Fen) => ExamplePiece[];
  publicCosts: (publicCosts: Fen, basic: Fen) => ExamplePiece[];
  runningCosts: (total: Fen, units: number, left: string[], change: YearChange) => ExamplePiece[];
  /** `rows`: the headings with money; `change`: the change on the previous year in fen. */
  threePublic: (total: Fen, rows: (Named & { id: string })[], change: Fen) => ExamplePiece[];
  functionalClassification: (classes: (Named & { code: string })[]) => ExamplePiece[];
  functionCodes: (
    classRow: { code: string; name: string },
    section: { code: string; name: string },
    item: Named & { code: string },
  ) => ExamplePiece[];
  energyEnvironment: (amount: Fen, total: Fen, sections: number) => ExamplePiece[];
  economicClassification: (basic: Fen, count: number, largest: Named) => ExamplePiece[];
  performanceTargets: (sheets: number, without: number, indicators: number) => ExamplePiece[];
  performanceIndicators: (total: number, levels: { level: string; count: number }[]) => ExamplePiece[];
  /** `sample`: one indicator of the example project at this level, Chinese and English. */
  level: (
    level: string,
    count: number,
    sample: { project: string; name: string; value: string; nameEn: string; valueEn: string } | null,
  ) => ExamplePiece[];
  /** `parts` are listed only when they add up to the total. */
  procurement: (total: Fen, parts: (Named & { id: string })[] | null) => ExamplePiece[];
}

const wan = formatWan;
const joinNames = (names: string[]) => names.join('、');
const THIS_YEAR = `本部门${BUDGET_YEAR}年`;
const REVENUE_ZH: Record<string, string> = {
  'general-budget': '一般公共预算当年拨款',
  'government-fund': '政府性基金预算收入',
  'state-capital': '国有资本经营预算收入',
  'fiscal-special-account': '财政专户管理资金',
};

export const ZH: ExampleWords = {
  revenue: (source, amount, total) => [
    amount === 0
      ? `${THIS_YEAR}的${REVENUE_ZH[source]}为${wan(amount)}，也就是没有这项钱。`
      : `${THIS_YEAR}的${REVENUE_ZH[source]}为${wan(amount)}，占全部资金${wan(total)}的${formatShare(amount, total)}。`,
  ],
  departmentBudget: (total, units) => [`${DEPARTMENT_NAME}${BUDGET_YEAR}年部门预算共${wan(total)}，由${units}个预算单位的预算合成。`],
  budgetUnits: (units, branches) => [`本部门有${units.length}个预算单位：${joinNames(units)}，其中${branches}个是县（市、区）分局。`],
  fiscalAppropriations: (fiscal, total, unitFunds, identity) => [
    `表四的财政拨款收支总计为${wan(fiscal)}（含上年结转的财政拨款）${identity ? `，正好是全部预算${wan(total)}减去单位资金${wan(unitFunds)}` : ''}。`,
  ],
  unitFunds: (amount, projects) => [
    `${THIS_YEAR}的单位资金为${wan(amount)}，用在${projects.length}个项目上：${joinNames(projects.map((name) => `“${name}”`))}。`,
  ],
  carryover: (amount, total, projects) => [
    `${THIS_YEAR}的上年结转为${wan(amount)}，占全部资金的${formatShare(amount, total)}，属于${projects.length}个项目：${joinNames(projects.map((project) => `“${project.name}”${wan(project.amount)}`))}。`,
  ],
  basicExpenditure: (basic, total) => [`${THIS_YEAR}基本支出${wan(basic)}，占全部预算的${formatShare(basic, total)}。`],
  projectExpenditure: (project, total, count) => [
    `${THIS_YEAR}项目支出${wan(project)}，占全部预算的${formatShare(project, total)}，分布在${count}个项目中。`,
  ],
  personnelCosts: (personnel, basic) => [`${THIS_YEAR}人员经费${wan(personnel)}，占基本支出的${formatShare(personnel, basic)}。`],
  publicCosts: (publicCosts, basic) => [`${THIS_YEAR}公用经费${wan(publicCosts)}，占基本支出的${formatShare(publicCosts, basic)}。`],
  runningCosts: (total, units, left, change) => {
    const percent = percentText(change);
    return [
      `${THIS_YEAR}机关运行经费${wan(total)}（表十一），分属${units}个单位${left.length ? `；${joinNames(left)}不在其中` : ''}。比${BUDGET_YEAR - 1}年${changeText(change)}${percent ? `，报告写${percent}` : ''}。${truncationNote(change) ?? ''}`,
    ];
  },
  threePublic: (total, rows, change) => {
    const changeText =
      change === 0 ? `与${BUDGET_YEAR - 1}年持平` : `比${BUDGET_YEAR - 1}年${change < 0 ? '减少' : '增加'}${wan(Math.abs(change))}`;
    const listed = rows.map((row) => `${row.name}${wan(row.amount)}`);
    return [`${THIS_YEAR}“三公”经费预算${wan(total)}，${listed.length ? `全部是${joinNames(listed)}，` : ''}${changeText}。`];
  },
  functionalClassification: (classes) => [
    `本部门的支出分属${classes.length}个类：${joinNames(classes.map((row) => `${row.name}（${row.code}）${wan(row.amount)}`))}。`,
  ],
  functionCodes: (classRow, section, item) => [
    `例如本部门最大的一个项级科目：${classRow.code}“${classRow.name}”（类）→ ${section.code}“${section.name}”（款）→ ${item.code}“${item.name}”（项），这一项共${wan(item.amount)}。`,
  ],
  energyEnvironment: (amount, total, sections) => [
    `${THIS_YEAR}节能环保支出${wan(amount)}，占全部预算的${formatShare(amount, total)}，分为${sections}个款。`,
  ],
  economicClassification: (basic, count, largest) => [
    `表六把基本支出${wan(basic)}分成${count}类，最大的是${largest.name}${wan(largest.amount)}，占${formatShare(largest.amount, basic)}。`,
  ],
  performanceTargets: (sheets, without, indicators) => [
    `本报告附有${sheets}张项目绩效目标表，共${formatInteger(indicators)}条绩效指标；另有${without}个项目（上年结转）没有绩效目标表。`,
  ],
  performanceIndicators: (total, levels) => [
    `本报告的${formatInteger(total)}条项目绩效指标中，${joinNames(levels.map((entry) => `${entry.level}${formatInteger(entry.count)}条`))}。`,
  ],
  level: (level, count, sample) => [
    `本报告的项目绩效目标表中共有${formatInteger(count)}条${level}。${sample ? `例如“${sample.project}”的一条：${sample.name}，指标值“${sample.value}”。` : ''}`,
  ],
  procurement: (total, parts) => [
    `${THIS_YEAR}政府采购预算${wan(total)}${parts ? `，其中${joinNames(parts.map((part) => `${part.name.replace(/^政府采购|预算$/g, '')}${wan(part.amount)}`))}` : ''}。`,
  ],
};

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

const REVENUE_EN: Record<string, string> = {
  'general-budget': 'current-year appropriations from the general public budget',
  'government-fund': 'revenue from the government fund budget',
  'state-capital': 'revenue from the state capital operating budget',
  'fiscal-special-account': 'funds managed in special fiscal accounts',
};

/** The three public expenses' headings (three_public.csv ids). */
const THREE_PUBLIC_EN: Record<string, string> = {
  'outbound-travel': 'official overseas travel',
  'official-vehicles': 'purchase and running of official vehicles',
  'official-reception': 'official hospitality',
};

const PROCUREMENT_EN: Record<string, string> = { goods: 'goods', works: 'works', services: 'services' };

export const EN: ExampleWords = {
  revenue: (source, value, total) => [
    value === 0
      ? `In ${BUDGET_YEAR} the department has no ${REVENUE_EN[source]} (${amount(value)}).`
      : `In ${BUDGET_YEAR} the department has ${amount(value)} of ${REVENUE_EN[source]}, ${formatShare(value, total)} of all its funds (${amount(total)}).`,
  ],
  departmentBudget: (total, units) => [
    `The ${BUDGET_YEAR} departmental budget of the ${DEPARTMENT_NAME_EN} totals ${amount(total)}, made up of the budgets of ${units} budget units.`,
  ],
  budgetUnits: (units, branches) => [
    `The department has ${units.length} budget units: `,
    ...nameList(units),
    `; ${branches} of them are county branches.`,
  ],
  fiscalAppropriations: (fiscal, total, unitFunds, identity) => [
    `Table 4 gives total fiscal appropriations of ${amount(fiscal)} (including fiscal appropriations carried over from the previous year)${identity ? `: exactly the whole budget, ${amount(total)}, minus the unit’s own funds, ${amount(unitFunds)}` : ''}.`,
  ],
  unitFunds: (value, projects) => [
    `In ${BUDGET_YEAR} the department’s own funds are ${amount(value)}, spent on ${projects.length} ${projects.length === 1 ? 'project' : 'projects'}: `,
    ...nameList(projects),
    '.',
  ],
  carryover: (value, total, projects) => [
    `In ${BUDGET_YEAR} the department’s carry-over from the previous year is ${amount(value)}, ${formatShare(value, total)} of all its funds, belonging to ${projects.length} projects: `,
    ...nameList(
      projects.map((project) => project.name),
      (index) => ` (${amount(projects[index]?.amount ?? 0)})`,
    ),
    '.',
  ],
  basicExpenditure: (basic, total) => [
    `In ${BUDGET_YEAR} the department’s basic expenditure is ${amount(basic)}, ${formatShare(basic, total)} of the whole budget.`,
  ],
  projectExpenditure: (project, total, projects) => [
    `In ${BUDGET_YEAR} the department’s project expenditure is ${amount(project)}, ${formatShare(project, total)} of the whole budget, spread over ${projects} projects.`,
  ],
  personnelCosts: (personnel, basic) => [
    `In ${BUDGET_YEAR} the department’s staff costs are ${amount(personnel)}, ${formatShare(personnel, basic)} of basic expenditure.`,
  ],
  publicCosts: (publicCosts, basic) => [
    `In ${BUDGET_YEAR} the department’s public costs are ${amount(publicCosts)}, ${formatShare(publicCosts, basic)} of basic expenditure.`,
  ],
  runningCosts: (total, units, left, change) => {
    const pieces: ExamplePiece[] = [
      `In ${BUDGET_YEAR} the department’s running costs of government bodies are ${amount(total)} (Table 11), spread over ${units} units`,
    ];
    if (left.length) pieces.push('; not included: ', ...nameList(left));
    pieces.push(`. That is ${change.change < 0 ? 'a fall' : 'a rise'} of ${amount(Math.abs(change.change))} from ${BUDGET_YEAR - 1}`);
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
  threePublic: (total, rows, change) => [
    `The department’s ${BUDGET_YEAR} budget for the “three public expenses” is ${amount(total)}`,
    ...(rows.length
      ? [
          ', all of it ',
          ...nameList(
            rows.map((row) => row.name),
            (index) => ` (${THREE_PUBLIC_EN[rows[index]?.id ?? ''] ?? ''}) ${amount(rows[index]?.amount ?? 0)}`,
          ),
        ]
      : []),
    `, ${change === 0 ? `the same as in ${BUDGET_YEAR - 1}` : `${amount(Math.abs(change))} ${change < 0 ? 'less' : 'more'} than in ${BUDGET_YEAR - 1}`}.`,
  ],
  functionalClassification: (classes) => [
    `The department’s spending falls into ${classes.length} classes: `,
    ...nameList(
      classes.map((row) => row.name),
      (index) => ` (${classes[index]?.code ?? ''}) ${amount(classes[index]?.amount ?? 0)}`,
    ),
    '.',
  ],
  functionCodes: (classRow, section, item) => [
    `For example, the department’s largest item: ${classRow.code} `,
    { zh: classRow.name },
    ` (class) → ${section.code} `,
    { zh: section.name },
    ` (section) → ${item.code} `,
    { zh: item.name },
    ` (item), ${amount(item.amount)} in all.`,
  ],
  energyEnvironment: (value, total, sections) => [
    `In ${BUDGET_YEAR} the department’s energy conservation and environmental protection spending is ${amount(value)}, ${formatShare(value, total)} of the whole budget, in ${sections} sections.`,
  ],
  economicClassification: (basic, categories, largest) => [
    `Table 6 divides basic expenditure of ${amount(basic)} into ${categories} categories; the largest is `,
    { zh: largest.name },
    ` (${amount(largest.amount)}, ${formatShare(largest.amount, basic)}).`,
  ],
  performanceTargets: (sheets, without, indicators) => [
    `The report includes ${sheets} project performance target sheets with ${count(indicators)} performance indicators in all; ${without} more projects (carried over from the previous year) have no sheet.`,
  ],
  performanceIndicators: (total, levels) => {
    const counts = levels.map((entry) => `${count(entry.count)} ${indicatorLevelEn(entry.level).toLowerCase()}`);
    return [`The report’s ${count(total)} project performance indicators comprise ${counts.slice(0, -1).join(', ')} and ${counts.at(-1)}.`];
  },
  level: (level, levelCount, sample) => [
    `The report’s project performance target sheets have ${count(levelCount)} ${indicatorLevelEn(level).toLowerCase()}.`,
    ...(sample ? [' One of them, from ', { zh: sample.project }, `: ${sample.nameEn}, target value “${sample.valueEn}”.`] : []),
  ],
  procurement: (total, parts) => {
    const listed = (parts ?? []).map((part) => `${PROCUREMENT_EN[part.id] ?? part.id} ${amount(part.amount)}`);
    return [
      `The department’s ${BUDGET_YEAR} government procurement budget is ${amount(total)}${parts ? `: ${listed.slice(0, -1).join(', ')} and ${listed.at(-1)}` : ''}.`,
    ];
  },
};
