import type { Lang } from '../i18n/lang';
import { ui, type UiStrings } from '../i18n/ui';

/** The published CSV files, in the order the data and methodology pages list them. */
export interface DatasetInfo {
  file: DatasetFileName;
  /** How the file was made from the report. */
  method: 'hand' | 'script' | 'derived';
}

/** A published file's name; its title and description are UI strings (`ui(lang).datasets`). */
export type DatasetFileName = keyof UiStrings['datasets'];

export const DATASETS: DatasetInfo[] = [
  { file: 'units.csv', method: 'hand' },
  { file: 'functions.csv', method: 'hand' },
  { file: 'revenue.csv', method: 'hand' },
  { file: 'basic_by_economic.csv', method: 'hand' },
  { file: 'projects.csv', method: 'script' },
  { file: 'indicators.csv', method: 'script' },
  { file: 'three_public.csv', method: 'hand' },
  { file: 'procurement.csv', method: 'hand' },
  { file: 'assets.csv', method: 'hand' },
  { file: 'changes.csv', method: 'hand' },
  { file: 'department.csv', method: 'hand' },
  { file: 'department_indicators.csv', method: 'hand' },
  { file: 'glossary.csv', method: 'hand' },
  { file: 'site_glossary.csv', method: 'hand' },
  { file: 'report_totals.csv', method: 'hand' },
  { file: 'known_gaps.csv', method: 'derived' },
  { file: 'sheet_fund_differences.csv', method: 'script' },
  { file: 'function_assignment_alternatives.csv', method: 'script' },
  { file: 'external_figures.csv', method: 'hand' },
  { file: 'function_assignment_strict.csv', method: 'script' },
  { file: 'discrepancies.csv', method: 'hand' },
];

/** A published file's title and description in `lang`. */
export function datasetWords(lang: Lang, file: DatasetFileName): { title: string; description: string } {
  return ui(lang).datasets[file];
}
