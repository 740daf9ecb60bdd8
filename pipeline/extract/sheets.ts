/**
 * Extract the 64 project performance-target sheets (项目支出绩效目标表) from the
 * plain text of the budget PDF.
 *
 *   npx tsx pipeline/extract/sheets.ts
 *
 * Reads  data/source/jincheng-eeb-2024-budget.txt, data/projects.csv,
 *        data/manual/sheet-corrections.csv
 * Writes data/projects.csv (only the sheet columns, see SHEET_COLUMNS),
 *        data/indicators.csv, data/sheet_fund_differences.csv
 *
 * Deterministic and idempotent: the same inputs give byte-identical outputs.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { FEN_PER_YUAN, wanToFen } from '../../src/lib/money.ts';
import { parseRecords } from '../../src/lib/data/csv.ts';
import { writeRecords } from '../csv.ts';
import { numberLines, parseSheet, splitSheets, type Sheet } from './sheet-parse';
import { annualIndicators, completeNames, type AnnualIndicator } from './sheet-table';

export const PATHS = {
  source: 'data/source/jincheng-eeb-2024-budget.txt',
  projects: 'data/projects.csv',
  corrections: 'data/manual/sheet-corrections.csv',
  indicators: 'data/indicators.csv',
  fundDifferences: 'data/sheet_fund_differences.csv',
} as const;

/** The sheets run from the first sheet title to the 负责人 row of the last one. */
export const SHEETS_FIRST_LINE = 1795;
export const SHEETS_LAST_LINE = 12705;
export const SHEET_COUNT = 64;

/** Columns of data/projects.csv written by this script, in this order. */
export const SHEET_COLUMNS = [
  'sheet_line',
  'sheet_name',
  'sheet_unit',
  'attribute',
  'period_years',
  'period_total_yuan',
  'annual_total_yuan',
  'annual_central_yuan',
  'annual_provincial_yuan',
  'annual_local_yuan',
  'annual_self_yuan',
  'annual_other_yuan',
  'overview',
  'legal_basis',
  'necessity',
  'measures',
  'plan',
  'goal_period',
  'goal_annual',
] as const;
export type SheetColumn = (typeof SHEET_COLUMNS)[number];

export const INDICATOR_COLUMNS = [
  'project_id',
  'seq',
  'level1',
  'level2',
  'name',
  'value',
  'target_number',
  'target_unit',
  'comparator',
  'name_source',
  'source_line',
] as const;
export type IndicatorColumn = (typeof INDICATOR_COLUMNS)[number];
export type IndicatorRow = Record<IndicatorColumn, string>;

export const CORRECTION_COLUMNS = ['project_id', 'field', 'seq', 'value', 'reason', 'source_line'] as const;
export type Correction = Record<(typeof CORRECTION_COLUMNS)[number], string>;

export const FUND_DIFFERENCE_COLUMNS = [
  'project_id',
  'table_amount',
  'sheet_annual_total_yuan',
  'sheet_period_total_yuan',
  'note',
  'source_line',
] as const;

/**
 * Sheets whose annual total (年度资金总额) differs from the project's amount in
 * 表十二, with the explanation. The script throws when a difference is not listed
 * here or a listed one has gone, so the list stays true.
 */
export const FUND_DIFFERENCE_NOTES: Readonly<Record<string, string>> = {
  'survivor-allowance':
    '舍入：绩效表的年度资金为10,560元（每月600元×12个月+3,360元），即1.056万元，表十二四舍五入印为1.06万元。该项目为3年延续性项目，实施期资金共31,680元。',
};

export interface ProjectRow extends Record<string, string> {
  id: string;
  name: string;
  source_table: string;
  amount: string;
}

export interface Extraction {
  /** data/projects.csv rewritten (all columns). */
  projectsCsv: string;
  indicatorsCsv: string;
  fundDifferencesCsv: string;
  /** Parsed sheets by project id, for tests. */
  sheets: Map<string, Sheet>;
  indicators: IndicatorRow[];
  projects: ProjectRow[];
}

function readCsv<T extends Record<string, string>>(text: string, file: string): { rows: T[]; fields: string[] } {
  const { rows, fields } = parseRecords(file, text);
  return { rows: rows as T[], fields };
}

/** Project names compared without whitespace and punctuation, full-width forms folded. */
export function normaliseName(s: string): string {
  return s.normalize('NFKC').replace(/[\s\p{P}\p{S}]/gu, '');
}

/**
 * The 表十二 project of each sheet: same normalised name (or one name containing
 * the other), then, when several share it, the one whose amount equals the
 * sheet's annual total. Throws, naming the line, when a sheet is unmatched or a
 * project gets none or two.
 */
export function matchSheets(sheets: readonly Sheet[], projects: readonly ProjectRow[]): Map<string, Sheet> {
  const table12 = projects.filter((p) => p.source_table === '表十二');
  const out = new Map<string, Sheet>();
  for (const s of sheets) {
    const n = normaliseName(s.name);
    let cands = table12.filter((p) => normaliseName(p.name) === n);
    if (cands.length === 0) {
      cands = table12.filter((p) => {
        const pn = normaliseName(p.name);
        return pn.includes(n) || n.includes(pn);
      });
    }
    if (cands.length > 1) {
      const annual = Number(s.annualTotalYuan);
      // Compared to the 100 元 (0.01 万元) the table prints.
      cands = cands.filter((p) => wanToFen(p.amount) === Math.round(annual / 100) * 100 * FEN_PER_YUAN);
    }
    if (cands.length !== 1) {
      throw new Error(`line ${s.nameLine}: sheet "${s.name}" matches ${cands.length} 表十二 projects`);
    }
    const p = cands[0]!;
    const prev = out.get(p.id);
    if (prev) throw new Error(`line ${s.nameLine}: project ${p.id} already has the sheet at line ${prev.nameLine}`);
    out.set(p.id, s);
  }
  const missing = table12.filter((p) => !out.has(p.id));
  if (missing.length) {
    throw new Error(`表十二 projects without a sheet: ${missing.map((p) => `${p.id} (line ${p.source_line})`).join(', ')}`);
  }
  return out;
}

export function sheetColumns(s: Sheet): Record<SheetColumn, string> {
  return {
    sheet_line: String(s.nameLine),
    sheet_name: s.name,
    sheet_unit: s.unit,
    attribute: s.attribute,
    period_years: String(s.periodYears),
    period_total_yuan: s.periodTotalYuan,
    annual_total_yuan: s.annualTotalYuan,
    annual_central_yuan: s.annualCentralYuan,
    annual_provincial_yuan: s.annualProvincialYuan,
    annual_local_yuan: s.annualLocalYuan,
    annual_self_yuan: s.annualSelfYuan,
    annual_other_yuan: s.annualOtherYuan,
    overview: s.overview,
    legal_basis: s.legalBasis,
    necessity: s.necessity,
    measures: s.measures,
    plan: s.plan,
    goal_period: s.goalPeriod,
    goal_annual: s.goalAnnual,
  };
}

export function indicatorRows(projectId: string, inds: readonly AnnualIndicator[]): IndicatorRow[] {
  return inds.map((i, k) => ({
    project_id: projectId,
    seq: String(k + 1),
    level1: i.level1,
    level2: i.level2,
    name: i.name,
    value: i.value,
    target_number: i.targetNumber,
    target_unit: i.targetUnit,
    comparator: i.comparator,
    name_source: i.nameSource,
    source_line: String(i.sourceLine),
  }));
}

/**
 * Apply data/manual/sheet-corrections.csv: a row with `seq` sets an indicators.csv
 * column of that indicator; a row without sets a sheet column of projects.csv.
 * Every correction must change something, so stale ones are noticed.
 */
export function applyCorrections(
  corrections: readonly Correction[],
  projectCols: Map<string, Record<SheetColumn, string>>,
  indicators: IndicatorRow[],
): void {
  for (const [k, c] of corrections.entries()) {
    const where = `${PATHS.corrections} row ${k + 2}`;
    if (!c.reason?.trim()) throw new Error(`${where}: a correction needs a reason`);
    if (c.seq) {
      if (!(INDICATOR_COLUMNS as readonly string[]).includes(c.field) || c.field === 'project_id' || c.field === 'seq') {
        throw new Error(`${where}: "${c.field}" is not an indicator column that can be corrected`);
      }
      const row = indicators.find((r) => r.project_id === c.project_id && r.seq === c.seq);
      if (!row) throw new Error(`${where}: no indicator ${c.project_id} #${c.seq}`);
      if (c.source_line && row.source_line !== c.source_line) {
        throw new Error(`${where}: indicator ${c.project_id} #${c.seq} is on line ${row.source_line}, not ${c.source_line}`);
      }
      if (row[c.field as IndicatorColumn] === c.value) throw new Error(`${where}: correction changes nothing`);
      row[c.field as IndicatorColumn] = c.value;
    } else {
      const cols = projectCols.get(c.project_id);
      if (!cols) throw new Error(`${where}: no sheet for project "${c.project_id}"`);
      if (!(SHEET_COLUMNS as readonly string[]).includes(c.field)) throw new Error(`${where}: "${c.field}" is not a sheet column`);
      if (cols[c.field as SheetColumn] === c.value) throw new Error(`${where}: correction changes nothing`);
      cols[c.field as SheetColumn] = c.value;
    }
  }
}

/** Run the whole extraction in memory from the texts of the input files. */
export function extract(input: { source: string; projectsCsv: string; correctionsCsv: string }): Extraction {
  const lines = numberLines(input.source);
  const first = lines[SHEETS_FIRST_LINE - 1]?.text.trim();
  const last = lines[SHEETS_LAST_LINE - 1]?.text.trim() ?? '';
  if (first !== '晋城市市级预算部门（单位）项目支出绩效目标表' || !last.startsWith('负责人：')) {
    throw new Error(`${PATHS.source}: the sheets no longer span lines ${SHEETS_FIRST_LINE}–${SHEETS_LAST_LINE}`);
  }
  const sheets = splitSheets(lines, SHEETS_FIRST_LINE, SHEETS_LAST_LINE).map(parseSheet);
  if (sheets.length !== SHEET_COUNT) throw new Error(`expected ${SHEET_COUNT} sheets, found ${sheets.length}`);
  const complete = completeNames(sheets.flatMap((s) => s.cells));

  const { rows: projects, fields } = readCsv<ProjectRow>(input.projectsCsv, PATHS.projects);
  const bySheet = matchSheets(sheets, projects);

  const projectCols = new Map<string, Record<SheetColumn, string>>();
  let indicators: IndicatorRow[] = [];
  for (const p of projects) {
    const s = bySheet.get(p.id);
    if (!s) continue;
    projectCols.set(p.id, sheetColumns(s));
    indicators = indicators.concat(indicatorRows(p.id, annualIndicators(s.cells, complete)));
  }
  const { rows: corrections } = readCsv<Correction>(input.correctionsCsv, PATHS.corrections);
  applyCorrections(corrections, projectCols, indicators);

  const columns = [...fields, ...SHEET_COLUMNS.filter((c) => !fields.includes(c))];
  const outProjects = projects.map((p) => {
    const cols = projectCols.get(p.id);
    const row: Record<string, string> = { ...p };
    for (const c of SHEET_COLUMNS) row[c] = cols?.[c] ?? '';
    return row as ProjectRow;
  });

  const differences: Record<string, string>[] = [];
  for (const p of projects) {
    const s = bySheet.get(p.id);
    if (!s) continue;
    const annual = projectCols.get(p.id)!.annual_total_yuan;
    const agrees = Number(annual) * FEN_PER_YUAN === wanToFen(p.amount);
    const note = FUND_DIFFERENCE_NOTES[p.id];
    if (agrees && note) throw new Error(`${p.id}: listed as a fund difference but the sheet agrees with 表十二`);
    if (!agrees && !note) {
      throw new Error(
        `line ${s.nameLine}: sheet annual total ${annual} 元 differs from ${p.id}'s ${p.amount} 万元; explain it in FUND_DIFFERENCE_NOTES`,
      );
    }
    if (!agrees) {
      differences.push({
        project_id: p.id,
        table_amount: p.amount,
        sheet_annual_total_yuan: annual,
        sheet_period_total_yuan: projectCols.get(p.id)!.period_total_yuan,
        note: note!,
        source_line: String(s.fundsLine),
      });
    }
  }

  return {
    projectsCsv: writeRecords(outProjects, columns),
    indicatorsCsv: writeRecords(indicators, INDICATOR_COLUMNS),
    fundDifferencesCsv: writeRecords(differences, FUND_DIFFERENCE_COLUMNS),
    sheets: bySheet,
    indicators,
    projects: outProjects,
  };
}

export function readInputs(): { source: string; projectsCsv: string; correctionsCsv: string } {
  return {
    source: readFileSync(PATHS.source, 'utf8'),
    projectsCsv: readFileSync(PATHS.projects, 'utf8'),
    correctionsCsv: readFileSync(PATHS.corrections, 'utf8'),
  };
}

function main(): void {
  const out = extract(readInputs());
  writeFileSync(PATHS.projects, out.projectsCsv);
  writeFileSync(PATHS.indicators, out.indicatorsCsv);
  writeFileSync(PATHS.fundDifferences, out.fundDifferencesCsv);
  const bySource = new Map<string, number>();
  for (const r of out.indicators) bySource.set(r.name_source, (bySource.get(r.name_source) ?? 0) + 1);
  console.log(
    `${out.sheets.size} sheets, ${out.indicators.length} annual indicators (` +
      [...bySource].map(([k, v]) => `${k} ${v}`).join(', ') +
      `); wrote ${PATHS.projects}, ${PATHS.indicators}, ${PATHS.fundDifferences}`,
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
