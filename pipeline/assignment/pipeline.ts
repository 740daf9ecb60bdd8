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
  type RuleKind,
} from '../../src/lib/nameRules.ts';
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
  alternatives: AlternativeRow[];
}

const label = (targets: readonly NamedTarget[], code: string) => {
  const t = targets.find((x) => x.code === code);
  return t && t.name ? `${code}${t.name}` : code;
};

/**
 * For a code, the per-source total of projects whose *name keywords* point
 * to it, compared with the target: explains why outsiders are needed.
 */
function shortfallNote(
  code: string,
  targets: readonly NamedTarget[],
  specs: readonly ProjectSpec[],
  evidence: readonly NameEvidence[],
): string | null {
  const target = targets.find((t) => t.code === code);
  if (!target) return null;
  for (const s of SOURCES) {
    if (target.amounts[s] === 0) continue;
    const named = specs.reduce((sum, p, i) => sum + (evidence[i]!.keywordCodes.includes(code) ? p.amounts[s] : 0), 0);
    if (named < target.amounts[s]) {
      return `名称指向该科目的项目合计${fenToWanString(named)}万元，比该科目的${fenToWanString(target.amounts[s])}万元少${fenToWanString(target.amounts[s] - named)}万元，须由其他项目补足`;
    }
  }
  return null;
}

export function composeNote(args: {
  basis: string;
  fitsName: boolean;
  keyword: string | undefined;
  ruleKind: RuleKind | undefined;
  equalAlternatives: readonly string[];
  optimum: number;
  targets: readonly NamedTarget[];
  shortfall: string | null;
}): string {
  const { basis, fitsName, keyword, ruleKind, equalAlternatives, optimum, targets, shortfall } = args;
  const alts = equalAlternatives.map((c) => label(targets, c)).join('、');
  const nameClause = !fitsName
    ? '名称未指向该科目'
    : ruleKind === 'keyword' && keyword
      ? `名称含“${keyword}”，与该科目相符`
      : ruleKind === 'always'
        ? '按本站的名称规则，该科目与任何名称都不冲突'
        : '名称未提示具体业务，可归为机关后勤服务';
  if (basis === 'amount-unique') {
    return `金额唯一确定：换到任何其他科目，各科目按资金来源的合计都无法与报告相符（${nameClause}）。`;
  }
  if (basis === 'name-and-amount') {
    return fitsName
      ? `${nameClause}，且金额可行；按本站的名称规则，换到其他任何科目都会增加名称与科目不符的项目。`
      : `${nameClause}，但按本站的名称规则，换到其他任何科目都会使名称与科目不符的项目更多。`;
  }
  if (fitsName) {
    return `编辑判断：${nameClause}；也可归入${alts}，按本站的名称规则，名称与科目不符的项目不会增加；按“金额大的项目先取首选科目”的规则选定。`;
  }
  return `编辑判断：${nameClause}。报告各科目的金额精确到分；按本站的名称规则（规则表见方法说明），至少有${optimum}个项目只能放在名称未指向的科目${shortfall ? `（${shortfall}）` : ''}，本项目是可行组合之一；也可归入${alts}。`;
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
  const alternatives: AlternativeRow[] = [];
  result.assignments.forEach((a, i) => {
    const note = composeNote({
      basis: a.basis,
      fitsName: a.fitsName,
      keyword: evidence[i]!.keywordByCode[a.code],
      ruleKind: evidence[i]!.kindByCode[a.code],
      equalAlternatives: a.equalAlternatives,
      optimum: result.misfits,
      targets,
      shortfall: a.fitsName ? null : shortfallNote(a.code, targets, specs, evidence),
    });
    columns.set(a.id, {
      function_code: a.code,
      function_basis: a.basis,
      function_fits_name: a.fitsName ? 'true' : 'false',
      function_note: note,
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
