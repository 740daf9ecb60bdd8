/** The report's slips and sheet funds as project pages show them (built pages in dist/, read with linkedom). */
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { formatWan, formatWanExact, formatYuan } from '../../src/lib/format';

const DIST = process.env.DIST_DIR ?? 'dist';
type Row = Record<string, string>;
const csv = (file: string) => Papa.parse<Row>(readFileSync(`data/${file}`, 'utf8'), { header: true, skipEmptyLines: true }).data;
const projects = csv('projects.csv');
const pageText = (id: string) => {
  const { document } = parseHTML(readFileSync(`${DIST}/projects/${id}/index.html`, 'utf8'));
  return document.querySelector('main')!.textContent!.replace(/\s+/g, ' ');
};

describe('discrepancies tied to a project', () => {
  const rows = csv('discrepancies.csv').filter((row) => row.project_id);
  const sheetStarts = projects
    .filter((p) => p.sheet_line)
    .map((p) => Number(p.sheet_line))
    .sort((a, b) => a - b);

  test('cite lines inside that project’s own sheet (or its 表十二 row)', () => {
    expect(rows.length).toBeGreaterThanOrEqual(8);
    for (const row of rows) {
      const project = projects.find((p) => p.id === row.project_id);
      expect(project, row.id).toBeDefined();
      const start = Number(project!.sheet_line);
      const end = sheetStarts.find((line) => line > start) ?? Infinity;
      for (const line of [Number(row.source_a_line), Number(row.source_b_line)]) {
        const inSheet = line >= start && line < end;
        // A 表十二 row: the name line and the amounts up to three lines below it.
        const tableRow = Number(project!.source_line);
        const inTableRow = line >= tableRow && line <= tableRow + 3;
        expect(inSheet || inTableRow, `${row.id} line ${line}`).toBe(true);
      }
    }
  });

  test('are flagged on the project page', () => {
    for (const row of rows) expect(pageText(row.project_id!), row.id).toContain(row.explanation_zh!.replace(/\s+/g, ' '));
  });
});

describe('sheet funds on project pages', () => {
  test('are shown in 元 as the sheet prints them; a difference from 表十二 is explained in its own units', () => {
    let differing = 0;
    for (const project of projects.filter((p) => p.annual_total_yuan)) {
      const annualFen = Number(project.annual_total_yuan) * 100;
      const text = pageText(project.id!);
      expect(text, project.id).toContain(formatYuan(annualFen));
      const tableFen = Math.round(Number(project.amount) * 100) * 10_000;
      if (annualFen === tableFen) continue;
      differing++;
      expect(text, project.id).toContain(formatWanExact(annualFen));
      expect(text, project.id).toContain(formatWan(tableFen));
      // Rounding to the table's 0.01 万元 is called rounding, not a contradiction.
      const rounds = Math.round(annualFen / 10_000) * 10_000 === tableFen;
      expect(text.includes('四舍五入'), project.id).toBe(rounds);
      expect(text.includes(`年度资金（${formatWan(tableFen)}）与`), project.id).toBe(false);
    }
    expect(differing).toBe(csv('sheet_fund_differences.csv').length);
  });
});
