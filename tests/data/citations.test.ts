/**
 * Every CSV row that cites a line of the report: the cited line (or the line and the next
 * non-blank one, when the PDF wrapped the text) contains the value or name the citation
 * supports, after dropping thousands separators and whitespace. Rows are read as raw CSV text.
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';

const lines = readFileSync('data/source/jincheng-eeb-2024-budget.txt', 'utf8').split('\n');
type Row = Record<string, string>;
const rowsOf = (file: string) => Papa.parse<Row>(readFileSync(`data/${file}`, 'utf8'), { header: true, skipEmptyLines: true }).data;

/** Drops whitespace and the thousands separators of numbers (“800,000” → “800000”). */
const normalise = (text: string) => text.replace(/(?<=\d),(?=\d{3})/g, '').replace(/\s+/g, '');

/** The cited line joined with up to `extra` following non-blank lines (a wrapped row or name). */
function windowText(lineNumber: number, extra: number): string {
  const parts = [lines[lineNumber - 1] ?? ''];
  for (let index = lineNumber; index < lines.length && parts.length <= extra; index++) {
    if (lines[index]!.trim() !== '') parts.push(lines[index]!);
  }
  return parts.join(' ');
}

/**
 * Whether the window holds the value: as written, “5.00” also as “5”, and a number with its
 * unit also bare (tables print units in the header), but never followed by another unit
 * (“75元” does not support “75万元”).
 */
function holds(window: string, value: string): boolean {
  const text = normalise(value);
  if (normalise(window).includes(text)) return true;
  // Numbers are matched with the spaces kept, so that “80.00 80.00” is not read as “80.0080.00”.
  const spaced = window.replace(/(?<=\d),(?=\d{3})/g, '');
  const unit = /^(-?\d+(?:\.\d+)?)(万元|元)?$/.exec(text);
  if (!unit) return false;
  const numbers = [unit[1]!, ...(/\.\d+$/.test(unit[1]!) ? [unit[1]!.replace(/\.?0+$/, '')] : [])];
  return numbers.some((number) => new RegExp(`(?<![\\d.])${number.replace('.', '\\.')}(?![\\d.]|万|元)`).test(spaced));
}

/**
 * Which column each line column supports, per file, and how many following non-blank lines a
 * wrapped entry may take. Texts longer than 30 characters are checked by their first 15.
 */
const CITATIONS: { file: string; line: string; value: string; extra: number; id: string; name?: string }[] = [
  { file: 'units.csv', line: 'source_line', value: 'project_total', extra: 1, id: 'id' },
  { file: 'units.csv', line: 'running_cost_source_line', value: 'running_cost', extra: 1, id: 'id' },
  // The amount row of a code; its name is printed above it when wrapped.
  { file: 'functions.csv', line: 'source_line', value: 'total', extra: 1, id: 'code' },
  { file: 'revenue.csv', line: 'source_line', value: 'amount', extra: 1, id: 'id' },
  { file: 'basic_by_economic.csv', line: 'source_line', value: 'total', extra: 1, id: 'seq' },
  // Tables leave a zero cell empty: for a zero the row's name must be on the line instead.
  { file: 'three_public.csv', line: 'source_line', value: 'amount', extra: 1, id: 'id', name: 'name' },
  { file: 'procurement.csv', line: 'source_line', value: 'amount', extra: 1, id: 'id' },
  { file: 'assets.csv', line: 'source_line', value: 'value', extra: 1, id: 'id' },
  { file: 'changes.csv', line: 'source_line', value: 'value', extra: 1, id: 'id' },
  { file: 'department.csv', line: 'source_line', value: 'value', extra: 1, id: 'key' },
  { file: 'department_indicators.csv', line: 'source_line', value: 'value', extra: 1, id: 'seq' },
  { file: 'report_totals.csv', line: 'source_line', value: 'amount', extra: 1, id: 'id' },
  { file: 'glossary.csv', line: 'source_line', value: 'term', extra: 1, id: 'id' },
  // 表十二 rows: the name may wrap over three lines and the amounts follow on the row's last line.
  { file: 'projects.csv', line: 'source_line', value: 'name', extra: 2, id: 'id' },
  { file: 'projects.csv', line: 'source_line', value: 'amount', extra: 3, id: 'id' },
  { file: 'projects.csv', line: 'sheet_line', value: 'sheet_name', extra: 1, id: 'id' },
  { file: 'indicators.csv', line: 'source_line', value: 'value', extra: 1, id: 'project_id' },
  { file: 'sheet_fund_differences.csv', line: 'source_line', value: 'sheet_annual_total_yuan', extra: 1, id: 'project_id' },
  { file: 'discrepancies.csv', line: 'source_a_line', value: 'figure_a', extra: 1, id: 'id' },
  { file: 'discrepancies.csv', line: 'source_b_line', value: 'figure_b', extra: 1, id: 'id' },
];

/**
 * The only citations that do not print their figure on the cited line, each for a stated reason.
 * Key: file, id, line column.
 */
const EXCEPTIONS = new Set([
  // Five amounts spread over lines 12350–12374; the sum (217) and the printed 215 are the point.
  'discrepancies.csv zezhou-air-four-items-215 source_a_line',
  // The misprints sit on two lines (PMz5 and （0,） on 1632, 森林覆蔷率 on 1637; the b side cites 1637).
  'discrepancies.csv strategic-goals-misprints source_a_line',
]);

/** Not citations of printed text: the site's reading of a slip (the report prints the a side). */
const INFERRED = new Set([
  'discrepancies.csv strategic-goals-misprints source_b_line',
  'discrepancies.csv qinshui-biodiversity-labour-yuan source_b_line',
  'discrepancies.csv lingchuan-water-year-2004 source_b_line',
  'discrepancies.csv zezhou-air-yuan-for-wan source_b_line',
]);

/** A figure may be a sum of parts (“360辆+1800辆+600辆”) or a list (“a / b”); a trailing （…） is the site's remark. */
function figureParts(value: string): string[] {
  const stripped = value.replace(/（[^（）]*(?:（[^（）]*）[^（）]*)*）$/, '');
  return stripped.split(/\s*\+\s*|\s+\/\s+/).filter(Boolean);
}

type Citation = (typeof CITATIONS)[number];

/** Problems with one row's citation (empty when the cited line holds the value). */
function citationProblems(citation: Citation, row: Row): string[] {
  const lineText = row[citation.line]!;
  const value = row[citation.value]!;
  const window = windowText(Number(lineText), citation.extra);
  const isZero = /^0(\.0+)?$/.test(value) && citation.name !== undefined;
  const parts = isZero ? [row[citation.name!]!] : citation.file === 'discrepancies.csv' ? figureParts(value) : [value];
  return parts.flatMap((part) => {
    const target = normalise(part).length > 30 ? normalise(part).slice(0, 15) : part;
    return holds(window, target)
      ? []
      : [`${citation.file} ${row[citation.id]} ${citation.line} = ${lineText}: “${part.slice(0, 30)}” not on “${lines[Number(lineText) - 1]!.trim().slice(0, 40)}”`];
  });
}

const cited = (citation: Citation) =>
  rowsOf(citation.file).filter((row) => row[citation.line] && row[citation.value] !== undefined && row[citation.value] !== '');
const keyOf = (citation: Citation, row: Row) => `${citation.file} ${row[citation.id]} ${citation.line}`;

describe('every cited source line contains what it supports', () => {
  for (const citation of CITATIONS) {
    test(`${citation.file}: ${citation.line} → ${citation.value}`, () => {
      const rows = cited(citation);
      expect(rows.length).toBeGreaterThan(0);
      const problems = rows.filter((row) => !EXCEPTIONS.has(keyOf(citation, row)) && !INFERRED.has(keyOf(citation, row))).flatMap((row) => citationProblems(citation, row));
      expect(problems).toEqual([]);
    });
  }

  test('every exception is a real citation that would fail the check (no stale entries)', () => {
    const failing = new Set(
      CITATIONS.flatMap((citation) => cited(citation).filter((row) => citationProblems(citation, row).length > 0).map((row) => keyOf(citation, row))),
    );
    expect([...EXCEPTIONS].filter((key) => !failing.has(key))).toEqual([]);
    const all = new Set(CITATIONS.flatMap((citation) => cited(citation).map((row) => keyOf(citation, row))));
    expect([...INFERRED].filter((key) => !all.has(key))).toEqual([]);
  });
});
