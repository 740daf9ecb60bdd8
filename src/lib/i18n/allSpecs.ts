import type { TranslationSpec } from './translations';
import { SPECS } from './specs';
import { CHART_SPECS } from './specs-charts';
import { GLOSSARY_SPECS } from './specs-glossary';
import { INDICATOR_SPECS } from './specs-indicators';
import { TEACH_SPECS } from './specs-teach';

/** Every translation table `npm run validate` checks: add each area's specs here (one line each). */
export const TRANSLATION_SPECS: readonly TranslationSpec[] = [
  ...SPECS,
  ...INDICATOR_SPECS,
  ...GLOSSARY_SPECS,
  ...CHART_SPECS,
  ...TEACH_SPECS,
];
