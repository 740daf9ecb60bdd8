/**
 * The 45-minute lesson: goals, plan and discussion prompts. Texts only; figures that appear in
 * prompts are passed in from the data by the page.
 */
export const LESSON_MINUTES = 45;

export const LEARNING_GOALS = [
  '能说出一个政府部门的钱从哪里来（当年拨款、单位资金、上年结转），以及它们的区别。',
  '能区分基本支出和项目支出，并举出本报告中的例子。',
  '能从预算表中读出数字，计算占比、人均和日均，并说明这些数字的局限。',
  '能比较不同分局的预算，说明比较时要注意什么。',
  '能读懂一张绩效目标表，判断一条绩效指标是否可以检验，并提出改进建议。',
];

export interface LessonStep {
  minutes: number;
  title: string;
  activity: string;
  /** Exercise numbers used in this step. */
  exercises: number[];
  /** Site page the teacher shows, if any. */
  page?: string;
}

export const LESSON_PLAN: LessonStep[] = [
  {
    minutes: 5,
    title: '导入：环保局一年花多少钱？',
    activity: '请学生先猜一个数，再打开本站首页公布答案。问：这么多钱，你觉得大部分花在了哪里？',
    exercises: [],
    page: '/',
  },
  {
    minutes: 10,
    title: '讲解：怎么读一份预算',
    activity: '用“如何读懂这份预算”的第1至3步，讲钱从哪来、基本支出与项目支出、两种分类。遇到术语，点开术语解释。',
    exercises: [],
    page: '/learn/',
  },
  {
    minutes: 12,
    title: '练习一：读数和计算',
    activity: '两人一组完成练习1至6。先读数，再算占比、日均和人均。提醒学生写出算式。',
    exercises: [1, 2, 3, 4, 5, 6],
  },
  {
    minutes: 10,
    title: '练习二：比较和评价',
    activity: '小组完成练习7至10。第10题请各组把改写后的指标写在黑板上。',
    exercises: [7, 8, 9, 10],
  },
  {
    minutes: 8,
    title: '讨论与总结',
    activity: '从下面的讨论题中选一两个。最后请学生用一句话说出今天学到的一个预算知识。',
    exercises: [],
  },
];

/** Start and end minute of each step, for the timetable. */
export function lessonTimetable(plan: LessonStep[] = LESSON_PLAN): (LessonStep & { start: number; end: number })[] {
  let start = 0;
  return plan.map((step) => {
    const timed = { ...step, start, end: start + step.minutes };
    start += step.minutes;
    return timed;
  });
}

/** Open questions for the class; figures in them come from the data. */
export interface DiscussionFigures {
  carryover: string;
  carryoverShare: string;
  satisfactionCount: string;
  indicatorCount: string;
  threePublic: string;
  threePublicShare: string;
  editorialCount: number;
}

export function discussionPrompts(figures: DiscussionFigures): string[] {
  return [
    `上年结转有${figures.carryover}，占全部资金的${figures.carryoverShare}。一个部门有钱没花完，是好事还是坏事？要判断这一点，你还需要知道什么？`,
    `${figures.indicatorCount}条项目绩效指标中，有${figures.satisfactionCount}条满意度指标。满意度应该由谁来调查？调查结果应不应该公开？`,
    `“三公”经费只有${figures.threePublic}，占全部预算的${figures.threePublicShare}。报告为什么要为它单独列一张表（表十），并和上一年比较？`,
    `报告没有写明每个项目属于哪个功能科目，本站只能推断，其中${figures.editorialCount}个项目只能靠编辑判断。如果你来改进这份报告，你希望它多公开哪些信息？`,
    '预算是计划。如果你想知道湿地、洒水这些项目的钱最后花得好不好，应该去找什么材料？可以向谁提问？',
  ];
}
