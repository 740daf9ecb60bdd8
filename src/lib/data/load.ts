import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeUtf8 } from './csv';
import { DataError, DataErrors } from './errors';
import { parseTable, type Schema, type TableSpec, type RowOf } from './table';
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
    } catch {
      throw new DataError(file, `is missing from ${dataDir}`);
    }
  };
}

function readTable<S extends Schema>(read: FileReader, spec: TableSpec<S>): RowOf<S>[] {
  return parseTable(spec, decodeUtf8(spec.file, read(spec.file)));
}

/** Loads every CSV, checks each field against its schema, then checks references between files. */
export function loadBudget(read: FileReader): Budget {
  const budget: Budget = {
    units: readTable(read, schemas.unitsTable),
    functions: readTable(read, schemas.functionsTable),
    revenue: readTable(read, schemas.revenueTable),
    basicByEconomic: readTable(read, schemas.basicByEconomicTable),
    projects: readTable(read, schemas.projectsTable),
    indicators: readTable(read, schemas.indicatorsTable),
    knownGaps: readTable(read, schemas.knownGapsTable),
    reportTotals: readTable(read, schemas.reportTotalsTable),
    threePublic: readTable(read, schemas.threePublicTable),
    procurement: readTable(read, schemas.procurementTable),
    assets: readTable(read, schemas.assetsTable),
    changes: readTable(read, schemas.changesTable),
    department: readTable(read, schemas.departmentTable),
    departmentIndicators: readTable(read, schemas.departmentIndicatorsTable),
    glossary: readTable(read, schemas.glossaryTable),
    discrepancies: readTable(read, schemas.discrepanciesTable),
    sheetFundDifferences: readTable(read, schemas.sheetFundDifferencesTable),
  };
  const problems = checkReferences(budget);
  if (problems.length) throw new DataErrors(problems);
  return budget;
}

function checkReferences(budget: Budget): DataError[] {
  const problems: DataError[] = [];
  const unitIds = new Set(budget.units.map((unit) => unit.id));
  const codes = new Map(budget.functions.map((row) => [row.code, row]));
  const projectIds = new Set(budget.projects.map((project) => project.id));

  for (const row of budget.functions) {
    if (row.parent_code === null) {
      if (row.level !== '类') problems.push(new DataError('functions.csv', `a ${row.level} needs a parent_code`, row.row, 'parent_code'));
      continue;
    }
    const parent = codes.get(row.parent_code);
    if (!parent) {
      problems.push(new DataError('functions.csv', `parent_code "${row.parent_code}" does not exist`, row.row, 'parent_code'));
    } else if (!row.code.startsWith(parent.code) || row.code.length !== parent.code.length + 2) {
      problems.push(new DataError('functions.csv', `code ${row.code} cannot be a child of ${parent.code}`, row.row, 'code'));
    }
  }
  for (const project of budget.projects) {
    if (!unitIds.has(project.unit_id)) {
      problems.push(new DataError('projects.csv', `unit_id "${project.unit_id}" does not exist in units.csv`, project.row, 'unit_id'));
    }
    const code = codes.get(project.function_code);
    if (!code) {
      problems.push(new DataError('projects.csv', `function_code "${project.function_code}" does not exist in functions.csv`, project.row, 'function_code'));
    } else if (code.level !== '项') {
      problems.push(new DataError('projects.csv', `function_code "${project.function_code}" is a ${code.level}, expected a 项 (7 digits)`, project.row, 'function_code'));
    }
    if (project.general_budget + project.unit_funds + project.carryover !== project.amount) {
      problems.push(new DataError('projects.csv', 'amount must equal general_budget + unit_funds + carryover', project.row, 'amount'));
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
      problems.push(new DataError('indicators.csv', `project_id "${indicator.project_id}" does not exist in projects.csv`, indicator.row, 'project_id'));
    }
    if (runSeqs.has(indicator.seq)) problems.push(new DataError('indicators.csv', `duplicate seq ${indicator.seq} for ${indicator.project_id}`, indicator.row, 'seq'));
    runSeqs.add(indicator.seq);
  }
  return problems;
}
