import { DATASETS } from '../datasets';
import { buildGlossary } from '../glossary/glossary';
import { siteGlossaryTable } from '../glossary/siteGlossaryTable';
import { columns as c } from './columns';
import { DataError } from './errors';
import { BUDGET_TABLES, checkBudgetTables, checkFile, checkReferences, type Budget, type FileReader } from './load';
import { reconciliationErrors } from './reconcile';
import { externalFiguresTable, functionAssignmentStrictTable } from './schemas';
import { defineTable, type RowOf, type Schema, type TableSpec } from './table';
import { translationErrors } from '../i18n/translationErrors';

/** data/function_assignment_alternatives.csv: other 项 an "editorial" project could equally be charged to. */
export const assignmentAlternativesTable = defineTable({
  file: 'function_assignment_alternatives.csv',
  columns: {
    project_id: c.id,
    chosen_code: c.functionCode,
    alternative_code: c.functionCode,
    misfits_if_alternative: c.integer,
  },
});
export type AssignmentAlternative = RowOf<typeof assignmentAlternativesTable.columns>;

/** The report's plain text inside the data folder, which every source_line points into. */
export const REPORT_TEXT_FILE = 'source/jincheng-eeb-2024-budget.txt';

/** Every CSV the site publishes, with its schema. Nothing in data/ is read or published without one. */
export const PUBLISHED_TABLES = [...Object.values(BUDGET_TABLES), siteGlossaryTable, assignmentAlternativesTable, externalFiguresTable, functionAssignmentStrictTable] as unknown as readonly TableSpec<Schema>[];

export function tableSpec(file: string): TableSpec<Schema> {
  const spec = PUBLISHED_TABLES.find((table) => table.file === file);
  if (!spec) throw new Error(`${file} has no schema: add one to PUBLISHED_TABLES in src/lib/data/validate.ts`);
  return spec;
}

export interface Validation {
  errors: DataError[];
  /** The checks that did not run because earlier ones failed (their results would only repeat those errors). */
  skipped: string[];
  budget: Budget | null;
}

/**
 * Everything `npm run validate` checks, in one pass that reports every problem: each published CSV
 * against its schema, the references between files, the glossary, and every identity of the report.
 * `filesOnDisk` (the names of the CSVs in data/) lets it flag a CSV that nothing publishes or checks.
 */
export function validateData(read: FileReader, filesOnDisk?: readonly string[]): Validation {
  const errors: DataError[] = [];
  const skipped: string[] = [];
  const { budget, errors: tableErrors, complete } = checkBudgetTables(read);
  errors.push(...tableErrors);
  const siteGlossary = checkFile(read, siteGlossaryTable);
  const alternatives = checkFile(read, assignmentAlternativesTable);
  // Figures from outside the report: checked like every published CSV, never reconciled with it.
  const external = checkFile(read, externalFiguresTable);
  const strict = checkFile(read, functionAssignmentStrictTable);
  errors.push(...siteGlossary.errors, ...alternatives.errors, ...external.errors, ...strict.errors);

  for (const file of filesOnDisk ?? []) {
    if (!PUBLISHED_TABLES.some((table) => table.file === file)) {
      errors.push(new DataError(file, 'is in data/ but has no schema, so it is neither checked nor published', undefined, undefined, { code: 'FILE_UNPUBLISHED', hint: 'Add a schema (src/lib/data/validate.ts) and an entry in src/lib/datasets.ts, or move the file out of data/.' }));
    }
  }
  for (const dataset of DATASETS) {
    if (!PUBLISHED_TABLES.some((table) => table.file === dataset.file)) {
      errors.push(new DataError(dataset.file, 'is published (src/lib/datasets.ts) but has no schema', undefined, undefined, { code: 'FILE_UNPUBLISHED', hint: 'Add its schema to PUBLISHED_TABLES in src/lib/data/validate.ts.' }));
    }
  }

  if (!complete) {
    skipped.push('references between files, the glossary links and the reconciliation: they need every row of every budget table, so fix the errors above and run again');
    return { errors, skipped, budget: null };
  }
  errors.push(...checkReferences(budget));
  if (siteGlossary.complete) errors.push(...glossaryErrors(siteGlossary.rows, budget, reportLines(read)));
  else skipped.push('the glossary links (site_glossary.csv has rows that could not be read)');
  if (alternatives.complete) errors.push(...alternativeErrors(alternatives.rows, budget));
  else skipped.push('the references of function_assignment_alternatives.csv (it has rows that could not be read)');
  errors.push(...reconciliationErrors(budget));
  errors.push(...translationErrors(read));
  return { errors, skipped, budget: errors.length ? null : budget };
}

/** The report's plain text, line by line (the glossary reads each entry's separator off its line). */
function reportLines(read: FileReader): string[] {
  return new TextDecoder('utf-8').decode(read(REPORT_TEXT_FILE)).split('\n');
}

/** The glossary's own consistency checks (links to the report's definitions, related terms), as data errors. */
function glossaryErrors(rows: RowOf<typeof siteGlossaryTable.columns>[], budget: Budget, sourceLines: readonly string[]): DataError[] {
  try {
    buildGlossary(rows, budget.glossary, sourceLines);
    return [];
  } catch (error) {
    const lines = (error as Error).message.split('\n').slice(1);
    return lines.map((line) => {
      const match = /^(\S+\.csv)(?: row (\d+))?:? (.*)$/.exec(line);
      return new DataError(match?.[1] ?? siteGlossaryTable.file, match?.[3] ?? line, match?.[2] ? Number(match[2]) : undefined, undefined, {
        code: 'GLOSSARY',
        hint: 'Every term of glossary.csv needs an entry in site_glossary.csv (report_id), and related ids must be terms.',
      });
    });
  }
}

function alternativeErrors(rows: AssignmentAlternative[], budget: Budget): DataError[] {
  const projects = new Map(budget.projects.map((project) => [project.id, project]));
  const codes = new Map(budget.functions.map((row) => [row.code, row]));
  const file = assignmentAlternativesTable.file;
  const errors: DataError[] = [];
  for (const row of rows) {
    const project = projects.get(row.project_id);
    if (!project) {
      errors.push(new DataError(file, `project_id "${row.project_id}" does not exist in projects.csv`, row.row, 'project_id', { code: 'BAD_REFERENCE', value: row.project_id, hint: 'Re-run npm run assign-functions (scripts/assign-functions.ts), or use an id from projects.csv.' }));
    } else if (project.function_code !== row.chosen_code) {
      errors.push(new DataError(file, `chosen_code ${row.chosen_code} is not the function_code of ${row.project_id} in projects.csv (row ${project.row}: ${project.function_code})`, row.row, 'chosen_code', { code: 'BAD_REFERENCE', value: row.chosen_code, hint: 'Re-run scripts/assign-functions.ts so both files agree.' }));
    }
    if (codes.get(row.alternative_code)?.level !== '项') {
      errors.push(new DataError(file, `alternative_code ${row.alternative_code} is not a 项 in functions.csv`, row.row, 'alternative_code', { code: 'BAD_REFERENCE', value: row.alternative_code, hint: 'Use a 7-digit 项 code from functions.csv.' }));
    }
  }
  return errors;
}
