import type { TranslationSpec } from './translations';

/**
 * English for the glossary (the report's 名词解释 in data/glossary.csv and the site's own plain words
 * in data/site_glossary.csv) and for the notes on the report's inconsistencies that pages show
 * (discrepancies.csv `explanation_zh`, known_gaps.csv `note`). Edited by hand in
 * data/translations/en/; the build checks them against the data.
 */
export const REPORT_GLOSSARY_TRANSLATIONS = {
  table: 'glossary',
  key: ['id'],
  fields: ['term', 'definition'],
} as const satisfies TranslationSpec;

export const SITE_GLOSSARY_TRANSLATIONS = {
  table: 'site_glossary',
  key: ['id'],
  fields: ['term', 'short', 'plain'],
} as const satisfies TranslationSpec;

/** The English of the reader-facing column `explanation_zh` is its column `explanation_zh`. */
export const DISCREPANCY_TRANSLATIONS = {
  table: 'discrepancies',
  key: ['id'],
  fields: ['explanation_zh'],
} as const satisfies TranslationSpec;

export const KNOWN_GAP_TRANSLATIONS = {
  table: 'known_gaps',
  key: ['id'],
  fields: ['note'],
} as const satisfies TranslationSpec;

export const GLOSSARY_SPECS = [
  REPORT_GLOSSARY_TRANSLATIONS,
  SITE_GLOSSARY_TRANSLATIONS,
  DISCREPANCY_TRANSLATIONS,
  KNOWN_GAP_TRANSLATIONS,
] as const;
