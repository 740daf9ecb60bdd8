import type { TranslationSpec } from './translations';

/** The "three public expenses" rows (three_public.csv), printed on the English worksheet. */
export const THREE_PUBLIC_TRANSLATIONS = {
  table: 'three_public',
  key: ['id'],
  fields: ['name'],
} as const satisfies TranslationSpec;

/** The economic categories of basic expenditure (basic_by_economic.csv), named on the explainer and the worksheet. */
export const ECONOMIC_TRANSLATIONS = {
  table: 'basic_by_economic',
  key: ['seq'],
  fields: ['category'],
} as const satisfies TranslationSpec;

export const TEACH_SPECS = [THREE_PUBLIC_TRANSLATIONS, ECONOMIC_TRANSLATIONS] as const;
