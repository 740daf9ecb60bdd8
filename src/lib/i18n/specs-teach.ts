import type { TranslationSpec } from './translations';

/** The "three public expenses" rows (three_public.csv), printed on the English worksheet. */
export const THREE_PUBLIC_TRANSLATIONS = {
  table: 'three_public',
  key: ['id'],
  fields: ['name'],
} as const satisfies TranslationSpec;

export const TEACH_SPECS = [THREE_PUBLIC_TRANSLATIONS] as const;
