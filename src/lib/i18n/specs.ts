import type { TranslationSpec } from './translations';

/**
 * The English translations of the project pages' data (data/translations/en/<table>.csv), declared
 * once. Other areas declare theirs in specs-<area>.ts and add them to TRANSLATION_SPECS
 * (src/lib/i18n/allSpecs.ts), which `npm run validate` checks.
 */
export const PROJECT_TRANSLATIONS = {
  table: 'projects',
  key: ['id'],
  // function_note is written by pipeline/assign-functions.ts from the same facts as the Chinese note.
  fields: [
    'name',
    'theme',
    'attribute',
    'overview',
    'legal_basis',
    'necessity',
    'measures',
    'plan',
    'goal_period',
    'goal_annual',
    'function_note',
  ],
} as const satisfies TranslationSpec;

export const UNIT_TRANSLATIONS = {
  table: 'units',
  key: ['id'],
  fields: ['name', 'short_name', 'county'],
} as const satisfies TranslationSpec;

/** Functional classes, sections and items (类/款/项), keyed by their code. */
export const FUNCTION_TRANSLATIONS = {
  table: 'functions',
  key: ['code'],
  fields: ['name'],
} as const satisfies TranslationSpec;

export const SPECS = [PROJECT_TRANSLATIONS, UNIT_TRANSLATIONS, FUNCTION_TRANSLATIONS] as const;
