import type { Lang } from '../../i18n/lang';
import { budgetIndex } from '../data/budgetIndex';
import { FEATURED_PROJECTS, ROOT_CLASS } from '../budgetConfig';
import type { Budget } from '../data/load';
import { DAYS_IN_2024, formatInteger, formatShare, formatWan, formatYi } from '../format';
import { sumFen, type Fen } from '../money';
import { carryoverProjects, economicCategories, functionClasses, revenueAmount, staffCount, threePublicTopLevel } from '../budgetFacts';
import { formatTimes, percentOneDecimal, roundToCentWan } from './numbers';
import { hardToCheck, hasNumericTarget, NO_NUMERIC_TARGET, numericTargetCounts, numericTargetSentence } from '../indicatorTargets';
import { EN, type ExerciseText } from './exercisesEn';

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

/** The exercise's words in the page's language; the English is composed in exercisesEn.ts from the same figures. */
const inLang = (lang: Lang, zh: () => ExerciseText, en: () => ExerciseText): ExerciseText => (lang === 'en' ? en() : zh());

function readTotal(budget: Budget, lang: Lang): Draft {
  const total = budgetIndex(budget).total('grand-total');
  return {
    id: 'read-total',
    level: 1,
    skill: '读数',
    ...inLang(
      lang,
      () => ({
        question: '从预算总表读数。',
        parts: ['2024年晋城市生态环境局的预算总额是多少万元？', '约合多少亿元（1亿元 = 10,000万元）？'],
        answer: `${formatWan(total)}，约${formatYi(total)}。`,
        working: [`预算总表“预算总额”一行：${formatWan(total)}。`, `${formatWan(total)} ÷ 10,000 ≈ ${formatYi(total)}。`],
      }),
      () => EN.readTotal({ total }),
    ),
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
    ...inLang(
      lang,
      () => ({
        question: '从预算总表读数。',
        parts: ['节能环保支出是多少万元？', '它占预算总额的百分之几（保留一位小数）？'],
        answer: `节能环保支出${formatWan(energy)}，占预算总额的${formatShare(energy, total)}。`,
        working: [`${formatWan(energy)} ÷ ${formatWan(total)} × 100% ≈ ${formatShare(energy, total)}。`],
      }),
      () => EN.energyShare({ energy, total }),
    ),
    materials: ['totals'],
    values: { energy, sharePercent: percentOneDecimal(energy, total) },
  };
}

function sourcesAddUp(budget: Budget, lang: Lang): Draft {
  const total = budgetIndex(budget).total('grand-total');
  const sources = budget.revenue.filter((row) => (row.amount ?? 0) > 0);
  const sum = sumFen(sources.map((row) => row.amount ?? 0));
  const carryover = revenueAmount(budget, 'carryover');
  const addition = sources.map((row) => formatWan(row.amount ?? 0)).join(' + ');
  return {
    id: 'sources-add-up',
    level: 2,
    skill: '计算',
    ...inLang(
      lang,
      () => ({
        question: '钱从哪来：报告列出了几种资金来源。',
        parts: [
          `把${sources.map((row) => row.name).join('、')}加起来，是否等于预算总额？`,
          '上年结转占预算总额的百分之几（保留一位小数）？',
        ],
        answer: `${addition} = ${formatWan(sum)}，${sum === total ? '正好等于' : '不等于'}预算总额。上年结转占${formatShare(carryover, total)}。`,
        working: [
          `${addition} = ${formatWan(sum)}。`,
          `${formatWan(carryover)} ÷ ${formatWan(total)} × 100% ≈ ${formatShare(carryover, total)}。`,
        ],
      }),
      () => EN.sourcesAddUp({ sources, sum, total, carryover }),
    ),
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
    ...inLang(
      lang,
      () => ({
        question: `2024年是闰年，有${DAYS_IN_2024}天。`,
        parts: ['如果把全年预算平均分到每一天，每天是多少万元（保留两位小数）？', '这个“每天”的数字能说明钱真的是每天均匀花出去的吗？'],
        answer: `每天约${formatWan(perDay)}。不能：这只是帮助感受规模的平均数，工资按月发，工程按进度付款。`,
        working: [`${formatWan(total)} ÷ ${DAYS_IN_2024} ≈ ${formatWan(perDay)}。`],
      }),
      () => EN.perDay({ total, perDay }),
    ),
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
  const direction = changeFen < 0 ? '减少' : '增加';
  const biggest = largestChange(rows);
  const biggestChange = Math.round(biggest.change_from_2023 * 100) * 10_000;
  return {
    id: 'three-public-2023',
    level: 2,
    skill: '计算',
    ...inLang(
      lang,
      () => ({
        question: `2024年“三公”经费预算${formatWan(total)}，比2023年${direction}${formatWan(Math.abs(changeFen))}。`,
        parts: ['2023年的“三公”经费预算是多少万元？', '“三公”经费的各项中，哪一项变化最大？报告给出的原因是什么？'],
        answer: `${formatWan(lastYear)}。变化最大的是${biggest.name}，${biggestChange < 0 ? '减少' : '增加'}${formatWan(Math.abs(biggestChange))}；报告说明的原因是公务用车已划转。`,
        working: [
          `2023年 = 2024年 − 变化 = ${formatWan(total)} − (${changeFen < 0 ? '−' : ''}${formatWan(Math.abs(changeFen))}) = ${formatWan(lastYear)}。`,
        ],
      }),
      () => EN.threePublicLastYear({ total, changeFen, lastYear, biggest, biggestChange }),
    ),
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
  const transfersText = transfers?.personnel ? `其中“对个人和家庭的补助”（主要是退休费）就有${formatWan(transfers.personnel)}，` : '';
  return {
    id: 'personnel-per-staff',
    level: 3,
    skill: '计算',
    ...inLang(
      lang,
      () => ({
        question: `本部门实际在职人员${formatInteger(staff)}人。`,
        parts: ['人员经费平均摊到每位在职人员是多少万元（保留两位小数）？', '这个数字是不是“平均工资”？为什么？'],
        answer: `约${formatWan(perStaff)}。不是平均工资：人员经费还包括社保缴费、住房公积金和离退休人员的费用，${transfersText}退休人员并不在${formatInteger(staff)}人之中。`,
        working: [`${formatWan(personnel)} ÷ ${formatInteger(staff)} ≈ ${formatWan(perStaff)}。`],
      }),
      () => EN.personnelPerStaff({ personnel, staff, perStaff, transfers: transfers?.personnel ?? 0 }),
    ),
    materials: ['totals', 'basic-two-ways'],
    values: { personnel, staff, perStaff },
  };
}

function carryoverComparison(budget: Budget, lang: Lang): Draft {
  const total = revenueAmount(budget, 'carryover');
  const projects = carryoverProjects(budget);
  const largest = projects[0];
  if (!largest) throw new Error('no project has carried-over money');
  const lines = projects.map((project) => `“${project.name}”${formatWan(project.carryover)}（${formatShare(project.carryover, total)}）`);
  return {
    id: 'carryover-projects',
    level: 3,
    skill: '比较',
    ...inLang(
      lang,
      () => ({
        question: `上年结转共${formatWan(total)}。`,
        parts: ['这笔钱属于哪几个项目？各占上年结转的百分之几？', '为什么一个项目会有“上年结转”的钱？'],
        answer: `${lines.join('；')}。这些钱在以前年度就已安排给这些项目，还没有花完，所以结转到2024年继续按原用途使用。`,
        working: projects.map(
          (project) => `${formatWan(project.carryover)} ÷ ${formatWan(total)} × 100% ≈ ${formatShare(project.carryover, total)}。`,
        ),
      }),
      () => EN.carryoverProjects({ total, projects }),
    ),
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
  return {
    id: 'branch-comparison',
    level: 4,
    skill: '比较',
    ...inLang(
      lang,
      () => ({
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
      () => EN.branchComparison({ largest, smallest, ratio, wetlands, wetlandsUnit }),
    ),
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
    ...inLang(
      lang,
      () => ({
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
      () => EN.twoClassifications({ basic, largestCategory, energyBasic, others, byEconomic, byFunction }),
    ),
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

function critiqueIndicators(budget: Budget, lang: Lang): Draft {
  const project = budgetIndex(budget).project(FEATURED_PROJECTS.critique);
  const indicators = budget.indicators.filter((indicator) => indicator.project_id === project.id);
  const numeric = indicators.filter(hasNumericTarget);
  const wordsOnly = indicators.filter((indicator) => !hasNumericTarget(indicator));
  const vagueOutcome = hardToCheck(indicators);
  const all = numericTargetCounts(budget.indicators);
  const allWordsOnly = all.withoutNumericTarget;
  const allWordsOnlyTiming = all.timing;
  return {
    id: 'critique-indicators',
    level: 5,
    skill: '评价',
    ...inLang(
      lang,
      () => ({
        question: `“${project.name}”（${formatWan(project.amount)}）的全部绩效指标。`,
        parts: [
          `哪些指标有可以直接检验的数字目标？哪些${NO_NUMERIC_TARGET}？`,
          '挑一条你认为最难检验的指标，说明理由，并把它改写成一条可以检验的指标。',
        ],
        answer:
          `共${indicators.length}条指标，其中${numeric.length}条有可以核对的数字目标（${numeric.map((indicator) => `${indicator.name}“${indicator.value}”`).join('、')}），` +
          `${wordsOnly.length}条${NO_NUMERIC_TARGET}（${wordsOnly.map((indicator) => `${indicator.name}“${indicator.value}”`).join('、')}）。` +
          (vagueOutcome
            ? `例如“${vagueOutcome.name}”的指标值只是“${vagueOutcome.value}”，没有起点、没有数字，也没说用什么监测数据来判断；可以改写为“某监测点PM10年均浓度比2023年下降若干微克/立方米”之类可以核对的说法。`
            : '') +
          `放到全部指标中看：${numericTargetSentence(all)}`,
        working: [
          `逐条看指标值一栏：写出了可以对照的目标数值（如“≥95%”“2份”）的算“可以直接检验”；${NO_NUMERIC_TARGET}的，再看它是否说清了时间、范围和标准。`,
        ],
      }),
      () => EN.critiqueIndicators({ project, indicators, numeric, wordsOnly, vagueOutcome, all }),
    ),
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
