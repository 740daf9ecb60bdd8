import type { GlossaryGroup } from './siteGlossaryTable';

/** Section headings of the glossary page. */
export const GROUP_LABELS: Record<GlossaryGroup, { title: string; intro: string }> = {
  overview: { title: '预算是什么', intro: '先弄清这份报告讲的是谁、讲的是计划还是结果。' },
  sources: { title: '钱从哪来', intro: '部门的钱有几种来源，每种来源的规矩不一样。' },
  spending: { title: '钱怎么花', intro: '支出先分成两大块：维持运转的基本支出，和办具体事情的项目支出。' },
  classification: { title: '两种分类', intro: '同一笔钱可以按“办什么事”分，也可以按“花成了什么”分。' },
  performance: { title: '绩效目标', intro: '花钱之前要写下打算做成什么，这就是绩效目标和绩效指标。' },
  other: { title: '采购与购买服务', intro: '政府花钱向企业买东西、请人做事的两个常见说法。' },
};

/** The same headings in English, for /en/glossary/. */
export const GROUP_LABELS_EN: Record<GlossaryGroup, { title: string; intro: string }> = {
  overview: { title: 'What a budget is', intro: 'First, whose report this is, and whether it describes a plan or a result.' },
  sources: { title: 'Where the money comes from', intro: 'The department’s money has several sources, and each comes with its own rules.' },
  spending: {
    title: 'How the money is spent',
    intro: 'Spending first splits in two: basic expenditure to keep things running, and project expenditure for specific tasks.',
  },
  classification: {
    title: 'Two classifications',
    intro: 'The same money can be classified by what work it does, or by what it is spent on.',
  },
  performance: {
    title: 'Performance targets',
    intro: 'Before money is spent, what it should achieve is written down: performance targets and performance indicators.',
  },
  other: {
    title: 'Procurement and purchased services',
    intro: 'Two common terms for the government buying things from companies and paying others to do work.',
  },
};
