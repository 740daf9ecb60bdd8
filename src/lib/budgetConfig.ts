/**
 * Which budget this site is about: the year, the department, the functional class the charts open
 * up, and the projects the explainer and the lesson take as examples. Code reads these instead of
 * writing them out, so they are stated once.
 */
export const BUDGET_YEAR = 2024;

/** The place the department belongs to; project names often start with it. */
export const PLACE_NAME = '晋城市';

export const DEPARTMENT_NAME = `${PLACE_NAME}生态环境局`;

/** The city and the department in English (ENGLISH.md's canonical name). */
export const PLACE_NAME_EN = 'Jincheng';

export const DEPARTMENT_NAME_EN = `${PLACE_NAME_EN} Municipal Ecology and Environment Bureau`;

export const REPORT_TITLE = `${DEPARTMENT_NAME}${BUDGET_YEAR}年部门预算公开报告`;

/** The functional class (类) the treemap and the flow open up to every project: 211 节能环保支出. */
export const ROOT_CLASS = '211';

/** Projects the pages single out, by id in projects.csv. */
export const FEATURED_PROJECTS = {
  /** The project whose performance sheet is the example: the lesson's critique exercise, the explainer's performance step, the glossary's indicator entries. */
  critique: 'chengqu-street-sprinkling',
  /** The project of the lesson's branch comparison follow-up question. */
  wetlands: 'zezhou-wetlands',
} as const;
