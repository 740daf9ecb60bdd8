import type { TranslationSpec } from './translations';

/**
 * English for the performance indicators (绩效指标): each project's (data/indicators.csv) and the
 * department's (data/department_indicators.csv). Written by pipeline/translate/indicators.ts from
 * tables of distinct strings; the committed CSVs are what the build checks and reads.
 */
export const INDICATOR_TRANSLATIONS = {
  table: 'indicators',
  key: ['project_id', 'seq'],
  fields: ['name', 'value'],
} as const satisfies TranslationSpec;

export const DEPARTMENT_INDICATOR_TRANSLATIONS = {
  table: 'department_indicators',
  key: ['seq'],
  fields: ['name', 'value'],
} as const satisfies TranslationSpec;

export const INDICATOR_SPECS = [INDICATOR_TRANSLATIONS, DEPARTMENT_INDICATOR_TRANSLATIONS] as const;

/** The indicator framework's levels (一级指标, 二级指标): twelve fixed terms of the national template. */
export const INDICATOR_LEVELS_EN: Readonly<Record<string, string>> = {
  产出指标: 'Output indicators',
  效益指标: 'Outcome indicators',
  满意度指标: 'Satisfaction indicators',
  数量指标: 'Quantity',
  质量指标: 'Quality',
  时效指标: 'Timeliness',
  成本指标: 'Cost',
  经济效益指标: 'Economic benefits',
  社会效益指标: 'Social benefits',
  生态效益指标: 'Ecological benefits',
  可持续影响指标: 'Sustainable impact',
  服务对象满意度指标: 'Satisfaction of those served',
};

/** English for a level of the indicator framework; throws for a level the table lacks. */
export function indicatorLevelEn(level: string): string {
  const english = INDICATOR_LEVELS_EN[level];
  if (english === undefined)
    throw new Error(`No English for the indicator level "${level}": add it to INDICATOR_LEVELS_EN (src/lib/i18n/specs-indicators.ts)`);
  return english;
}
