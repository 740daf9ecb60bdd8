import type { UiStrings } from './index';

/** English UI strings: the same shape as zh.ts (see there). */
export const en: UiStrings = {
  site: {
    title: 'Jincheng Environment Budget 2024',
    skipToContent: 'Skip to content',
    languageName: 'English',
    switchTo: '中文',
    switchToLabel: '阅读本页中文版',
  },
  projects: {
    indexTable: {
      regionLabel: 'Table of all projects',
      caption: (count: number, total: string) => `All ${count} projects, largest first (total ${total} in 10,000 yuan)`,
      sortHint: ': select a column heading to sort by it',
      filterUnit: 'Filter by budget unit',
      allUnits: 'All units',
      filterTheme: 'Filter by theme',
      allThemes: 'All themes',
      name: 'Project',
      unit: 'Unit',
      theme: 'Theme',
      function: 'Functional item',
      amount: 'Amount (10,000 yuan)',
      share: 'Share of all projects',
    },
  },
  glossary: {
    title: 'Glossary',
    indexLabel: 'Index of terms',
    exampleTag: 'In this budget',
    noteTag: 'Note',
    relatedLabel: 'Related terms: ',
    seeInGlossary: (term: string) => `See “${term}” in the glossary`,
    nameSeparator: ': ',
  },
  indicators: {
    level1: 'Level 1',
    level2: 'Level 2',
    name: 'Indicator',
    value: 'Target value',
  },
  dictionary: {
    column: 'Column',
    meaning: 'Meaning',
  },
};
