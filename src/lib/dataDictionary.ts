/**
 * The Chinese data dictionary shown on /data/: one description per column of every published
 * CSV (text between backticks is shown as code). Columns that mean the same in every file are described once (COMMON); a file's own
 * entry wins. The developer notes in data/README.md stay in English; readers see this.
 */
import type { DatasetFile } from './datasetFiles';

const COMMON: Record<string, string> = {
  id: '本行的编号（英文小写字母、数字和连字符，只用于程序和链接）',
  name: '名称，照录报告原文',
  source_line: '这一行数字或文字在报告纯文本中的行号，可据此核对原文',
  amount: '金额，单位万元，保留两位小数',
  unit: '单位，照录报告原文',
  value: '数值或文字，照录报告原文',
  note: '说明',
  description: '说明，照录或概括报告原文',
  project_id: '项目编号，对应项目文件（`projects.csv`）的 `id` 列',
  general_budget: '其中一般公共预算拨款，万元',
  unit_funds: '其中单位资金，万元',
  carryover: '其中上年结转，万元',
  seq: '在原表中的顺序号',
  level1: '一级指标（产出指标、效益指标、满意度指标）',
  level2: '二级指标（如数量指标、时效指标）',
  term: '名词，照录报告原文',
};

const BY_FILE: Record<string, Record<string, string>> = {
  'external_figures.csv': {
    description: '这个数字是什么',
    value: '数值，照录出处',
    unit: '数值的单位',
    as_of: '数值对应的日期（年-月-日）',
    source: '出处：发布机构和文件名；这些数字不是来自预算报告',
    source_published: '出处的发布日期（年-月-日）',
  },
  'units.csv': {
    short_name: '本站使用的简称',
    kind: '单位类型：`headquarters` 局机关本级，`enforcement` 执法队，`institution` 事业单位，`branch` 县区分局',
    county: '分局所在的县（市、区）',
    project_total: '表十二中该单位的项目支出小计，万元',
    project_general_budget: '项目支出中的一般公共预算拨款，万元',
    project_unit_funds: '项目支出中的单位资金，万元',
    running_cost: '表十一中该单位的机关运行经费，万元；事业单位没有此项，留空',
    running_cost_source_line: '机关运行经费在报告中的行号',
  },
  'functions.csv': {
    code: '支出功能分类科目编码：类3位、款5位、项7位',
    level: '科目级次：类、款、项',
    parent_code: '上一级科目的编码；类级留空',
    total: '合计，万元（表三）',
    basic: '其中基本支出，万元',
    project: '其中项目支出，万元',
    general_budget: '按资金来源：一般公共预算，万元（表二）',
    unit_funds: '按资金来源：单位资金，万元（表二）',
    carryover: '按资金来源：上年结转，万元（表二）',
    income_source_line: '表二中该科目所在的行号',
  },
  'revenue.csv': { share_printed: '报告说明中印出的占比（%）' },
  'basic_by_economic.csv': {
    level: '行的级次：`category` 为经济分类的类，`item` 为其下的款',
    category: '经济分类的类（如工资福利支出）',
    dept_item: '部门预算经济分类的款',
    gov_item: '政府预算经济分类的款',
    total: '合计，万元（表六）',
    personnel: '其中人员经费，万元',
    public: '其中公用经费，万元',
  },
  'projects.csv': {
    unit_id: '所属预算单位，对应单位文件（`units.csv`）的 `id` 列',
    source_table: '项目列在哪张表：表十二（当年项目）或表十三（上年结转项目）',
    amount: '项目预算合计，万元',
    function_code: '本站推定的功能分类“项”级科目编码（报告没有写明，方法见方法说明页）',
    function_basis: '推定的依据：`amount-unique` 金额唯一确定，`name-and-amount` 名称与金额共同确定，`editorial` 编辑判断',
    function_fits_name: '推定的科目与项目名称是否相符（按本站公布的名称规则）：`true` 是，`false` 否',
    function_note: '对这个推定的中文说明',
    theme: '本站按项目名称归的主题（如大气、水）',
    sheet_line: '该项目绩效目标表在报告中的起始行号；没有绩效表的留空',
    sheet_name: '绩效目标表上印的项目名称',
    sheet_unit: '绩效目标表上印的实施单位',
    attribute: '项目属性（如经常性项目、一次性项目）',
    period_years: '项目期（年）；长期项目表中填为99',
    period_total_yuan: '实施期资金总额，元',
    annual_total_yuan: '年度资金总额，元',
    annual_central_yuan: '年度资金中的中央财政资金，元',
    annual_provincial_yuan: '年度资金中的省级财政资金，元',
    annual_local_yuan: '年度资金中的市县（区）财政资金，元',
    annual_self_yuan: '年度资金中的单位自筹，元',
    annual_other_yuan: '年度资金中的其他资金，元',
    overview: '项目概况，照录绩效表原文',
    legal_basis: '立项依据，照录原文',
    necessity: '项目设立的必要性，照录原文',
    measures: '保障措施，照录原文',
    plan: '实施计划，照录原文',
    goal_period: '实施期总目标，照录原文',
    goal_annual: '年度目标，照录原文',
  },
  'indicators.csv': {
    name: '指标名称，照录原文（被截断的按原文保留）',
    value: '指标值，照录原文',
    target_number: '从指标值中读出的目标数值；读不出的留空，本站称之为“没有可核对的数字目标”',
    target_unit: '目标数值的单位',
    comparator: '比较符号（≥、≤、>、<、=）',
    name_source: '指标名称从哪一栏取得：`period-column` 实施期一栏，`annual-column` 年度一栏，`cut` 被截断',
  },
  'three_public.csv': {
    general_budget: '其中一般公共预算拨款，万元',
    change_from_2023: '比2023年增减，万元（负数为减少）',
    parent_id: '上一级项目的 `id`；最上一级留空',
  },
  'assets.csv': { value: '数量或面积', note: '统计时点等说明' },
  'changes.csv': { value: '印出的数值', direction: '变化方向：`increase` 增加，`decrease` 减少，`share` 占比，`count` 个数' },
  'department.csv': { key: '事项编号（英文，只用于程序）', label: '事项名称，照录原文' },
  'department_indicators.csv': { name: '指标名称，照录原文', value: '指标值，照录原文' },
  'glossary.csv': { definition: '定义，照录报告“名词解释”原文' },
  'site_glossary.csv': {
    group: '术语所属的分组（英文编号）',
    short: '一句话解释，用于悬停提示',
    plain: '本站用通俗语言写的解释',
    report_id: '对应的报告名词解释在名词解释文件（`glossary.csv`）中的 `id`；报告没有解释的留空',
    related: '相关术语的 `id`，以空格分隔',
  },
  'report_totals.csv': { description: '报告中印出的这个合计数是什么（英文或中文简述）' },
  'known_gaps.csv': {
    identity: '对不上的等式，用程序写法表示（供开发者核对）',
    printed: '报告印出的数',
    computed: '按下级数字加总得到的数',
    difference: '两者之差（印出的数减加总得到的数）',
    lines: '涉及的行号，以分号分隔',
    note: '中文说明',
  },
  'sheet_fund_differences.csv': {
    table_amount: '表十二中的项目金额，万元',
    sheet_annual_total_yuan: '绩效表上的年度资金总额，元',
    sheet_period_total_yuan: '绩效表上的实施期资金总额，元',
    note: '差异的中文说明',
  },
  'function_assignment_alternatives.csv': {
    project_id: '“编辑判断”类项目的编号',
    chosen_code: '本站采用的功能科目编码',
    alternative_code: '同样说得通的另一个功能科目编码',
    misfits_if_alternative: '改用这个科目时，名称与科目不符的项目数（与最少数相同）',
  },
  'function_assignment_strict.csv': {
    function_code: '更严名称规则下推定的功能科目编码',
    function_basis: '更严规则下的依据，取值同项目文件的 `function_basis`',
    function_fits_name: '更严规则下科目与名称是否相符：`true` 是，`false` 否',
  },
  'discrepancies.csv': {
    description: '比较的是什么（英文简述，供开发者核对）',
    figure_a: '一方的数字或说法，照录原文',
    source_a_line: '一方所在的行号',
    figure_b: '另一方的数字或说法；括号内是本站的说明',
    source_b_line: '另一方所在的行号',
    site_uses: '本站采用哪一个（英文，供开发者核对）',
    reason: '原因（英文，供开发者核对）',
    explanation_zh: '中文说明，显示在方法说明页',
    project_id: '出错的绩效表属于哪个项目；该项目页面会标出。与具体项目无关的留空',
  },
};

export interface ColumnDescription {
  column: string;
  description: string;
}

/** Every column of a file with its Chinese description; throws when one has none. */
export function describeColumns(dataset: Pick<DatasetFile, 'file' | 'columns'>): ColumnDescription[] {
  return dataset.columns.map((column) => {
    const description = BY_FILE[dataset.file]?.[column] ?? COMMON[column];
    if (!description) throw new Error(`src/lib/dataDictionary.ts: no Chinese description for ${dataset.file} column "${column}"`);
    return { column, description };
  });
}
