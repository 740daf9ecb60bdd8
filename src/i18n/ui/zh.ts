/**
 * Chinese UI strings: the words of the site's chrome and components, as opposed to the data's words
 * (those are in data/ and data/translations/). One section per feature; src/i18n/ui/en.ts has the
 * same shape, checked by the type system. A string that needs a number is a function.
 */
export const zh = {
  site: {
    title: '晋城生态环境预算2024',
    skipToContent: '跳到正文',
    languageName: '中文',
    /** The link to the other language, in that language. */
    switchTo: 'English',
    switchToLabel: 'Read this page in English',
  },
  projects: {
    indexTable: {
      regionLabel: '全部项目表',
      caption: (count: number, total: string) => `全部${count}个项目，按金额从大到小排列（合计${total}万元）`,
      sortHint: '：点击表头可重新排序',
      filterUnit: '按单位筛选',
      allUnits: '全部单位',
      filterTheme: '按主题筛选',
      allThemes: '全部主题',
      name: '项目',
      unit: '单位',
      theme: '主题',
      function: '功能科目',
      amount: '金额（万元）',
      share: '占全部项目',
    },
  },
  glossary: {
    title: '术语表',
    indexLabel: '术语索引',
    exampleTag: '在这份预算里',
    noteTag: '注意',
    relatedLabel: '相关术语：',
    /** The popover's link to the glossary entry. */
    seeInGlossary: (term: string) => `在词汇表中查看“${term}”`,
    /** Between a term's name and its definition in a popover (read by screen readers only). */
    nameSeparator: '：',
  },
  indicators: {
    level1: '一级指标',
    level2: '二级指标',
    name: '指标',
    value: '指标值',
  },
  dictionary: {
    column: '列名',
    meaning: '含义',
  },
};
