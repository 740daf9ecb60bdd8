import type { TranslationSpec } from './translations';
import { SPECS } from './specs';

/** Every translation table `npm run validate` checks: add each area's specs here (one line each). */
export const TRANSLATION_SPECS: readonly TranslationSpec[] = [...SPECS];
