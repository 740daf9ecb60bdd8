import type { Lang } from '../../i18n/lang';
import type { Indicator, Project } from '../data/schemas';

export interface SourceLine {
  /** What is found there, in Chinese. */
  what: string;
  line: number;
  /** Last line of a range (performance indicators span many lines). */
  lastLine?: number;
}

/** Where a project's figures are printed in the report, as lines of the source text. */
export function projectSourceLines(project: Project, indicators: Indicator[]): SourceLine[] {
  const lines: SourceLine[] = [{ what: `${project.source_table}（项目支出预算表）中的金额和资金来源`, line: project.source_line }];
  if (project.sheet_line !== null)
    lines.push({ what: '项目支出绩效目标表（名称、资金、概况、依据、计划、目标）', line: project.sheet_line });
  const own = indicators.filter((indicator) => indicator.project_id === project.id).map((indicator) => indicator.source_line);
  if (own.length) lines.push({ what: '绩效指标', line: Math.min(...own), lastLine: Math.max(...own) });
  return lines;
}

/** “原文第1339行” or “原文第11900–11960行”. */
export function citeLines(source: Pick<SourceLine, 'line' | 'lastLine'>): string {
  return citeLinesIn('zh', source);
}

/** citeLines in the page's language: in English “source line 1339” or “source lines 11900–11960”. */
export function citeLinesIn(lang: Lang, source: Pick<SourceLine, 'line' | 'lastLine'>): string {
  const range = source.lastLine !== undefined && source.lastLine !== source.line;
  if (lang === 'en') return range ? `source lines ${source.line}–${source.lastLine}` : `source line ${source.line}`;
  return range ? `原文第${source.line}–${source.lastLine}行` : `原文第${source.line}行`;
}

/** What a cited passage holds, in English (projectSourceLines describes it in Chinese). */
export function sourceWhatEnglish(source: Pick<SourceLine, 'what'>, project: Pick<Project, 'source_table'>, table: string): string {
  if (source.what.startsWith(project.source_table)) return `${table} (project expenditure budget): amount and funding sources`;
  if (source.what.startsWith('项目支出绩效目标表')) return 'The project’s performance sheet (name, funds, overview, basis, plan, targets)';
  if (source.what === '绩效指标') return 'Performance indicators';
  throw new Error(`No English for the source "${source.what}"`);
}
