/**
 * The exercises' words in Chinese. Every figure is passed in by exercises.ts, which computes it once
 * for both languages (the English is in exercisesEn.ts, with the same functions and arguments).
 */
import type { Fen } from '../money';
import { BUDGET_YEAR, DEPARTMENT_NAME } from '../budgetConfig';
import { DAYS_IN_2024, formatInteger, formatShare, formatWan, formatYi } from '../format';
import { NO_NUMERIC_TARGET, numericTargetSentence } from '../indicatorTargets';
import { formatTimes } from './numbers';
import type { ExerciseWords } from './exercisesEn';

const PREVIOUS_YEAR = BUDGET_YEAR - 1;

/** Whether the two classifications add up to the same total, and if not, by how much. */
function totalsText(basic: Fen, byEconomic: Fen, byFunction: Fen): string {
  if (byEconomic === basic && byFunction === basic) return `两种分类合计都是${formatWan(basic)}：它们是同一笔钱的两种分法。`;
  const off = [
    byEconomic === basic ? null : `经济分类各类相加为${formatWan(byEconomic)}`,
    byFunction === basic ? null : `功能分类各类相加为${formatWan(byFunction)}`,
  ].filter(Boolean);
  const gap = Math.max(Math.abs(byEconomic - basic), Math.abs(byFunction - basic));
  return (
    `两种分类是同一笔钱的两种分法，合计应当相同，都是${formatWan(basic)}。但${off.join('，')}，相差${formatWan(gap)}：` +
    '这是报告自己的舍入差（各项四舍五入到0.01万元后再相加，尾数对不上），不是少了钱。读表时遇到这种小差额，先想想是不是舍入造成的。'
  );
}

export const ZH: ExerciseWords = {
  readTotal: ({ total }) => ({
    question: '从预算总表读数。',
    parts: [`${BUDGET_YEAR}年${DEPARTMENT_NAME}的预算总额是多少万元？`, '约合多少亿元（1亿元 = 10,000万元）？'],
    answer: `${formatWan(total)}，约${formatYi(total)}。`,
    working: [`预算总表“预算总额”一行：${formatWan(total)}。`, `${formatWan(total)} ÷ 10,000 ≈ ${formatYi(total)}。`],
  }),
  energyShare: ({ energy, total }) => ({
    question: '从预算总表读数。',
    parts: ['节能环保支出是多少万元？', '它占预算总额的百分之几（保留一位小数）？'],
    answer: `节能环保支出${formatWan(energy)}，占预算总额的${formatShare(energy, total)}。`,
    working: [`${formatWan(energy)} ÷ ${formatWan(total)} × 100% ≈ ${formatShare(energy, total)}。`],
  }),
  sourcesAddUp: ({ sources, sum, total, carryover }) => {
    const addition = sources.map((row) => formatWan(row.amount ?? 0)).join(' + ');
    return {
      question: '钱从哪来：报告列出了几种资金来源。',
      parts: [`把${sources.map((row) => row.name).join('、')}加起来，是否等于预算总额？`, '上年结转占预算总额的百分之几（保留一位小数）？'],
      answer: `${addition} = ${formatWan(sum)}，${sum === total ? '正好等于' : '不等于'}预算总额。上年结转占${formatShare(carryover, total)}。`,
      working: [
        `${addition} = ${formatWan(sum)}。`,
        `${formatWan(carryover)} ÷ ${formatWan(total)} × 100% ≈ ${formatShare(carryover, total)}。`,
      ],
    };
  },
  perDay: ({ total, perDay }) => ({
    question: `${BUDGET_YEAR}年是闰年，有${DAYS_IN_2024}天。`,
    parts: ['如果把全年预算平均分到每一天，每天是多少万元（保留两位小数）？', '这个“每天”的数字能说明钱真的是每天均匀花出去的吗？'],
    answer: `每天约${formatWan(perDay)}。不能：这只是帮助感受规模的平均数，工资按月发，工程按进度付款。`,
    working: [`${formatWan(total)} ÷ ${DAYS_IN_2024} ≈ ${formatWan(perDay)}。`],
  }),
  threePublicLastYear: ({ total, changeFen, lastYear, biggest, biggestChange }) => ({
    question: `${BUDGET_YEAR}年“三公”经费预算${formatWan(total)}，比${PREVIOUS_YEAR}年${changeFen < 0 ? '减少' : '增加'}${formatWan(Math.abs(changeFen))}。`,
    parts: [`${PREVIOUS_YEAR}年的“三公”经费预算是多少万元？`, '“三公”经费的各项中，哪一项变化最大？报告给出的原因是什么？'],
    answer: `${formatWan(lastYear)}。变化最大的是${biggest.name}，${biggestChange < 0 ? '减少' : '增加'}${formatWan(Math.abs(biggestChange))}；报告说明的原因是公务用车已划转。`,
    working: [
      `${PREVIOUS_YEAR}年 = ${BUDGET_YEAR}年 − 变化 = ${formatWan(total)} − (${changeFen < 0 ? '−' : ''}${formatWan(Math.abs(changeFen))}) = ${formatWan(lastYear)}。`,
    ],
  }),
  personnelPerStaff: ({ personnel, staff, perStaff, transfers }) => ({
    question: `本部门实际在职人员${formatInteger(staff)}人。`,
    parts: ['人员经费平均摊到每位在职人员是多少万元（保留两位小数）？', '这个数字是不是“平均工资”？为什么？'],
    answer: `约${formatWan(perStaff)}。不是平均工资：人员经费还包括社保缴费、住房公积金和离退休人员的费用，${transfers ? `其中“对个人和家庭的补助”（主要是退休费）就有${formatWan(transfers)}，` : ''}退休人员并不在${formatInteger(staff)}人之中。`,
    working: [`${formatWan(personnel)} ÷ ${formatInteger(staff)} ≈ ${formatWan(perStaff)}。`],
  }),
  carryoverProjects: ({ total, projects }) => ({
    question: `上年结转共${formatWan(total)}。`,
    parts: ['这笔钱属于哪几个项目？各占上年结转的百分之几？', '为什么一个项目会有“上年结转”的钱？'],
    answer: `${projects.map((project) => `“${project.name}”${formatWan(project.carryover)}（${formatShare(project.carryover, total)}）`).join('；')}。这些钱在以前年度就已安排给这些项目，还没有花完，所以结转到${BUDGET_YEAR}年继续按原用途使用。`,
    working: projects.map(
      (project) => `${formatWan(project.carryover)} ÷ ${formatWan(total)} × 100% ≈ ${formatShare(project.carryover, total)}。`,
    ),
  }),
  branchComparison: ({ largest, smallest, ratio, wetlands, wetlandsUnit }) => ({
    question: '比较六个县（市、区）分局的项目支出。',
    parts: [
      '哪个分局的项目支出最多？哪个最少？',
      '最多的是最少的几倍（保留一位小数）？',
      `“${wetlands.name}”占${wetlandsUnit.short_name}项目支出的百分之几（保留一位小数）？这说明了什么？`,
    ],
    answer:
      `最多：${largest.short_name}${formatWan(largest.project_total)}；最少：${smallest.short_name}${formatWan(smallest.project_total)}；` +
      `前者约是后者的${formatTimes(ratio)}。湿地项目${formatWan(wetlands.amount)}，占${wetlandsUnit.short_name}项目支出的${formatShare(wetlands.amount, wetlandsUnit.project_total)}：` +
      `一个大项目就能让一个分局的总额远超其他分局，比较总额时要看它由哪些项目组成。`,
    working: [
      `${formatWan(largest.project_total)} ÷ ${formatWan(smallest.project_total)} ≈ ${formatTimes(ratio)}。`,
      `${formatWan(wetlands.amount)} ÷ ${formatWan(wetlandsUnit.project_total)} × 100% ≈ ${formatShare(wetlands.amount, wetlandsUnit.project_total)}。`,
    ],
  }),
  twoClassifications: ({ basic, largestCategory, energyBasic, others, byEconomic, byFunction }) => ({
    question: `同样是基本支出${formatWan(basic)}，一个按“花成了什么”（经济分类）分，一个按“办什么事”（功能分类）分。`,
    parts: [
      '按经济分类，哪一类最大？占基本支出的百分之几？',
      '按功能分类，基本支出中有多少属于节能环保支出（211类）？占百分之几？',
      '两种分类的合计是否相同？为什么？',
    ],
    answer:
      `经济分类中最大的是${largestCategory.category}${formatWan(largestCategory.total)}，占${formatShare(largestCategory.total, basic)}。` +
      `功能分类中节能环保支出的基本支出为${formatWan(energyBasic)}，占${formatShare(energyBasic, basic)}，其余属于${others.map((row) => row.name).join('、')}。` +
      totalsText(basic, byEconomic, byFunction),
    working: [
      `${formatWan(largestCategory.total)} ÷ ${formatWan(basic)} × 100% ≈ ${formatShare(largestCategory.total, basic)}。`,
      `${formatWan(energyBasic)} ÷ ${formatWan(basic)} × 100% ≈ ${formatShare(energyBasic, basic)}。`,
      `经济分类合计 ${formatWan(byEconomic)}；功能分类合计 ${formatWan(byFunction)}。`,
    ],
  }),
  critiqueIndicators: ({ project, indicators, numeric, wordsOnly, vagueOutcome, all }) => ({
    question: `“${project.name}”（${formatWan(project.amount)}）的全部绩效指标。`,
    parts: [
      `哪些指标有可以直接检验的数字目标？哪些${NO_NUMERIC_TARGET}？`,
      '挑一条你认为最难检验的指标，说明理由，并把它改写成一条可以检验的指标。',
    ],
    answer:
      `共${indicators.length}条指标，其中${numeric.length}条有可以核对的数字目标（${numeric.map((indicator) => `${indicator.name}“${indicator.value}”`).join('、')}），` +
      `${wordsOnly.length}条${NO_NUMERIC_TARGET}（${wordsOnly.map((indicator) => `${indicator.name}“${indicator.value}”`).join('、')}）。` +
      (vagueOutcome
        ? `例如“${vagueOutcome.name}”的指标值只是“${vagueOutcome.value}”，没有起点、没有数字，也没说用什么监测数据来判断；可以改写为“某监测点PM10年均浓度比${PREVIOUS_YEAR}年下降若干微克/立方米”之类可以核对的说法。`
        : '') +
      `放到全部指标中看：${numericTargetSentence(all)}`,
    working: [
      `逐条看指标值一栏：写出了可以对照的目标数值（如“≥95%”“2份”）的算“可以直接检验”；${NO_NUMERIC_TARGET}的，再看它是否说清了时间、范围和标准。`,
    ],
  }),
};
