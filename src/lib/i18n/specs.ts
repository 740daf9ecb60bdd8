import type { TranslationSpec } from './translations';

/**
 * PROVISIONAL copy for helper 21c's branch pages: helper 21b owns this file and the two tables;
 * the lead keeps 21b's version when merging.
 */
export const UNIT_TRANSLATIONS: TranslationSpec = { table: 'units', key: ['id'], fields: ['name', 'short_name', 'county'] };
export const PROJECT_TRANSLATIONS: TranslationSpec = { table: 'projects', key: ['id'], fields: ['name'] };
export const FUNCTION_TRANSLATIONS: TranslationSpec = { table: 'functions', key: ['code'], fields: ['name'] };
