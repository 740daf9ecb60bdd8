import type { TranslationSpec } from './translations';
import { SPECS } from './specs';
import { CHART_SPECS } from './specs-charts';

/** Every translation table `npm run validate` checks: add each area's specs here (one line each). */
export const TRANSLATION_SPECS: readonly TranslationSpec[] = [...SPECS, ...CHART_SPECS];
