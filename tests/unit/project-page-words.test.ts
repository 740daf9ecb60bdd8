/** The project page's words in each language, from src/lib/projects (the page components pick them by langOf). */
import { describe, expect, it } from 'vitest';
import { basisLabels } from '../../src/lib/functionBasis';
import { BASIS_LABELS } from '../../src/lib/functionBasis';
import { citeLinesIn, sourceWhat } from '../../src/lib/projects/sources';
import { describePeriod } from '../../src/lib/projects/funding';
import type { Project } from '../../src/lib/data/schemas';

describe('project page words', () => {
  it('cites report lines in both languages', () => {
    expect(citeLinesIn('zh', { line: 1318 })).toBe('原文第1318行');
    expect(citeLinesIn('en', { line: 1318 })).toBe('source line 1318');
    expect(citeLinesIn('en', { line: 2001, lastLine: 2009 })).toBe('source lines 2001–2009');
    expect(citeLinesIn('zh', { line: 2001, lastLine: 2009 })).toBe('原文第2001–2009行');
    expect(citeLinesIn('en', { line: 2001, lastLine: 2001 })).toBe('source line 2001');
  });

  it('says what a cited passage holds in both languages, and refuses a table it has no English for', () => {
    const project = { source_table: '表十二' } as const;
    expect(sourceWhat('zh', { kind: 'budget-table' }, project)).toBe('表十二（项目支出预算表）中的金额和资金来源');
    expect(sourceWhat('en', { kind: 'budget-table' }, project)).toBe('Table 12 (project expenditure budget): amount and funding sources');
    expect(sourceWhat('zh', { kind: 'performance-sheet' }, project)).toBe('项目支出绩效目标表（名称、资金、概况、依据、计划、目标）');
    expect(sourceWhat('en', { kind: 'indicators' }, project)).toBe('Performance indicators');
    expect(() => sourceWhat('en', { kind: 'budget-table' }, { source_table: '附表' as never })).toThrow('No English for "附表"');
  });

  it('gives the period in English, open-ended projects included', () => {
    const project = (period_years: number | null) => ({ period_years }) as Project;
    expect(describePeriod(project(99), 'en')).toBe('open-ended (the sheet gives 99 years)');
    expect(describePeriod(project(1), 'en')).toBe('1 year');
    expect(describePeriod(project(3), 'en')).toBe('3 years');
    expect(describePeriod(project(3))).toBe('3年');
  });

  it('uses the methodology’s Chinese basis labels and the page’s own English ones', () => {
    expect(basisLabels('zh').editorial).toBe(BASIS_LABELS.editorial);
    expect(basisLabels('en')['amount-unique'].name).toBe('Determined by amount alone');
  });
});
