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
};
