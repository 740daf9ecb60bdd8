import { BUDGET_YEAR } from './budgetConfig';

/** The published CSV files, described for readers (methodology and data pages). */
export interface DatasetInfo {
  file: string;
  title: string;
  description: string;
  /** How the file was made from the report. */
  method: 'hand' | 'script' | 'derived';
}

export const DATASETS: DatasetInfo[] = [
  {
    file: 'units.csv',
    title: '预算单位',
    description: '9个预算单位（市局机关、执法队、监测中心和6个县区分局），含表十二项目小计和表十一机关运行经费。',
    method: 'hand',
  },
  {
    file: 'functions.csv',
    title: '支出功能分类',
    description: '表二、表三的类、款、项科目，每个科目的合计、基本支出、项目支出，以及一般公共预算、单位资金、上年结转。',
    method: 'hand',
  },
  { file: 'revenue.csv', title: '收入来源', description: '一般公共预算、单位资金、上年结转等各项收入及说明中的占比。', method: 'hand' },
  {
    file: 'basic_by_economic.csv',
    title: '基本支出经济分类',
    description: '表六：基本支出按经济科目分列的人员经费和公用经费。',
    method: 'hand',
  },
  {
    file: 'projects.csv',
    title: '项目',
    description:
      '表十二、表十三的全部66个项目，含金额、资金来源、所属单位、推定的功能科目及依据、主题，以及绩效目标表中的项目属性、资金、概况、依据和目标。',
    method: 'script',
  },
  {
    file: 'indicators.csv',
    title: '绩效指标',
    description: '64张项目绩效目标表中的全部年度绩效指标，含指标值及可解析的目标数值、单位和比较符。',
    method: 'script',
  },
  { file: 'three_public.csv', title: '“三公”经费', description: '表十“三公”经费及与上年相比的变化。', method: 'hand' },
  { file: 'procurement.csv', title: '政府采购', description: '政府采购预算：货物、工程、服务。', method: 'hand' },
  {
    file: 'assets.csv',
    title: '国有资产',
    description: `车辆、办公用房面积和大额设备数量（截至${BUDGET_YEAR - 1}年底）。`,
    method: 'hand',
  },
  { file: 'changes.csv', title: '变动与占比', description: '第三部分说明中的同比变动和占比数字。', method: 'hand' },
  {
    file: 'department.csv',
    title: '部门概况',
    description: '部门整体绩效目标表中的编制、人员、职责、战略目标和年度目标。',
    method: 'hand',
  },
  { file: 'department_indicators.csv', title: '部门整体绩效指标', description: '部门整体绩效目标表中的年度绩效指标。', method: 'hand' },
  { file: 'glossary.csv', title: '名词解释', description: '报告第四部分的名词解释原文。', method: 'hand' },
  { file: 'site_glossary.csv', title: '本站术语解释', description: '本站用通俗语言写的术语解释，并对应报告名词解释原文。', method: 'hand' },
  { file: 'report_totals.csv', title: '报告中的合计数', description: '报告自己印出的各项合计，用于核对。', method: 'hand' },
  { file: 'known_gaps.csv', title: '已知舍入差', description: '报告自身加总不一致（差0.01等）之处的完整清单。', method: 'derived' },
  {
    file: 'sheet_fund_differences.csv',
    title: '绩效表与预算表资金差异',
    description: '项目绩效目标表的年度资金与表十二金额不一致的项目及原因。',
    method: 'script',
  },
  {
    file: 'function_assignment_alternatives.csv',
    title: '功能科目的其他可能',
    description: '“编辑判断”类项目还可以同样合理地归入哪些功能科目。',
    method: 'script',
  },
  {
    file: 'external_figures.csv',
    title: '报告以外的数字',
    description: '不是来自预算报告、本站用来帮助感受规模的数字（如晋城市常住人口），每个都注明出处和日期。',
    method: 'hand',
  },
  {
    file: 'function_assignment_strict.csv',
    title: '更严名称规则下的功能科目',
    description: '只让“其他……支出”科目对任何项目名称都算相符时，每个项目推定的功能科目、依据和名称是否相符，用于检验推断有多可靠。',
    method: 'script',
  },
  {
    file: 'discrepancies.csv',
    title: '报告自相矛盾之处',
    description: '报告前后数字或表述不一致之处，以及本站采用哪一个。',
    method: 'hand',
  },
];
