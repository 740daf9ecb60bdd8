/**
 * How sure the project → functional-code links are: the published name rules
 * as a reader table, and the comparison with the stricter variant whose
 * result pipeline/assign-functions.ts commits to data/function_assignment_strict.csv.
 * The solver never runs here; this only reads committed files.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataDir } from './dataDir';
import { decodeUtf8, parseRecords } from './data/csv';
import { directoryReader } from './data/load';
import { parseTable } from './data/table';
import { functionAssignmentStrictTable, type FunctionAssignmentStrict, type FunctionRow, type Project } from './data/schemas';
import { parseFunctionNameRules, RESIDUAL_CODE_NAME, type FunctionNameRule } from './nameRules';

export const NAME_RULES_FILE = 'manual/function-name-rules.csv';

export function loadNameRules(dir = dataDir()): FunctionNameRule[] {
  return parseFunctionNameRules(parseRecords(NAME_RULES_FILE, readFileSync(join(dir, NAME_RULES_FILE), 'utf8')).rows);
}

export function loadStrictVariant(dir = dataDir()): FunctionAssignmentStrict[] {
  const spec = functionAssignmentStrictTable;
  return parseTable(spec, decodeUtf8(spec.file, directoryReader(dir)(spec.file)));
}

export interface NameRuleRow {
  code: string;
  name: string;
  /** Keywords in a project name that make this code fit. */
  keywords: string[];
  /** Fits every project name under the published rules. */
  anyName: boolean;
  /** Fits names in which no keyword at all was found. */
  noKeywordNames: boolean;
  /** Fits every project name under the stricter variant (only 其他……支出 codes). */
  anyNameStrict: boolean;
}

/** One row per 项 code that carries project spending: which names fit it. */
export function nameRuleRows(rules: readonly FunctionNameRule[], functions: readonly FunctionRow[]): NameRuleRow[] {
  return functions
    .filter((row) => row.level === '项' && (row.project ?? 0) > 0)
    .map((row) => {
      const withCode = rules.filter((rule) => rule.codes.includes(row.code));
      const keywords = [...new Set(withCode.filter((rule) => rule.kind === 'keyword').flatMap((rule) => rule.keywords))];
      const anyName = withCode.some((rule) => rule.kind === 'always');
      return {
        code: row.code,
        name: row.name,
        keywords,
        anyName,
        noKeywordNames: withCode.some((rule) => rule.kind === 'fallback'),
        anyNameStrict: anyName && RESIDUAL_CODE_NAME.test(row.name),
      };
    });
}

export interface CertaintySummary {
  projectCount: number;
  /** Same code in every minimal assignment: amount-unique + name-and-amount. */
  determined: number;
  editorial: number;
  misfits: number;
  strictMisfits: number;
  /** Projects whose chosen code differs under the stricter rules. */
  codesChanged: number;
  /** Projects whose certainty (determined vs editorial) differs under the stricter rules. */
  certaintyChanged: number;
  strictDetermined: number;
}

const isDetermined = (basis: Project['function_basis']) => basis !== 'editorial';

export function certaintySummary(projects: readonly Project[], strict: readonly FunctionAssignmentStrict[]): CertaintySummary {
  const strictById = new Map(strict.map((row) => [row.project_id, row]));
  let codesChanged = 0;
  let certaintyChanged = 0;
  for (const project of projects) {
    const other = strictById.get(project.id);
    if (!other)
      throw new Error(`function_assignment_strict.csv: no row for project "${project.id}" (run npx tsx pipeline/assign-functions.ts)`);
    if (other.function_code !== project.function_code) codesChanged++;
    if (isDetermined(other.function_basis) !== isDetermined(project.function_basis)) certaintyChanged++;
  }
  if (strict.length !== projects.length) throw new Error('function_assignment_strict.csv: rows do not match data/projects.csv');
  return {
    projectCount: projects.length,
    determined: projects.filter((p) => isDetermined(p.function_basis)).length,
    editorial: projects.filter((p) => !isDetermined(p.function_basis)).length,
    misfits: projects.filter((p) => !p.function_fits_name).length,
    strictMisfits: strict.filter((row) => !row.function_fits_name).length,
    codesChanged,
    certaintyChanged,
    strictDetermined: strict.filter((row) => isDetermined(row.function_basis)).length,
  };
}
