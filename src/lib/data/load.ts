import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fenToWanString } from '../money';
import { decodeUtf8 } from './csv';
import { DataError, DataErrors } from './errors';
import { checkTable, type CheckedTable, type Schema, type TableSpec } from './table';
import * as schemas from './schemas';

export interface Budget {
  units: schemas.Unit[];
  functions: schemas.FunctionRow[];
  revenue: schemas.Revenue[];
  basicByEconomic: schemas.BasicByEconomic[];
  projects: schemas.Project[];
  indicators: schemas.Indicator[];
  knownGaps: schemas.KnownGap[];
  reportTotals: schemas.ReportTotal[];
  threePublic: schemas.ThreePublic[];
  procurement: schemas.Procurement[];
  assets: schemas.Asset[];
  changes: schemas.Change[];
  department: schemas.DepartmentFact[];
  departmentIndicators: schemas.DepartmentIndicator[];
  glossary: schemas.GlossaryEntry[];
  discrepancies: schemas.Discrepancy[];
  sheetFundDifferences: schemas.SheetFundDifference[];
}

/** Reads the raw files; tests pass in-memory files to exercise bad input. */
export type FileReader = (file: string) => Uint8Array;

export function directoryReader(dataDir: string): FileReader {
  return (file) => {
    try {
      return readFileSync(join(dataDir, file));
    } catch (error) {
      const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
      throw new DataError(file, missing ? `is missing from ${dataDir}` : `cannot be read from ${dataDir} (${(error as Error).message})`, undefined, undefined, {
        code: 'FILE_MISSING',
        hint: missing ? `Restore it (git checkout -- data/${file}), or remove it from src/lib/datasets.ts if it is no longer published.` : 'Check the file permissions.',
      });
    }
  };
}

/** Reads, decodes and checks one file; a missing or undecodable file is one error, not an exception. */
export function checkFile<S extends Schema>(read: FileReader, spec: TableSpec<S>): CheckedTable<S> {
  try {
    return checkTable(spec, decodeUtf8(spec.file, read(spec.file)));
  } catch (error) {
    if (!(error instanceof DataError)) throw error;
    return { header: [], rows: [], cells: [], errors: [error], complete: false };
  }
}

export const BUDGET_TABLES = {
  units: schemas.unitsTable,
  functions: schemas.functionsTable,
  revenue: schemas.revenueTable,
  basicByEconomic: schemas.basicByEconomicTable,
  projects: schemas.projectsTable,
  indicators: schemas.indicatorsTable,
  knownGaps: schemas.knownGapsTable,
  reportTotals: schemas.reportTotalsTable,
  threePublic: schemas.threePublicTable,
  procurement: schemas.procurementTable,
  assets: schemas.assetsTable,
  changes: schemas.changesTable,
  department: schemas.departmentTable,
  departmentIndicators: schemas.departmentIndicatorsTable,
  glossary: schemas.glossaryTable,
  discrepancies: schemas.discrepanciesTable,
  sheetFundDifferences: schemas.sheetFundDifferencesTable,
} as const satisfies Record<keyof Budget, unknown>;

/**
 * Checks every budget CSV against its schema and then the references between files, collecting every
 * problem. The budget is returned only when there are none.
 */
export function checkBudget(read: FileReader): { budget: Budget | null; errors: DataError[] } {
  const { budget, errors, complete } = checkBudgetTables(read);
  if (!complete) return { budget: null, errors };
  errors.push(...checkReferences(budget));
  return { budget: errors.length ? null : budget, errors };
}

/**
 * Every budget table checked against its schema. `complete` says every row of every file was typed
 * (text problems are reported but keep their row), so that references and sums can still be checked
 * in the same run; a row left out for a bad number would only show up again as a false gap.
 */
export function checkBudgetTables(read: FileReader): { budget: Budget; errors: DataError[]; complete: boolean } {
  const errors: DataError[] = [];
  const budget: Record<string, unknown> = {};
  let complete = true;
  for (const [name, spec] of Object.entries(BUDGET_TABLES)) {
    const table = checkFile(read, spec as unknown as TableSpec<Schema>);
    errors.push(...table.errors);
    budget[name] = table.rows;
    complete &&= table.complete;
  }
  return { budget: budget as unknown as Budget, errors, complete };
}

/** Loads every CSV, checks each field against its schema, then checks references between files. */
export function loadBudget(read: FileReader): Budget {
  const { budget, errors } = checkBudget(read);
  if (!budget) throw new DataErrors(errors);
  return budget;
}

export function checkReferences(budget: Budget): DataError[] {
  const problems: DataError[] = [];
  const unitIds = new Set(budget.units.map((unit) => unit.id));
  const codes = new Map(budget.functions.map((row) => [row.code, row]));
  const projectIds = new Set(budget.projects.map((project) => project.id));

  for (const row of budget.functions) {
    if (row.parent_code === null) {
      if (row.level !== '类') problems.push(new DataError('functions.csv', `a ${row.level} needs a parent_code`, row.row, 'parent_code', { code: 'BAD_HIERARCHY', value: '', hint: 'Fill in the code of the 类 or 款 it belongs to.' }));
      continue;
    }
    const parent = codes.get(row.parent_code);
    if (!parent) {
      problems.push(new DataError('functions.csv', `parent_code "${row.parent_code}" does not exist`, row.row, 'parent_code', { code: 'BAD_REFERENCE', value: row.parent_code, hint: 'Use a code that has its own row in functions.csv.' }));
    } else if (!row.code.startsWith(parent.code) || row.code.length !== parent.code.length + 2) {
      problems.push(new DataError('functions.csv', `code ${row.code} cannot be a child of ${parent.code}`, row.row, 'code', { code: 'BAD_HIERARCHY', value: row.code, hint: 'A child code is its parent code plus two digits: correct the code or the parent_code.' }));
    }
  }
  for (const project of budget.projects) {
    if (!unitIds.has(project.unit_id)) {
      problems.push(new DataError('projects.csv', `unit_id "${project.unit_id}" does not exist in units.csv`, project.row, 'unit_id', { code: 'BAD_REFERENCE', value: project.unit_id, hint: 'Use an id from units.csv.' }));
    }
    const code = codes.get(project.function_code);
    if (!code) {
      problems.push(new DataError('projects.csv', `function_code "${project.function_code}" does not exist in functions.csv`, project.row, 'function_code', { code: 'BAD_REFERENCE', value: project.function_code, hint: 'Use a 7-digit 项 code from functions.csv.' }));
    } else if (code.level !== '项') {
      problems.push(new DataError('projects.csv', `function_code "${project.function_code}" is a ${code.level}, expected a 项 (7 digits)`, project.row, 'function_code', { code: 'BAD_REFERENCE', value: project.function_code, hint: 'Use a 7-digit 项 code from functions.csv.' }));
    }
    if (project.general_budget + project.unit_funds + project.carryover !== project.amount) {
      const cell = (column: 'amount' | 'general_budget' | 'unit_funds' | 'carryover') => ({ file: 'projects.csv', row: project.row, column, value: fenToWanString(project[column]) });
      problems.push(
        new DataError('projects.csv', `amount must equal general_budget + unit_funds + carryover (${fenToWanString(project.general_budget + project.unit_funds + project.carryover)})`, project.row, 'amount', {
          code: 'ROW_SUM',
          value: fenToWanString(project.amount),
          cells: [cell('amount'), cell('general_budget'), cell('unit_funds'), cell('carryover')],
          hint: 'Correct the amount or one of its three parts so that they add up.',
        }),
      );
    }
  }
  // A project's indicators come one after another: look its id up once per run of rows, not once per
  // row (a city-sized budget has a million indicators, and hashing their ids was most of the check).
  const seqsOf = new Map<string, Set<number>>();
  let runId: string | null = null;
  let runExists = false;
  let runSeqs = new Set<number>();
  for (const indicator of budget.indicators) {
    if (indicator.project_id !== runId) {
      runId = indicator.project_id;
      runExists = projectIds.has(runId);
      runSeqs = seqsOf.get(runId) ?? new Set();
      seqsOf.set(runId, runSeqs);
    }
    if (!runExists) {
      problems.push(new DataError('indicators.csv', `project_id "${indicator.project_id}" does not exist in projects.csv`, indicator.row, 'project_id', { code: 'BAD_REFERENCE', value: indicator.project_id, hint: 'Use an id from projects.csv.' }));
    }
    if (runSeqs.has(indicator.seq)) problems.push(new DataError('indicators.csv', `duplicate seq ${indicator.seq} for ${indicator.project_id}`, indicator.row, 'seq', { code: 'DUPLICATE_KEY', value: String(indicator.seq), hint: 'Number each project\'s indicators 1, 2, 3 … without repeats.' }));
    runSeqs.add(indicator.seq);
  }
  return problems;
}
