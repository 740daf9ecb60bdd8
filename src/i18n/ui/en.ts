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
