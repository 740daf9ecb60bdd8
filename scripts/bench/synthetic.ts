import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { directoryReader, type FileReader } from '../../src/lib/data/load';
import { decodeUtf8, parseCsv } from '../../src/lib/data/csv';
import * as schemas from '../../src/lib/data/schemas';
import type { Schema, TableSpec } from '../../src/lib/data/table';

/**
 * Synthetic budgets "k times bigger" with the same shape, built in memory as CSV text so the
 * real loader, validator and reconciler run on them:
 * - every project is copied k times (copies get the id `<id>-x<n>`), with its indicators;
 * - copies keep their own amounts, and every money column (万元 and 元) of every file that holds
 *   totals is multiplied by k, so every total, sum and share the report states still adds up and
 *   the flow chart still conserves money;
 * - copies drop the seven long narrative texts of the performance sheet (overview … goal_annual),
 *   so 1,000× (66,000 projects) stays a realistic size in memory rather than 300 MB of prose.
 */

const NARRATIVE = ['overview', 'legal_basis', 'necessity', 'measures', 'plan', 'goal_period', 'goal_annual'];

/** Files whose amounts belong to one project: copied projects keep them as they are. */
const PER_PROJECT = new Set(['sheet_fund_differences.csv']);

type MoneyKind = 'wan' | 'yuan' | null;

/** Tells a money column apart by how its parser reacts to sample cells, without touching schemas.ts. */
function moneyKind(column: Schema[string]): MoneyKind {
  const twoDecimals = column.parse('1.00');
  const whole = column.parse('1');
  if (twoDecimals.ok && twoDecimals.value === 1_000_000 && !whole.ok) return 'wan';
  if (whole.ok && whole.value === 100 && !twoDecimals.ok) return 'yuan';
  return null;
}

function scaleCell(raw: string, kind: MoneyKind, factor: number): string {
  if (!kind || raw === '') return raw;
  if (kind === 'yuan') return String(BigInt(raw) * BigInt(factor));
  const fen = BigInt(raw.replace('.', '')) * BigInt(factor);
  const text = fen.toString().padStart(3, '0');
  return `${text.slice(0, -2)}.${text.slice(-2)}`;
}

/**
 * Known rounding gaps and year-on-year changes hold amounts in plain decimal columns: scale those
 * given in 万元 (not percentages), so a 0.01 万元 gap of the report stays a known gap at k times.
 */
function scaleDecimalAmounts(header: string[], cells: string[], factor: number): string[] {
  const isPercent = header.includes('unit')
    ? cells[header.indexOf('unit')] !== '万元'
    : /pct|%/.test(cells[header.indexOf('identity')] ?? '');
  if (isPercent) return cells;
  return cells.map((cell, index) =>
    ['printed', 'computed', 'difference', 'value'].includes(header[index]!) && /^-?\d+\.\d{2}$/.test(cell)
      ? (cell.startsWith('-') ? '-' : '') + scaleCell(cell.replace('-', ''), 'wan', factor)
      : cell,
  );
}

/** The CSV files a budget is made of. */
export function tableFiles(): string[] {
  return tableSpecs().map((spec) => spec.file);
}

function tableSpecs(): TableSpec<Schema>[] {
  const values: unknown[] = Object.values(schemas);
  return values.filter(
    (value): value is TableSpec<Schema> => typeof value === 'object' && value !== null && 'file' in value && 'columns' in value,
  );
}

export interface SyntheticBudget {
  factor: number;
  files: Map<string, Uint8Array>;
  read: FileReader;
  projectCount: number;
  bytes: number;
}

/** Writes a synthetic budget's CSV files into `dir`, so each benchmark process reads them instead of making them again. */
export function writeSyntheticBudget(factor: number, dir: string): SyntheticBudget {
  const budget = syntheticBudget(factor);
  mkdirSync(dir, { recursive: true });
  for (const [file, bytes] of budget.files) writeFileSync(join(dir, file), bytes);
  return budget;
}

export function syntheticBudget(factor: number, dataDir = 'data'): SyntheticBudget {
  const source = directoryReader(dataDir);
  const files = new Map<string, Uint8Array>();
  const encoder = new TextEncoder();
  let projectCount = 0;
  for (const spec of tableSpecs()) {
    const { header, rows } = parseCsv(spec.file, decodeUtf8(spec.file, source(spec.file)));
    const kinds = header.map((name) => (spec.columns[name] ? moneyKind(spec.columns[name]) : null));
    const scale = (cells: string[]) => cells.map((cell, index) => scaleCell(cell, kinds[index]!, factor));
    let out: string[][];
    if (spec.file === 'projects.csv') {
      const idIndex = header.indexOf('id');
      const narrative = NARRATIVE.map((name) => header.indexOf(name)).filter((index) => index >= 0);
      out = rows.flatMap((cells) => {
        const copies = [cells];
        for (let copy = 1; copy < factor; copy++) {
          const clone = [...cells];
          clone[idIndex] = `${cells[idIndex]}-x${copy}`;
          for (const index of narrative) clone[index] = '';
          copies.push(clone);
        }
        return copies;
      });
      projectCount = out.length;
    } else if (spec.file === 'indicators.csv') {
      const projectIndex = header.indexOf('project_id');
      out = rows.flatMap((cells) => {
        const copies = [scale(cells)];
        for (let copy = 1; copy < factor; copy++) {
          const clone = scale(cells);
          clone[projectIndex] = `${cells[projectIndex]}-x${copy}`;
          copies.push(clone);
        }
        return copies;
      });
    } else if (PER_PROJECT.has(spec.file)) {
      out = rows;
    } else if (spec.file === 'known_gaps.csv' || spec.file === 'changes.csv') {
      out = rows.map((cells) => scaleDecimalAmounts(header, cells, factor));
    } else {
      out = rows.map(scale);
    }
    files.set(spec.file, encoder.encode(Papa.unparse({ fields: header, data: out }, { newline: '\n' }) + '\n'));
  }
  const read: FileReader = (file) => {
    const bytes = files.get(file);
    if (!bytes) throw new Error(`synthetic budget has no ${file}`);
    return bytes;
  };
  const bytes = [...files.values()].reduce((sum, file) => sum + file.byteLength, 0);
  return { factor, files, read, projectCount, bytes };
}
