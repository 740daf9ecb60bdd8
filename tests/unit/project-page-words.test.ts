/** The project page's words in each language, from src/lib/projects (the page components pick them by langOf). */
import { describe, expect, it } from 'vitest';
import { basisLabels } from '../../src/lib/functionBasis';
import { BASIS_LABELS } from '../../src/lib/functionBasis';
import { citeLinesIn, sourceWhatEnglish } from '../../src/lib/projects/sources';
import { describePeriod } from '../../src/lib/projects/funding';
import type { Project } from '../../src/lib/data/schemas';

describe('project page words', () => {
  it('cites report lines in both languages', () => {
    expect(citeLinesIn('zh', { line: 1318 })).toBe('原文第1318行');
    expect(citeLinesIn('en', { line: 1318 })).toBe('source line 1318');
    expect(citeLinesIn('en', { line: 2001, lastLine: 2009 })).toBe('source lines 2001–2009');
  });

  it('says what a cited passage holds in English, and refuses one it does not know', () => {
    const project = { source_table: '表十二' } as const;
    expect(sourceWhatEnglish({ what: '表十二（项目支出预算表）中的金额和资金来源' }, project, 'Table 12')).toBe(
      'Table 12 (project expenditure budget): amount and funding sources',
    );
    expect(() => sourceWhatEnglish({ what: '别的' }, project, 'Table 12')).toThrow('No English for the source "别的"');
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
