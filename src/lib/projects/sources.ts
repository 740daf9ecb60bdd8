import type { Lang } from '../../i18n/lang';
import { ui } from '../../i18n/ui';
import type { Indicator, Project } from '../data/schemas';
import { projectWord } from '../i18n/projectWords';

/** What a cited passage holds: the budget table's row, the performance target sheet, the indicators. */
export type SourceKind = 'budget-table' | 'performance-sheet' | 'indicators';

export interface SourceLine {
  kind: SourceKind;
  line: number;
  /** Last line of a range (performance indicators span many lines). */
  lastLine?: number;
}

/** Where a project's figures are printed in the report, as lines of the source text. */
export function projectSourceLines(project: Project, indicators: Indicator[]): SourceLine[] {
  const lines: SourceLine[] = [{ kind: 'budget-table', line: project.source_line }];
  if (project.sheet_line !== null) lines.push({ kind: 'performance-sheet', line: project.sheet_line });
  const own = indicators.filter((indicator) => indicator.project_id === project.id).map((indicator) => indicator.source_line);
  if (own.length) lines.push({ kind: 'indicators', line: Math.min(...own), lastLine: Math.max(...own) });
  return lines;
}

/** “原文第1339行” or “原文第11900–11960行”. */
export function citeLines(source: Pick<SourceLine, 'line' | 'lastLine'>): string {
  return citeLinesIn('zh', source);
}

/** citeLines in the page's language: in English “source line 1339” or “source lines 11900–11960”. */
export function citeLinesIn(lang: Lang, source: Pick<SourceLine, 'line' | 'lastLine'>): string {
  const range = source.lastLine !== undefined && source.lastLine !== source.line;
  return ui(lang).projectSources.lines(source.line, range ? source.lastLine : undefined);
}

/** What a cited passage holds, in the page's language: “表十二（项目支出预算表）中的金额和资金来源”. */
export function sourceWhat(lang: Lang, source: Pick<SourceLine, 'kind'>, project: Pick<Project, 'source_table'>): string {
  const words = ui(lang).projectSources;
  switch (source.kind) {
    case 'budget-table':
      return words.budgetTable(projectWord(lang, project.source_table));
    case 'performance-sheet':
      return words.performanceSheet;
    case 'indicators':
      return words.indicators;
  }
}
