/**
 * From parsed CSV rows to the columns written into `data/projects.csv`.
 * Pure (no file IO) so that the script, the tests and benchmarks share it.
 */
import { fenToWanString } from '../../src/lib/money.ts';
import { parseRecords } from '../../src/lib/data/csv.ts';
import { amountCell, writeRecords, type Row } from '../csv.ts';
import {
  RESIDUAL_CODE_NAME,
  nameEvidence,
  parseFunctionNameRules,
  parseThemeRules,
  themeFor,
  type NameEvidence,
} from '../../src/lib/nameRules.ts';
import { chineseNoteWords, composeNote, type NoteFacts } from './notes.ts';
import {
  SOURCES,
  searchAssignment,
  type AssignmentResult,
  type ProjectSpec,
  type SearchOptions,
  type TargetSpec,
} from './searchAssignment.ts';

export type { Row };

/** Columns this step owns in projects.csv, in order; inserted after `source_line`. */
export const OWN_COLUMNS = ['function_code', 'function_basis', 'function_fits_name', 'function_note', 'theme'] as const;
export const ANCHOR_COLUMN = 'source_line';

export interface NamedTarget extends TargetSpec {
  name: string;
}

/**
 * Project-spending targets per source from functions.csv: 项 rows with
 * project > 0; general budget part = general_budget − basic (basic spending
 * is all general budget), unit funds and carryover as printed. Throws when a
 * row does not add up to its project total.
 */
export function targetsFromFunctions(rows: readonly Row[]): NamedTarget[] {
  const targets: NamedTarget[] = [];
  for (const row of rows) {
    if ((row.level ?? '').trim() !== '项') continue;
    const project = amountCell(row.project);
    if (project <= 0) continue;
    const code = (row.code ?? '').trim();
    if (!/^\d{7}$/.test(code)) throw new Error(`functions.csv: 项 row with code "${code}"`);
    const basic = amountCell(row.basic);
    const amounts = {
      general_budget: amountCell(row.general_budget) - basic,
      unit_funds: amountCell(row.unit_funds),
      carryover: amountCell(row.carryover),
    };
    if (amounts.general_budget < 0) {
      throw new Error(`functions.csv ${code}: basic ${fenToWanString(basic)} exceeds general_budget`);
    }
    const sum = amounts.general_budget + amounts.unit_funds + amounts.carryover;
    if (sum !== project) {
      throw new Error(
        `functions.csv ${code}: project ${fenToWanString(project)} ≠ (general_budget − basic) + unit_funds + carryover = ${fenToWanString(sum)}`,
      );
    }
    if (targets.some((t) => t.code === code)) throw new Error(`functions.csv: duplicate 项 code ${code}`);
    targets.push({ code, name: (row.name ?? '').trim(), amounts });
  }
  if (targets.length === 0) throw new Error('functions.csv: no 项 rows with project spending');
  return targets;
}

export function projectSpecs(rows: readonly Row[], evidence: readonly NameEvidence[]): ProjectSpec[] {
  return rows.map((row, i) => ({
    id: (row.id ?? '').trim(),
    amounts: {
      general_budget: amountCell(row.general_budget),
      unit_funds: amountCell(row.unit_funds),
      carryover: amountCell(row.carryover),
    },
    plausible: evidence[i]!.codes,
  }));
}

export interface AssignmentInputs {
  projectRows: readonly Row[];
  /** Parsed functions.csv: the 项 targets. */
  functionRows: readonly Row[];
  functionRuleRows: readonly Row[];
  themeRuleRows: readonly Row[];
  search?: SearchOptions;
}

export interface ProjectColumns {
  function_code: string;
  function_basis: string;
  function_fits_name: 'true' | 'false';
  function_note: string;
  theme: string;
}

export interface AlternativeRow {
  project_id: string;
  chosen_code: string;
  alternative_code: string;
  misfits_if_alternative: string;
}

export interface AssignmentOutput {
  targets: NamedTarget[];
  specs: ProjectSpec[];
  evidence: NameEvidence[];
  result: AssignmentResult;
  columns: Map<string, ProjectColumns>;
  /** What each project's function_note says, to word it in another language (notes.ts). */
  noteFacts: Map<string, NoteFacts>;
  alternatives: AlternativeRow[];
}

/**
 * For a code, the per-source total of projects whose *name keywords* point
 * to it, compared with the target: explains why outsiders are needed.
 */
function shortfall(
  code: string,
  targets: readonly NamedTarget[],
  specs: readonly ProjectSpec[],
  evidence: readonly NameEvidence[],
): NoteFacts['shortfall'] {
  const target = targets.find((t) => t.code === code);
  if (!target) return null;
  for (const s of SOURCES) {
    if (target.amounts[s] === 0) continue;
    const named = specs.reduce((sum, p, i) => sum + (evidence[i]!.keywordCodes.includes(code) ? p.amounts[s] : 0), 0);
    if (named < target.amounts[s]) return { named, target: target.amounts[s] };
  }
  return null;
}

export function runAssignment(inputs: AssignmentInputs): AssignmentOutput {
  const functionRules = parseFunctionNameRules(inputs.functionRuleRows);
  const themeRules = parseThemeRules(inputs.themeRuleRows);
  const targets = targetsFromFunctions(inputs.functionRows);
  const names = inputs.projectRows.map((row) => (row.name ?? '').trim());
  const evidence = names.map((name) => nameEvidence(name, functionRules));
  const specs = projectSpecs(inputs.projectRows, evidence);
  const result = searchAssignment(specs, targets, inputs.search);

  const columns = new Map<string, ProjectColumns>();
  const noteFacts = new Map<string, NoteFacts>();
  const alternatives: AlternativeRow[] = [];
  const chinese = chineseNoteWords(new Map(targets.map((t) => [t.code, t.name])));
  result.assignments.forEach((a, i) => {
    const facts: NoteFacts = {
      basis: a.basis,
      fitsName: a.fitsName,
      keyword: evidence[i]!.keywordByCode[a.code],
      ruleKind: evidence[i]!.kindByCode[a.code],
      equalAlternatives: a.equalAlternatives,
      optimum: result.misfits,
      shortfall: a.fitsName ? null : shortfall(a.code, targets, specs, evidence),
    };
    noteFacts.set(a.id, facts);
    columns.set(a.id, {
      function_code: a.code,
      function_basis: a.basis,
      function_fits_name: a.fitsName ? 'true' : 'false',
      function_note: composeNote(facts, chinese),
      theme: themeFor(names[i]!, themeRules).theme,
    });
    for (const alt of a.equalAlternatives) {
      alternatives.push({
        project_id: a.id,
        chosen_code: a.code,
        alternative_code: alt,
        misfits_if_alternative: String(result.misfits),
      });
    }
  });
  return {
    targets,
    specs,
    evidence,
    result,
    columns,
    noteFacts,
    alternatives,
  };
}

/**
 * The stricter variant of the name rules: an `always` rule (a code that fits
 * every project name) keeps only the 其他……支出 codes, so e.g. 2110102
 * 一般行政管理事务 fits only names its keywords point to. Everything else is
 * unchanged. Throws when a code of an `always` rule has no named target.
 */
export function strictFunctionRuleRows(rows: readonly Row[], targets: readonly NamedTarget[]): Row[] {
  const out: Row[] = [];
  for (const row of rows) {
    if ((row.kind ?? '').trim() !== 'always') {
      out.push(row);
      continue;
    }
    const codes = (row.codes ?? '')
      .trim()
      .split(/\s+/)
      .filter((code) => {
        const target = targets.find((t) => t.code === code);
        if (!target || !target.name) throw new Error(`function-name-rules ${row.rule_id}: code ${code} has no named target`);
        return RESIDUAL_CODE_NAME.test(target.name);
      });
    if (codes.length > 0) out.push({ ...row, codes: codes.join(' ') });
  }
  return out;
}

export interface StrictRow {
  project_id: string;
  function_code: string;
  function_basis: string;
  function_fits_name: 'true' | 'false';
}

export function strictRows(result: AssignmentResult): StrictRow[] {
  return result.assignments.map((a) => ({
    project_id: a.id,
    function_code: a.code,
    function_basis: a.basis,
    function_fits_name: a.fitsName ? 'true' : 'false',
  }));
}

export function strictCsv(rows: readonly StrictRow[]): string {
  const fields = ['project_id', 'function_code', 'function_basis', 'function_fits_name'] as const;
  return writeRecords(rows as unknown as Row[], fields);
}

/**
 * Set this step's columns in projects.csv text: keep every other column and
 * its order, insert missing own columns right after `source_line` (or at the
 * end when there is no such column), overwrite existing ones.
 */
export function applyColumns(csvText: string, columns: ReadonlyMap<string, ProjectColumns>): string {
  const { fields, rows } = parseRecords('projects.csv', csvText);
  let order = [...fields];
  const missing = OWN_COLUMNS.filter((c) => !order.includes(c));
  if (missing.length > 0) {
    const anchor = order.indexOf(ANCHOR_COLUMN);
    // Keep own columns together and in their canonical order.
    const present = OWN_COLUMNS.filter((c) => order.includes(c));
    const insertAt = present.length > 0 ? order.indexOf(present[present.length - 1]!) + 1 : anchor >= 0 ? anchor + 1 : order.length;
    order = [...order.slice(0, insertAt), ...missing, ...order.slice(insertAt)];
  }
  const seen = new Set<string>();
  const out = rows.map((row) => {
    const id = (row.id ?? '').trim();
    const own = columns.get(id);
    if (!own) throw new Error(`projects.csv: no assignment for project "${id}"`);
    seen.add(id);
    const next: Row = { ...row };
    for (const c of OWN_COLUMNS) next[c] = own[c];
    return next;
  });
  for (const id of columns.keys()) if (!seen.has(id)) throw new Error(`projects.csv lost project "${id}"`);
  return writeRecords(out, order);
}

export function alternativesCsv(rows: readonly AlternativeRow[]): string {
  return writeRecords(rows as unknown as Row[], ['project_id', 'chosen_code', 'alternative_code', 'misfits_if_alternative']);
}
