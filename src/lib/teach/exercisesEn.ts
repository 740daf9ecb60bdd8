/**
 * The exercises' words in English, for teachers outside China. Every figure is passed in by
 * exercises.ts, which computes it once for both languages; names come from the checked translation
 * tables. Amounts stay in the report's unit, 10,000 yuan (万元), so they can be found on the worksheet.
 */
import type { BasicByEconomic, FunctionRow, Indicator, Project, Revenue, ThreePublic, Unit } from '../data/schemas';
import type { Fen } from '../money';
import { BUDGET_YEAR, DEPARTMENT_NAME_EN } from '../budgetConfig';
import { DAYS_IN_2024, formatInteger, formatShare, formatWanNumber, formatYuanProseEnglish } from '../format';
import { sourceNameEnglish } from '../i18n/sourceNames';
import { indicatorText } from '../i18n/indicatorText';
import { translated } from '../i18n/translations';
import { THREE_PUBLIC_TRANSLATIONS } from '../i18n/specs-teach';
import { branchNameEn, projectNameEn } from '../branches/english';
import { economicNameEn, functionNameEn } from '../learn/english';
import type { NumericTargetCounts } from '../indicatorTargets';
import { formatTimesEnglish } from './numbers';

export interface ExerciseText {
  question: string;
  parts: string[];
  answer: string;
  working: string[];
}

/** A table figure in prose: “25,416.80 (10,000 yuan)”. */
const wan = (fen: Fen) => `${formatWanNumber(fen)} (10,000 yuan)`;
/** A figure in a calculation: the bare number, as on the worksheet. */
const n = formatWanNumber;
/** “a, b and c”. */
const list = (items: string[]) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`);
const quoted = (indicator: Indicator) => {
  const { name, value } = indicatorText('en', indicator);
  return `${name} “${value}”`;
};

/** The English of numericTargetSentence (src/lib/indicatorTargets.ts), from the same counts. */
function numericTargetSentenceEn(counts: NumericTargetCounts): string {
  return (
    `of all ${formatInteger(counts.total)} project performance indicators, ${formatInteger(counts.withoutNumericTarget)} (${formatShare(counts.withoutNumericTarget, counts.total)}) have no numeric target to check against ` +
    `(no target value can be read from them; ${formatInteger(counts.withoutAnyDigit)} contain no digit at all). ` +
    `Of these ${formatInteger(counts.withoutNumericTarget)}, ${formatInteger(counts.timing)} are timeliness indicators: they set a deadline, which can be checked when it comes; ` +
    'targets such as “improve” or “keep improving” are hard to check.'
  );
}

export const EN = {
  readTotal: ({ total }: { total: Fen }): ExerciseText => ({
    question: 'Read a figure from the summary table.',
    parts: [
      `What is the total ${BUDGET_YEAR} budget of the ${DEPARTMENT_NAME_EN}, in units of 10,000 yuan?`,
      'About how many million yuan is that (1 million yuan = 100 × 10,000 yuan)?',
    ],
    answer: `${wan(total)}, about ${formatYuanProseEnglish(total)}.`,
    working: [`Summary table, row “total budget”: ${n(total)}.`, `${n(total)} ÷ 100 ≈ ${formatYuanProseEnglish(total)}.`],
  }),

  energyShare: ({ energy, total }: { energy: Fen; total: Fen }): ExerciseText => ({
    question: 'Read from the summary table.',
    parts: [
      'How much is spending on energy conservation and environmental protection (functional class 211), in 10,000 yuan?',
      'What percentage of the total budget is it (to one decimal place)?',
    ],
    answer: `Energy conservation and environmental protection: ${wan(energy)}, ${formatShare(energy, total)} of the total budget.`,
    working: [`${n(energy)} ÷ ${n(total)} × 100% ≈ ${formatShare(energy, total)}.`],
  }),

  sourcesAddUp: ({ sources, sum, total, carryover }: { sources: Revenue[]; sum: Fen; total: Fen; carryover: Fen }): ExerciseText => {
    const addition = sources.map((row) => n(row.amount ?? 0)).join(' + ');
    return {
      question: 'Where the money comes from: the report lists several sources of funds.',
      parts: [
        `Add up the ${list(sources.map((row) => sourceNameEnglish(row.id)))}. Do they equal the total budget?`,
        'What percentage of the total budget is the carry-over from the previous year (to one decimal place)?',
      ],
      answer: `${addition} = ${n(sum)}, ${sum === total ? 'exactly' : 'not'} the total budget. The carry-over is ${formatShare(carryover, total)} of it.`,
      working: [`${addition} = ${n(sum)}.`, `${n(carryover)} ÷ ${n(total)} × 100% ≈ ${formatShare(carryover, total)}.`],
    };
  },

  perDay: ({ total, perDay }: { total: Fen; perDay: Fen }): ExerciseText => ({
    question: `${BUDGET_YEAR} was a leap year, with ${DAYS_IN_2024} days.`,
    parts: [
      'If the year’s budget were spread evenly over its days, how much would each day get, in 10,000 yuan (to two decimal places)?',
      'Does this “per day” figure show that the money really is spent evenly, day by day?',
    ],
    answer: `About ${wan(perDay)} a day. No: it is only an average that helps to feel the scale; salaries are paid monthly and works are paid as they progress.`,
    working: [`${n(total)} ÷ ${DAYS_IN_2024} ≈ ${n(perDay)}.`],
  }),

  threePublicLastYear: ({
    total,
    changeFen,
    lastYear,
    biggest,
    biggestChange,
  }: {
    total: Fen;
    changeFen: Fen;
    lastYear: Fen;
    biggest: ThreePublic;
    biggestChange: Fen;
  }): ExerciseText => ({
    question: `In ${BUDGET_YEAR} the budget for the “three public expenses” (official overseas travel, official vehicles, official hospitality) is ${wan(total)}, ${changeFen < 0 ? 'down' : 'up'} ${n(Math.abs(changeFen))} on ${BUDGET_YEAR - 1}.`,
    parts: [
      `What was the budget for the “three public expenses” in ${BUDGET_YEAR - 1}, in 10,000 yuan?`,
      'Which of the expenses changed most? What reason does the report give?',
    ],
    answer: `${wan(lastYear)}. ${translated(THREE_PUBLIC_TRANSLATIONS, [biggest.id], 'name')} changed most, ${biggestChange < 0 ? 'down' : 'up'} ${n(Math.abs(biggestChange))}; the report explains that the official vehicles have been transferred.`,
    working: [
      `${BUDGET_YEAR - 1} = ${BUDGET_YEAR} − change = ${n(total)} − (${changeFen < 0 ? '−' : ''}${n(Math.abs(changeFen))}) = ${n(lastYear)}.`,
    ],
  }),

  personnelPerStaff: ({
    personnel,
    staff,
    perStaff,
    transfers,
  }: {
    personnel: Fen;
    staff: number;
    perStaff: Fen;
    transfers: Fen;
  }): ExerciseText => ({
    question: `The department has ${formatInteger(staff)} staff actually in post.`,
    parts: [
      'Spread over the staff in post, how much are staff costs per person, in 10,000 yuan (to two decimal places)?',
      'Is this figure an “average salary”? Why or why not?',
    ],
    answer:
      `About ${wan(perStaff)}. It is not an average salary: staff costs also include social insurance contributions, the housing provident fund and the costs of retired staff` +
      `${transfers ? `; “subsidies to individuals and households” (mostly pensions) alone come to ${wan(transfers)}` : ''}, and retired staff are not among the ${formatInteger(staff)}.`,
    working: [`${n(personnel)} ÷ ${formatInteger(staff)} ≈ ${n(perStaff)}.`],
  }),

  carryoverProjects: ({ total, projects }: { total: Fen; projects: Project[] }): ExerciseText => ({
    question: `The carry-over from the previous year totals ${wan(total)}.`,
    parts: [
      'Which projects does this money belong to? What share of the carry-over does each have?',
      'Why would a project have money “carried over from the previous year”?',
    ],
    answer:
      `${projects.map((project) => `“${projectNameEn(project)}” ${wan(project.carryover)} (${formatShare(project.carryover, total)})`).join('; ')}. ` +
      `This money was allocated to these projects in earlier years and has not yet been spent, so it is carried over into ${BUDGET_YEAR} and used for the same purpose.`,
    working: projects.map((project) => `${n(project.carryover)} ÷ ${n(total)} × 100% ≈ ${formatShare(project.carryover, total)}.`),
  }),

  branchComparison: ({
    largest,
    smallest,
    ratio,
    wetlands,
    wetlandsUnit,
  }: {
    largest: Unit;
    smallest: Unit;
    ratio: number;
    wetlands: Project;
    wetlandsUnit: Unit;
  }): ExerciseText => {
    const share = formatShare(wetlands.amount, wetlandsUnit.project_total);
    return {
      question: 'Compare the project expenditure of the six county branches.',
      parts: [
        'Which branch has the most project expenditure? Which the least?',
        'How many times the smallest is the largest (to one decimal place)?',
        `What percentage of the ${branchNameEn(wetlandsUnit)}’s project expenditure is “${projectNameEn(wetlands)}” (to one decimal place)? What does that tell you?`,
      ],
      answer:
        `Most: the ${branchNameEn(largest)}, ${wan(largest.project_total)}; least: the ${branchNameEn(smallest)}, ${wan(smallest.project_total)}; ` +
        `the first is about ${formatTimesEnglish(ratio)} the second. The wetlands project, ${wan(wetlands.amount)}, is ${share} of the ${branchNameEn(wetlandsUnit)}’s project expenditure: ` +
        'one large project can put a branch’s total far above the others’, so when comparing totals, look at the projects they are made of.',
      working: [
        `${n(largest.project_total)} ÷ ${n(smallest.project_total)} ≈ ${formatTimesEnglish(ratio)}.`,
        `${n(wetlands.amount)} ÷ ${n(wetlandsUnit.project_total)} × 100% ≈ ${share}.`,
      ],
    };
  },

  twoClassifications: ({
    basic,
    largestCategory,
    energyBasic,
    others,
    byEconomic,
    byFunction,
  }: {
    basic: Fen;
    largestCategory: BasicByEconomic;
    energyBasic: Fen;
    others: FunctionRow[];
    byEconomic: Fen;
    byFunction: Fen;
  }): ExerciseText => ({
    question: `The same basic expenditure, ${wan(basic)}, is split two ways: by “what the money buys” (economic classification) and by “what it is for” (functional classification).`,
    parts: [
      'In the economic classification, which category is largest? What percentage of basic expenditure is it?',
      'In the functional classification, how much of basic expenditure is energy conservation and environmental protection (class 211)? What percentage?',
      'Do the two classifications add up to the same total? Why?',
    ],
    answer:
      `The largest economic category is ${economicNameEn(largestCategory.category)}, ${wan(largestCategory.total)}, ${formatShare(largestCategory.total, basic)}. ` +
      `In the functional classification, energy conservation and environmental protection has ${wan(energyBasic)} of basic expenditure, ${formatShare(energyBasic, basic)}; the rest belongs to ${list(others.map((row) => `${functionNameEn(row.code)} (${row.code})`))}. ` +
      totalsTextEn(basic, byEconomic, byFunction),
    working: [
      `${n(largestCategory.total)} ÷ ${n(basic)} × 100% ≈ ${formatShare(largestCategory.total, basic)}.`,
      `${n(energyBasic)} ÷ ${n(basic)} × 100% ≈ ${formatShare(energyBasic, basic)}.`,
      `Economic classification total ${n(byEconomic)}; functional classification total ${n(byFunction)}.`,
    ],
  }),

  critiqueIndicators: ({
    project,
    indicators,
    numeric,
    wordsOnly,
    vagueOutcome,
    all,
  }: {
    project: Project;
    indicators: Indicator[];
    numeric: Indicator[];
    wordsOnly: Indicator[];
    vagueOutcome: Indicator | undefined;
    all: NumericTargetCounts;
  }): ExerciseText => ({
    question: `All the performance indicators of “${projectNameEn(project)}” (${wan(project.amount)}).`,
    parts: [
      'Which indicators have a numeric target that can be checked directly? Which have no numeric target to check against?',
      'Pick the indicator you think is hardest to check, explain why, and rewrite it as an indicator that can be checked.',
    ],
    answer:
      `There are ${indicators.length} indicators. ${numeric.length} have a numeric target that can be checked (${numeric.map(quoted).join('; ')}); ` +
      `${wordsOnly.length} have no numeric target to check against (${wordsOnly.map(quoted).join('; ')}). ` +
      (vagueOutcome
        ? `For example, the target of “${indicatorText('en', vagueOutcome).name}” is only “${indicatorText('en', vagueOutcome).value}”: no starting point, no number, and nothing on which monitoring data would decide it. ` +
          `It could be rewritten as something checkable, such as “the annual average PM10 concentration at a monitoring point falls by so many micrograms per cubic metre from ${BUDGET_YEAR - 1}”. `
        : '') +
      `Across all the indicators: ${numericTargetSentenceEn(all)}`,
    working: [
      'Go through the target column: a target that states a value to compare against (such as “≥95%” or “2 copies”) can be checked directly; for those with no numeric target, check whether they say when, where and by what standard.',
    ],
  }),
};

/** The exercises' wording functions: ZH (exercisesZh.ts) has the same, with the same arguments. */
export type ExerciseWords = typeof EN;

/** The English of totalsText in exercises.ts. */
function totalsTextEn(basic: Fen, byEconomic: Fen, byFunction: Fen): string {
  if (byEconomic === basic && byFunction === basic)
    return `Both classifications add up to ${wan(basic)}: they are two ways of splitting the same money.`;
  const off = [
    byEconomic === basic ? null : `the economic categories add up to ${wan(byEconomic)}`,
    byFunction === basic ? null : `the functional classes add up to ${wan(byFunction)}`,
  ].filter((text): text is string => text !== null);
  const gap = Math.max(Math.abs(byEconomic - basic), Math.abs(byFunction - basic));
  return (
    `The two classifications split the same money, so they should add up to the same total, ${wan(basic)}. But ${list(off)}, a difference of ${wan(gap)}: ` +
    'this is the report’s own rounding (each item is rounded to 0.01 × 10,000 yuan before adding up, so the last digits do not match), not missing money. When a table is off by a little like this, first ask whether rounding explains it.'
  );
}
