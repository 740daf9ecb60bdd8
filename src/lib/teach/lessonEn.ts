/**
 * The 45-minute lesson in English (the Chinese is in lesson.ts): the same steps, minutes and
 * exercises, written for teachers outside China. Figures in the prompts come from the data.
 */
import type { Skill } from './exercises';
import { LESSON_PLAN, type DiscussionFigures, type LessonStep } from './lesson';

export const LEARNING_GOALS_EN = [
  'Say where a government department’s money comes from (this year’s appropriations, the unit’s own funds, carry-over from the previous year) and how these differ.',
  'Tell basic expenditure from project expenditure, with examples from this report.',
  'Read figures from a budget table, work out shares, amounts per person and per day, and say what these figures cannot show.',
  'Compare the budgets of different county branches and say what to watch for when comparing.',
  'Read a performance target sheet, judge whether a performance indicator can be checked, and suggest how to improve it.',
];

/** The lesson's steps in English, in LESSON_PLAN's order; minutes, exercises and pages come from it. */
const STEPS_EN: Pick<LessonStep, 'title' | 'activity'>[] = [
  {
    title: 'Starter: how much does the environment bureau spend in a year?',
    activity:
      'Ask students to guess a figure, then open the site’s home page to reveal the answer. Ask: where do you think most of this money goes?',
  },
  {
    title: 'Explanation: how to read a budget',
    activity:
      'Use steps 1 to 3 of “How to read this budget” to explain where the money comes from, basic and project expenditure, and the two classifications. Open the glossary for any term.',
  },
  {
    title: 'Exercises, part one: reading and calculating',
    activity:
      'In pairs, students do exercises 1 to 6: first read the figures, then work out shares, amounts per day and per person. Remind them to write down their working.',
  },
  {
    title: 'Exercises, part two: comparing and evaluating',
    activity: 'In groups, students do exercises 7 to 10. For exercise 10, each group writes its rewritten indicator on the board.',
  },
  {
    title: 'Discussion and wrap-up',
    activity: 'Pick one or two of the discussion questions below. To finish, each student says one thing they learned about budgets today.',
  },
];

export const LESSON_PLAN_EN: LessonStep[] = LESSON_PLAN.map((step, index) => {
  const english = STEPS_EN[index];
  if (!english) throw new Error(`lesson step ${index + 1} has no English: add it to STEPS_EN in src/lib/teach/lessonEn.ts`);
  return { ...step, ...english };
});

export const SKILLS_EN: Record<Skill, string> = {
  读数: 'reading',
  计算: 'calculating',
  比较: 'comparing',
  分析: 'analysing',
  评价: 'evaluating',
};

export function discussionPromptsEn(figures: DiscussionFigures): string[] {
  return [
    `The carry-over from the previous year is ${figures.carryover}, ${figures.carryoverShare} of all the funds. Is it good or bad that a department has money left unspent? What else would you need to know to judge?`,
    `Of the ${figures.indicatorCount} project performance indicators, ${figures.satisfactionCount} are satisfaction indicators. Who should survey satisfaction? Should the results be published?`,
    `The “three public expenses” come to only ${figures.threePublic}, ${figures.threePublicShare} of the whole budget. Why does the report give them a table of their own (Table 10) and compare them with the year before?`,
    `The report does not say which functional classification item each project belongs to; this site can only infer it, and for ${figures.editorialCount} projects only by editorial judgement. If you could improve the report, what more would you want it to publish?`,
    'A budget is a plan. If you wanted to know whether the money for projects such as the wetlands or street sprinkling was well spent in the end, what documents would you look for? Whom could you ask?',
  ];
}
