import type { TranslationSpec } from './translations';

/** Sources of funds (revenue.csv), named in the home chart, the flow and the treemap details. */
export const REVENUE_TRANSLATIONS = {
  table: 'revenue',
  key: ['id'],
  fields: ['name'],
} as const satisfies TranslationSpec;

export const CHART_SPECS = [REVENUE_TRANSLATIONS] as const;
