/**
 * The data dictionary shown on /data/ and /en/data/: one description per column of every published
 * CSV, in both languages side by side (text between backticks is shown as code). Columns that mean
 * the same in every file are described once (COMMON); a file's own entry wins. The developer notes
 * in data/README.md stay in English; readers see this.
 */
import type { Lang } from '../i18n/lang';
import { BUDGET_YEAR } from './budgetConfig';
import type { DatasetFile } from './datasetFiles';

/** One description, worded for each language. */
type Worded = Record<Lang, string>;

const COMMON: Record<string, Worded> = {
  id: {
    zh: '本行的编号（英文小写字母、数字和连字符，只用于程序和链接）',
    en: 'The row’s identifier (lower-case letters, digits and hyphens; used by programs and links only)',
  },
  name: { zh: '名称，照录报告原文', en: 'Name, as printed in the report (Chinese)' },
  source_line: {
    zh: '这一行数字或文字在报告纯文本中的行号，可据此核对原文',
    en: 'The line of the report’s plain text where this figure or text is printed, to check it against the original',
  },
  amount: { zh: '金额，单位万元，保留两位小数', en: 'Amount in 10,000 yuan (the report’s unit), two decimals' },
  unit: { zh: '单位，照录报告原文', en: 'Unit, as printed in the report' },
  value: { zh: '数值或文字，照录报告原文', en: 'Figure or text, as printed in the report' },
  note: { zh: '说明', en: 'Note' },
  description: { zh: '说明，照录或概括报告原文', en: 'Description, quoted or summarised from the report' },
  project_id: {
    zh: '项目编号，对应项目文件（`projects.csv`）的 `id` 列',
    en: 'Project identifier: the `id` column of the projects file (`projects.csv`)',
  },
  general_budget: { zh: '其中一般公共预算拨款，万元', en: 'Of which appropriations from the general public budget, 10,000 yuan' },
  unit_funds: { zh: '其中单位资金，万元', en: 'Of which the unit’s own funds, 10,000 yuan' },
  carryover: { zh: '其中上年结转，万元', en: 'Of which carry-over from the previous year, 10,000 yuan' },
  seq: { zh: '在原表中的顺序号', en: 'Position in the original table' },
  level1: {
    zh: '一级指标（产出指标、效益指标、满意度指标）',
    en: 'First-level indicator, in Chinese: output, outcome or satisfaction indicators',
  },
  level2: { zh: '二级指标（如数量指标、时效指标）', en: 'Second-level indicator, in Chinese (e.g. quantity, timeliness)' },
  term: { zh: '名词，照录报告原文', en: 'Term, as printed in the report' },
};

const BY_FILE: Record<string, Record<string, Worded>> = {
  'external_figures.csv': {
    description: { zh: '这个数字是什么', en: 'What this figure is' },
    value: { zh: '数值，照录出处', en: 'The figure, as its source gives it' },
    unit: { zh: '数值的单位', en: 'The figure’s unit' },
    as_of: { zh: '数值对应的日期（年-月-日）', en: 'The date the figure refers to (year-month-day)' },
    source: {
      zh: '出处：发布机构和文件名；这些数字不是来自预算报告',
      en: 'Source: publishing body and document; these figures do not come from the budget report',
    },
    source_published: { zh: '出处的发布日期（年-月-日）', en: 'The date the source was published (year-month-day)' },
  },
  'units.csv': {
    short_name: { zh: '本站使用的简称', en: 'The short name this site uses' },
    kind: {
      zh: '单位类型：`headquarters` 局机关本级，`enforcement` 执法队，`institution` 事业单位，`branch` 县区分局',
      en: 'Kind of unit: `headquarters` the bureau’s head office, `enforcement` the enforcement team, `institution` a public institution, `branch` a county branch',
    },
    county: { zh: '分局所在的县（市、区）', en: 'The county (county-level city, district) of a branch' },
    project_total: { zh: '表十二中该单位的项目支出小计，万元', en: 'The unit’s subtotal of project expenditure in Table 12, 10,000 yuan' },
    project_general_budget: {
      zh: '项目支出中的一般公共预算拨款，万元',
      en: 'General public budget appropriations within project expenditure, 10,000 yuan',
    },
    project_unit_funds: { zh: '项目支出中的单位资金，万元', en: 'The unit’s own funds within project expenditure, 10,000 yuan' },
    running_cost: {
      zh: '表十一中该单位的机关运行经费，万元；事业单位没有此项，留空',
      en: 'The unit’s running costs of government bodies in Table 11, 10,000 yuan; empty for public institutions, which have none',
    },
    running_cost_source_line: { zh: '机关运行经费在报告中的行号', en: 'The report line of the running costs' },
  },
  'functions.csv': {
    code: { zh: '支出功能分类科目编码：类3位、款5位、项7位', en: 'Functional classification code: class 3 digits, section 5, item 7' },
    level: { zh: '科目级次：类、款、项', en: 'Level of the heading, in Chinese: class, section or item' },
    parent_code: { zh: '上一级科目的编码；类级留空', en: 'Code of the heading one level up; empty for a class' },
    total: { zh: '合计，万元（表三）', en: 'Total, 10,000 yuan (Table 3)' },
    basic: { zh: '其中基本支出，万元', en: 'Of which basic expenditure, 10,000 yuan' },
    project: { zh: '其中项目支出，万元', en: 'Of which project expenditure, 10,000 yuan' },
    general_budget: {
      zh: '按资金来源：一般公共预算，万元（表二）',
      en: 'By source of funds: general public budget, 10,000 yuan (Table 2)',
    },
    unit_funds: { zh: '按资金来源：单位资金，万元（表二）', en: 'By source of funds: the unit’s own funds, 10,000 yuan (Table 2)' },
    carryover: {
      zh: '按资金来源：上年结转，万元（表二）',
      en: 'By source of funds: carry-over from the previous year, 10,000 yuan (Table 2)',
    },
    income_source_line: { zh: '表二中该科目所在的行号', en: 'The line of the heading in Table 2' },
  },
  'revenue.csv': {
    share_printed: { zh: '报告说明中印出的占比（%）', en: 'The share printed in the report’s notes (%)' },
  },
  'basic_by_economic.csv': {
    level: {
      zh: '行的级次：`category` 为经济分类的类，`item` 为其下的款',
      en: 'Level of the row: `category` a class of the economic classification, `item` a section below it',
    },
    category: { zh: '经济分类的类（如工资福利支出）', en: 'Class of the economic classification, in Chinese (e.g. wages and benefits)' },
    dept_item: { zh: '部门预算经济分类的款', en: 'Section of the economic classification for departmental budgets' },
    gov_item: { zh: '政府预算经济分类的款', en: 'Section of the economic classification for government budgets' },
    total: { zh: '合计，万元（表六）', en: 'Total, 10,000 yuan (Table 6)' },
    personnel: { zh: '其中人员经费，万元', en: 'Of which staff costs, 10,000 yuan' },
    public: { zh: '其中公用经费，万元', en: 'Of which public (running) costs, 10,000 yuan' },
  },
  'projects.csv': {
    unit_id: {
      zh: '所属预算单位，对应单位文件（`units.csv`）的 `id` 列',
      en: 'The budget unit it belongs to: the `id` column of the units file (`units.csv`)',
    },
    source_table: {
      zh: '项目列在哪张表：表十二（当年项目）或表十三（上年结转项目）',
      en: 'Which table lists the project: Table 12 (current-year projects) or Table 13 (projects carried over)',
    },
    amount: { zh: '项目预算合计，万元', en: 'Project budget in all, 10,000 yuan' },
    function_code: {
      zh: '本站推定的功能分类“项”级科目编码（报告没有写明，方法见方法说明页）',
      en: 'The functional classification item this site infers for it (the report does not say; the method is on the methodology page)',
    },
    function_basis: {
      zh: '推定的依据：`amount-unique` 金额唯一确定，`name-and-amount` 名称与金额共同确定，`editorial` 编辑判断',
      en: 'Basis of the inference: `amount-unique` the amount alone decides it, `name-and-amount` name and amount together, `editorial` an editorial judgement',
    },
    function_fits_name: {
      zh: '推定的科目与项目名称是否相符（按本站公布的名称规则）：`true` 是，`false` 否',
      en: 'Whether the inferred heading fits the project’s name (by the site’s published naming rules): `true` yes, `false` no',
    },
    function_note: { zh: '对这个推定的中文说明', en: 'A note on the inference, in Chinese' },
    theme: { zh: '本站按项目名称归的主题（如大气、水）', en: 'The theme this site assigns from the project’s name (e.g. air, water)' },
    sheet_line: {
      zh: '该项目绩效目标表在报告中的起始行号；没有绩效表的留空',
      en: 'The report line where the project’s performance target sheet starts; empty if it has none',
    },
    sheet_name: { zh: '绩效目标表上印的项目名称', en: 'The project name printed on the performance target sheet' },
    sheet_unit: { zh: '绩效目标表上印的实施单位', en: 'The implementing unit printed on the performance target sheet' },
    attribute: { zh: '项目属性（如经常性项目、一次性项目）', en: 'Project type (e.g. recurrent, one-off)' },
    period_years: { zh: '项目期（年）；长期项目表中填为99', en: 'Project period (years); long-term projects are filled in as 99' },
    period_total_yuan: { zh: '实施期资金总额，元', en: 'Total funds for the implementation period, yuan' },
    annual_total_yuan: { zh: '年度资金总额，元', en: 'Total funds for the year, yuan' },
    annual_central_yuan: { zh: '年度资金中的中央财政资金，元', en: 'Central government funds within the year’s funds, yuan' },
    annual_provincial_yuan: { zh: '年度资金中的省级财政资金，元', en: 'Provincial funds within the year’s funds, yuan' },
    annual_local_yuan: { zh: '年度资金中的市县（区）财政资金，元', en: 'City and county (district) funds within the year’s funds, yuan' },
    annual_self_yuan: { zh: '年度资金中的单位自筹，元', en: 'Funds the unit raises itself within the year’s funds, yuan' },
    annual_other_yuan: { zh: '年度资金中的其他资金，元', en: 'Other funds within the year’s funds, yuan' },
    overview: { zh: '项目概况，照录绩效表原文', en: 'Project overview, quoted from the performance sheet' },
    legal_basis: { zh: '立项依据，照录原文', en: 'Legal basis for the project, quoted' },
    necessity: { zh: '项目设立的必要性，照录原文', en: 'Why the project is needed, quoted' },
    measures: { zh: '保障措施，照录原文', en: 'Safeguards, quoted' },
    plan: { zh: '实施计划，照录原文', en: 'Implementation plan, quoted' },
    goal_period: { zh: '实施期总目标，照录原文', en: 'Overall goal for the implementation period, quoted' },
    goal_annual: { zh: '年度目标，照录原文', en: 'Goal for the year, quoted' },
  },
  'indicators.csv': {
    name: {
      zh: '指标名称，照录原文（被截断的按原文保留）',
      en: 'Indicator name, as printed (names cut off in the report are kept as printed)',
    },
    value: { zh: '指标值，照录原文', en: 'Target value, as printed' },
    target_number: {
      zh: '从指标值中读出的目标数值；读不出的留空，本站称之为“没有可核对的数字目标”',
      en: 'The target figure read from the value; empty when none can be read, which the site calls “no checkable numeric target”',
    },
    target_unit: { zh: '目标数值的单位', en: 'Unit of the target figure' },
    comparator: { zh: '比较符号（≥、≤、>、<、=）', en: 'Comparison sign (≥, ≤, >, <, =)' },
    name_source: {
      zh: '指标名称从哪一栏取得：`period-column` 实施期一栏，`annual-column` 年度一栏，`cut` 被截断',
      en: 'Which column the name was taken from: `period-column` the implementation-period column, `annual-column` the annual column, `cut` cut off',
    },
  },
  'three_public.csv': {
    general_budget: { zh: '其中一般公共预算拨款，万元', en: 'Of which appropriations from the general public budget, 10,000 yuan' },
    change_from_2023: {
      zh: `比${BUDGET_YEAR - 1}年增减，万元（负数为减少）`,
      en: `Change from ${BUDGET_YEAR - 1}, 10,000 yuan (negative: a decrease)`,
    },
    parent_id: { zh: '上一级项目的 `id`；最上一级留空', en: 'The `id` of the heading one level up; empty at the top level' },
  },
  'assets.csv': {
    value: { zh: '数量或面积', en: 'Count or area' },
    note: { zh: '统计时点等说明', en: 'Notes such as the date of the count' },
  },
  'changes.csv': {
    value: { zh: '印出的数值', en: 'The printed figure' },
    direction: {
      zh: '变化方向：`increase` 增加，`decrease` 减少，`share` 占比，`count` 个数',
      en: 'Kind of figure: `increase`, `decrease`, `share` a share, `count` a count',
    },
  },
  'department.csv': {
    key: { zh: '事项编号（英文，只用于程序）', en: 'Identifier of the item (for programs only)' },
    label: { zh: '事项名称，照录原文', en: 'Name of the item, as printed' },
  },
  'department_indicators.csv': {
    name: { zh: '指标名称，照录原文', en: 'Indicator name, as printed' },
    value: { zh: '指标值，照录原文', en: 'Target value, as printed' },
  },
  'glossary.csv': {
    definition: { zh: '定义，照录报告“名词解释”原文', en: 'Definition, quoted from the report’s “Explanation of terms”' },
  },
  'site_glossary.csv': {
    group: { zh: '术语所属的分组（英文编号）', en: 'The group the term belongs to (an identifier)' },
    short: { zh: '一句话解释，用于悬停提示', en: 'A one-line explanation, for the hover hint' },
    plain: { zh: '本站用通俗语言写的解释', en: 'The site’s explanation in plain words' },
    report_id: {
      zh: '对应的报告名词解释在名词解释文件（`glossary.csv`）中的 `id`；报告没有解释的留空',
      en: 'The `id` of the report’s own definition in the glossary file (`glossary.csv`); empty if the report has none',
    },
    related: { zh: '相关术语的 `id`，以空格分隔', en: 'The `id`s of related terms, separated by spaces' },
  },
  'report_totals.csv': {
    description: {
      zh: '报告中印出的这个合计数是什么（英文或中文简述）',
      en: 'What this total printed in the report is (a short description in English or Chinese)',
    },
  },
  'known_gaps.csv': {
    identity: {
      zh: '对不上的等式，用程序写法表示（供开发者核对）',
      en: 'The identity that does not hold, written as code (for developers to check)',
    },
    printed: { zh: '报告印出的数', en: 'The figure the report prints' },
    computed: { zh: '按下级数字加总得到的数', en: 'The figure obtained by adding up the lower-level figures' },
    difference: { zh: '两者之差（印出的数减加总得到的数）', en: 'The difference (printed minus computed)' },
    lines: { zh: '涉及的行号，以分号分隔', en: 'The report lines involved, separated by semicolons' },
    note: { zh: '中文说明', en: 'Explanation, in Chinese' },
  },
  'sheet_fund_differences.csv': {
    table_amount: { zh: '表十二中的项目金额，万元', en: 'The project amount in Table 12, 10,000 yuan' },
    sheet_annual_total_yuan: { zh: '绩效表上的年度资金总额，元', en: 'Total funds for the year on the performance sheet, yuan' },
    sheet_period_total_yuan: {
      zh: '绩效表上的实施期资金总额，元',
      en: 'Total funds for the implementation period on the performance sheet, yuan',
    },
    note: { zh: '差异的中文说明', en: 'Explanation of the difference, in Chinese' },
  },
  'function_assignment_alternatives.csv': {
    project_id: { zh: '“编辑判断”类项目的编号', en: 'Identifier of a project assigned by editorial judgement' },
    chosen_code: { zh: '本站采用的功能科目编码', en: 'The functional heading this site uses' },
    alternative_code: { zh: '同样说得通的另一个功能科目编码', en: 'Another functional heading that is just as defensible' },
    misfits_if_alternative: {
      zh: '改用这个科目时，名称与科目不符的项目数（与最少数相同）',
      en: 'How many projects’ names would not fit their heading with this choice (the same as the minimum)',
    },
  },
  'function_assignment_strict.csv': {
    function_code: { zh: '更严名称规则下推定的功能科目编码', en: 'The functional heading inferred under the stricter naming rule' },
    function_basis: {
      zh: '更严规则下的依据，取值同项目文件的 `function_basis`',
      en: 'Basis under the stricter rule; same values as `function_basis` in the projects file',
    },
    function_fits_name: {
      zh: '更严规则下科目与名称是否相符：`true` 是，`false` 否',
      en: 'Whether the heading fits the name under the stricter rule: `true` yes, `false` no',
    },
  },
  'discrepancies.csv': {
    description: { zh: '比较的是什么（英文简述，供开发者核对）', en: 'What is compared (a short description in English, for developers)' },
    figure_a: { zh: '一方的数字或说法，照录原文', en: 'One side’s figure or wording, as printed' },
    source_a_line: { zh: '一方所在的行号', en: 'The line of one side' },
    figure_b: { zh: '另一方的数字或说法；括号内是本站的说明', en: 'The other side’s figure or wording; the site’s remarks in brackets' },
    source_b_line: { zh: '另一方所在的行号', en: 'The line of the other side' },
    site_uses: { zh: '本站采用哪一个（英文，供开发者核对）', en: 'Which one this site uses (in English, for developers)' },
    reason: { zh: '原因（英文，供开发者核对）', en: 'Reason (in English, for developers)' },
    explanation_zh: {
      zh: '中文说明，显示在方法说明页',
      en: 'Explanation in Chinese, shown on the methodology page (its English is in `translations/en/discrepancies.csv`)',
    },
    project_id: {
      zh: '出错的绩效表属于哪个项目；该项目页面会标出。与具体项目无关的留空',
      en: 'The project whose performance sheet has the error; its page flags it. Empty when no single project is concerned',
    },
  },
};

export interface ColumnDescription {
  column: string;
  description: string;
}

const LANGUAGE_NAME: Record<Lang, string> = { zh: 'Chinese', en: 'English' };

/** Every column of a file with its description in `lang`; throws when one has none. */
export function describeColumns(dataset: Pick<DatasetFile, 'file' | 'columns'>, lang: Lang): ColumnDescription[] {
  return dataset.columns.map((column) => {
    const description = (BY_FILE[dataset.file]?.[column] ?? COMMON[column])?.[lang];
    if (!description)
      throw new Error(`src/lib/dataDictionary.ts: no ${LANGUAGE_NAME[lang]} description for ${dataset.file} column "${column}"`);
    return { column, description };
  });
}

/** The files and columns the dictionary describes, to check it against the published files. */
export const DESCRIBED = {
  common: Object.keys(COMMON),
  byFile: Object.fromEntries(Object.entries(BY_FILE).map(([file, entries]) => [file, Object.keys(entries)])),
};
