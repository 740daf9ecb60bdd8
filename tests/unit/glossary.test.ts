import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { decodeUtf8 } from '../../src/lib/data/csv';
import { parseTable } from '../../src/lib/data/table';
import { glossaryTable } from '../../src/lib/data/schemas';
import { buildGlossary, groupTerms, SHORT_MAX_CHARS } from '../../src/lib/glossary/glossary';
import { parseSiteGlossary } from '../../src/lib/glossary/load';
import { ui } from '../../src/i18n';

const read = (file: string) => readFileSync(`data/${file}`);
const siteRows = parseSiteGlossary(read('site_glossary.csv'));
const reportRows = parseTable(glossaryTable, decodeUtf8('glossary.csv', read('glossary.csv')));
const sourceText = readFileSync('data/source/jincheng-eeb-2024-budget.txt', 'utf8');
const sourceLines = sourceText.split('\n');

describe('the glossary', () => {
  const terms = buildGlossary(siteRows, reportRows, sourceLines);

  test('covers every one of the report’s own terms (名词解释), quoting its definition', () => {
    expect(reportRows).toHaveLength(12);
    for (const entry of reportRows) {
      const term = terms.find((candidate) => candidate.report?.term === entry.term);
      expect(term, entry.term).toBeDefined();
      expect(term!.report!.definition).toBe(entry.definition);
      expect(term!.report!.sourceLine).toBe(entry.source_line);
    }
  });

  test('quotes each report definition as printed: term, separator (or none) and text occur in the report', () => {
    // Wrapped lines joined, whitespace dropped: a quote may run over several lines.
    const flat = sourceText.replace(/\s+/g, '');
    for (const term of terms) {
      if (!term.report) continue;
      const quote = `${term.report.term}${term.report.separator}${term.report.definition}`.replace(/\s+/g, '');
      expect(flat.includes(quote), quote.slice(0, 30)).toBe(true);
    }
    expect(terms.filter((term) => term.report?.separator === '').map((term) => term.report!.term)).toEqual(
      reportRows.filter((row) => !sourceLines[row.source_line - 1]!.includes(`${row.term}：`)).map((row) => row.term),
    );
  });

  test('defines every term the site uses (issue 8’s list)', () => {
    const names = terms.map((term) => term.term);
    const required = [
      '类、款、项',
      '支出功能分类',
      '支出经济分类',
      '基本支出',
      '项目支出',
      '人员经费',
      '公用经费',
      '财政拨款',
      '单位资金',
      '上年结转',
      '“三公”经费',
      '机关运行经费',
      '绩效目标',
      '绩效指标',
      '产出指标',
      '效益指标',
      '满意度指标',
      '政府采购',
    ];
    for (const name of required) expect(names, name).toContain(name);
  });

  test('every term has a one-line popover text and a plain definition of its own', () => {
    for (const term of terms) {
      expect(term.short.length, term.id).toBeGreaterThan(8);
      expect([...term.short].length, term.id).toBeLessThanOrEqual(SHORT_MAX_CHARS);
      expect(term.short, term.id).not.toMatch(/\n/);
      expect(term.plain.length, term.id).toBeGreaterThan(term.short.length);
      // Our words, not a copy of the report's.
      if (term.report) expect(term.plain).not.toBe(term.report.definition);
    }
  });

  test('related terms point to existing entries, and every group has a heading', () => {
    const ids = new Set(terms.map((term) => term.id));
    for (const term of terms) for (const id of term.related) expect(ids.has(id), `${term.id} → ${id}`).toBe(true);
    for (const section of groupTerms(terms))
      for (const lang of ['zh', 'en'] as const) expect(ui(lang).glossaryPage.groups[section.group].title).toBeTruthy();
    expect(groupTerms(terms).flatMap((section) => section.terms)).toHaveLength(terms.length);
  });

  test('the build fails when a report term loses its site entry', () => {
    const withoutCarryover = siteRows.filter((row) => row.report_id !== 'carryover');
    expect(() => buildGlossary(withoutCarryover, reportRows, sourceLines)).toThrow(/上年结转.*no entry in site_glossary\.csv/);
  });

  test('the build fails on a link to a report term that does not exist', () => {
    const broken = siteRows.map((row) => (row.id === 'carryover' ? { ...row, report_id: 'no-such-term' } : row));
    expect(() => buildGlossary(broken, reportRows, sourceLines)).toThrow(/"no-such-term" is not in glossary\.csv/);
  });
});
