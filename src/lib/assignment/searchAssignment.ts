/**
 * Exact search for the functional code (项) of every project.
 *
 * The budget report prints, per 项 code, how much project spending it carries
 * (split by source of funds) but never says which project sits under which
 * code. This module finds an assignment project -> code such that, for every
 * code and every source, the project amounts add up to the printed target
 * *exactly*, and among all such assignments it picks one that places the
 * fewest projects under a code their name does not suggest ("misfits").
 *
 * Model (a 0/1 integer program solved with HiGHS):
 *   x[p,c] = 1 when project p is charged to code c.
 *   each project:            sum_c x[p,c] = 1
 *   each code c, source s:   sum_p amount_s(p) * x[p,c] = target_s(c)
 *   minimise                 W * (#misfits) + (preference ranks)
 * W is larger than any possible sum of preference ranks, so the misfit count
 * is minimised first and the ranks only break ties ("lexicographic").
 * Pairs that cannot occur are never created: a project whose amount from a
 * source exceeds the code's target for that source (in particular, carryover
 * money can only go where the code has carryover).
 *
 * Then, per project, the "basis" of its code: solve again with the chosen
 * code forbidden and count misfits only:
 *   infeasible                         -> 'amount-unique'
 *   feasible but needs more misfits    -> 'name-and-amount'
 *   feasible with the same misfits     -> 'editorial' (and we list what else
 *                                         was possible, code by code)
 *
 * All money is integer hundredths of 万元 (0.01 万元 = 100 元), the report's
 * precision. Every solution coming back from the solver is re-checked in
 * integer arithmetic; any discrepancy throws.
 *
 * Pure: plain data in, plain data out; the HiGHS instance is passed in.
 */

export const SOURCES = ['general_budget', 'unit_funds', 'carryover'] as const;
export type Source = (typeof SOURCES)[number];
/** Integer amounts in hundredths of 万元. */
export type SourceAmounts = Record<Source, number>;

export const SOURCE_LABELS: Record<Source, string> = {
  general_budget: '一般公共预算',
  unit_funds: '单位资金',
  carryover: '上年结转',
};

export interface ProjectSpec {
  id: string;
  amounts: SourceAmounts;
  /** Plausible codes from the name, most preferred first (may be empty). */
  plausible: readonly string[];
}

export interface TargetSpec {
  code: string;
  amounts: SourceAmounts;
}

export type Basis = 'amount-unique' | 'name-and-amount' | 'editorial';

export interface Alternative {
  code: string;
  /** Fewest misfits of any exact assignment that puts the project under `code`. */
  misfits: number;
}

export interface ProjectAssignment {
  id: string;
  code: string;
  fitsName: boolean;
  /** Position of `code` in the project's plausible list, or null for a misfit. */
  preferenceRank: number | null;
  basis: Basis;
  /**
   * Fewest misfits of any exact assignment with this project under another
   * code; null when no such assignment exists (basis 'amount-unique').
   */
  misfitsElsewhere: number | null;
  /**
   * Only for 'editorial' projects (empty otherwise): every other code the
   * project could be placed under while all targets still match, with the
   * fewest misfits that move implies. Sorted by misfits, then code.
   */
  alternatives: Alternative[];
}

export interface AssignmentResult {
  assignments: ProjectAssignment[];
  /** Minimum number of misfits (the optimum). */
  misfits: number;
  /** Ids of the misfit projects in the chosen assignment, input order. */
  misfitIds: string[];
  /** Number of MIP solves performed. */
  solves: number;
  /** Whether the tie-break objective has a unique optimum (checked with a no-good cut). */
  tieBreakUnique: boolean;
}

/** Minimal slice of the `highs` package API used here (its legacy `solve`). */
export interface HighsLike {
  solve(
    problem: string,
    options?: Record<string, string | number | boolean>,
  ): {
    Status: string;
    ObjectiveValue: number;
    Columns: Record<string, { Primal?: number }>;
  };
}

export interface SearchOptions {
  /** List every alternative code for editorial projects (default true). */
  alternatives?: boolean;
  /** Per-solve time limit in seconds (default 60); hitting it throws. */
  timeLimitSeconds?: number;
}

export class AssignmentInfeasibleError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AssignmentInfeasibleError';
  }
}

// ---------------------------------------------------------------- money ----

/** Parse "1051.80" / "80" / "-3.5" into integer hundredths, exactly (no floats). */
export function parseCents(text: string): number {
  const t = text.trim();
  if (t === '') return 0;
  const m = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(t);
  if (!m) throw new Error(`Not an amount with at most 2 decimals: "${text}"`);
  const whole = Number(m[2]);
  const frac = Number(((m[3] ?? '') + '00').slice(0, 2));
  const value = whole * 100 + frac;
  if (!Number.isSafeInteger(value)) throw new Error(`Amount too large: "${text}"`);
  return m[1] === '-' ? -value : value;
}

/** Format integer hundredths as "1051.80". */
export function formatCents(value: number): string {
  if (!Number.isSafeInteger(value)) throw new Error(`Not an integer amount: ${value}`);
  const sign = value < 0 ? '-' : '';
  const abs = Math.abs(value);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

export function zeroAmounts(): SourceAmounts {
  return { general_budget: 0, unit_funds: 0, carryover: 0 };
}

function totalOf(a: SourceAmounts): number {
  return a.general_budget + a.unit_funds + a.carryover;
}

// ------------------------------------------------------------ validation ----

function validateInput(projects: readonly ProjectSpec[], targets: readonly TargetSpec[]): void {
  const ids = new Set<string>();
  for (const p of projects) {
    if (ids.has(p.id)) throw new Error(`Duplicate project id "${p.id}"`);
    ids.add(p.id);
    for (const s of SOURCES) {
      const v = p.amounts[s];
      if (!Number.isSafeInteger(v) || v < 0) {
        throw new Error(`Project ${p.id}: ${s} must be a non-negative integer (hundredths of 万元), got ${v}`);
      }
    }
    if (totalOf(p.amounts) === 0) throw new Error(`Project ${p.id} has no amount`);
  }
  const codes = new Set<string>();
  for (const t of targets) {
    if (codes.has(t.code)) throw new Error(`Duplicate target code ${t.code}`);
    codes.add(t.code);
    for (const s of SOURCES) {
      const v = t.amounts[s];
      if (!Number.isSafeInteger(v) || v < 0) {
        throw new Error(`Target ${t.code}: ${s} must be a non-negative integer, got ${v}`);
      }
    }
  }
}

/**
 * Necessary condition, checked before any solve so the common mistake (a
 * target off by a cent) gets a plain message: per source, the projects must
 * add up to the targets.
 */
export function checkSourceTotals(projects: readonly ProjectSpec[], targets: readonly TargetSpec[]): void {
  const problems: string[] = [];
  for (const s of SOURCES) {
    const p = projects.reduce((sum, x) => sum + x.amounts[s], 0);
    const t = targets.reduce((sum, x) => sum + x.amounts[s], 0);
    if (p !== t) {
      problems.push(
        `${s} (${SOURCE_LABELS[s]}): projects sum to ${formatCents(p)} 万元 but targets sum to ${formatCents(t)} 万元 (difference ${formatCents(t - p)})`,
      );
    }
  }
  if (problems.length > 0) {
    throw new AssignmentInfeasibleError(
      `Infeasible: no assignment can match the targets exactly, because the totals differ by source:\n  ${problems.join('\n  ')}`,
    );
  }
}

// ----------------------------------------------------------------- model ----

interface Pair {
  p: number;
  c: number;
  name: string;
  misfit: boolean;
  rank: number | null;
  /** Tie-break cost (0 = most preferred plausible code). */
  secondary: number;
}

interface Model {
  projects: readonly ProjectSpec[];
  targets: readonly TargetSpec[];
  pairs: Pair[];
  byProject: Pair[][];
  weight: number;
}

/** Candidate pairs; a pair exists only if the amounts could ever fit. */
function buildModel(projects: readonly ProjectSpec[], targets: readonly TargetSpec[]): Model {
  const pairs: Pair[] = [];
  const byProject: Pair[][] = projects.map(() => []);
  projects.forEach((project, p) => {
    targets.forEach((target, c) => {
      const fits = SOURCES.every((s) => project.amounts[s] <= target.amounts[s]);
      if (!fits) return;
      const rankIndex = project.plausible.indexOf(target.code);
      const misfit = rankIndex < 0;
      // Misfits are ordered after all plausible codes, in target order, so that
      // even the choice between two misfit codes is reproducible.
      const secondary = misfit ? project.plausible.length + c : rankIndex;
      const pair: Pair = { p, c, name: `x${p}_${c}`, misfit, rank: misfit ? null : rankIndex, secondary };
      pairs.push(pair);
      byProject[p]!.push(pair);
    });
  });
  projects.forEach((project, p) => {
    if (byProject[p]!.length === 0) {
      throw new AssignmentInfeasibleError(
        `Infeasible: project ${project.id} (${formatCents(totalOf(project.amounts))} 万元) fits under no code: every code's target is smaller for some source`,
      );
    }
  });
  const maxSecondary = byProject.reduce((sum, list) => sum + Math.max(...list.map((x) => x.secondary)), 0);
  return { projects, targets, pairs, byProject, weight: maxSecondary + 1 };
}

type Objective = 'lexicographic' | 'misfits';

interface SolveSpec {
  objective: Objective;
  /** Pairs removed from the model (x fixed to 0). */
  forbid?: ReadonlySet<string>;
  /** Project index forced onto one pair. */
  force?: Pair;
  /** No-good cut: at most |cut|-1 of these pairs may be chosen together. */
  cut?: readonly Pair[];
  /** Upper bound on the objective value. */
  objectiveAtMost?: number;
}

function cost(model: Model, pair: Pair, objective: Objective): number {
  if (objective === 'misfits') return pair.misfit ? 1 : 0;
  return (pair.misfit ? model.weight : 0) + pair.secondary;
}

/** CPLEX LP text. Small and readable; every coefficient is an integer. */
function lpText(model: Model, spec: SolveSpec): { text: string; active: Pair[] } {
  const active = model.pairs.filter((pair) => {
    if (spec.forbid?.has(pair.name)) return false;
    if (spec.force && pair.p === spec.force.p) return pair === spec.force;
    return true;
  });
  const terms = (list: { coef: number; name: string }[]) =>
    list.length === 0
      ? '0 x_dummy'
      : list.map((t, i) => `${i === 0 ? '' : '+ '}${t.coef} ${t.name}`).join(' ');
  const lines: string[] = ['Minimize'];
  const objTerms = active.map((pair) => ({ coef: cost(model, pair, spec.objective), name: pair.name }));
  lines.push(` obj: ${terms(objTerms)}`);
  lines.push('Subject To');
  model.projects.forEach((_, p) => {
    const list = active.filter((pair) => pair.p === p).map((pair) => ({ coef: 1, name: pair.name }));
    lines.push(` one_${p}: ${terms(list)} = 1`);
  });
  model.targets.forEach((target, c) => {
    for (const s of SOURCES) {
      const list = active
        .filter((pair) => pair.c === c && model.projects[pair.p]!.amounts[s] > 0)
        .map((pair) => ({ coef: model.projects[pair.p]!.amounts[s], name: pair.name }));
      if (list.length === 0 && target.amounts[s] === 0) continue;
      lines.push(` sum_${c}_${s}: ${terms(list)} = ${target.amounts[s]}`);
    }
  });
  if (spec.cut) {
    const list = spec.cut.map((pair) => ({ coef: 1, name: pair.name }));
    lines.push(` nogood: ${terms(list)} <= ${spec.cut.length - 1}`);
  }
  if (spec.objectiveAtMost !== undefined) {
    lines.push(` objcap: ${terms(objTerms.filter((t) => t.coef !== 0))} <= ${spec.objectiveAtMost}`);
  }
  lines.push('Bounds', ' x_dummy = 0');
  lines.push('Binaries');
  for (let i = 0; i < active.length; i += 20) {
    lines.push(' ' + active.slice(i, i + 20).map((pair) => pair.name).join(' '));
  }
  lines.push('End');
  return { text: lines.join('\n'), active };
}

interface Solved {
  /** Chosen code index per project. */
  choice: number[];
  /** Objective recomputed exactly from the choice. */
  objective: number;
}

class Solver {
  solves = 0;
  constructor(
    private readonly highs: HighsLike,
    private readonly model: Model,
    private readonly timeLimit: number,
  ) {}

  /** Returns null when proved infeasible; throws on anything inconclusive. */
  solve(spec: SolveSpec): Solved | null {
    const { text, active } = lpText(this.model, spec);
    this.solves += 1;
    const result = this.highs.solve(text, {
      output_flag: false,
      mip_rel_gap: 0,
      mip_abs_gap: 0.5, // objectives are integers: a gap below 1 proves optimality
      time_limit: this.timeLimit,
      random_seed: 0,
    });
    if (result.Status === 'Infeasible' || result.Status === 'Primal infeasible or unbounded') {
      return null; // binary variables: the model cannot be unbounded
    }
    if (result.Status !== 'Optimal') {
      throw new Error(`HiGHS stopped with status "${result.Status}"; the search is inconclusive`);
    }
    const choice: number[] = this.model.projects.map(() => -1);
    for (const pair of active) {
      const value = result.Columns[pair.name]?.Primal;
      if (value === undefined) throw new Error(`HiGHS returned no value for ${pair.name}`);
      if (Math.abs(value - Math.round(value)) > 1e-6) {
        throw new Error(`HiGHS returned a fractional value ${value} for ${pair.name}`);
      }
      if (Math.round(value) === 1) {
        if (choice[pair.p] !== -1) throw new Error(`Project index ${pair.p} assigned twice by HiGHS`);
        choice[pair.p] = pair.c;
      }
    }
    const codes = choice.map((c, p) => {
      if (c < 0) throw new Error(`Project ${this.model.projects[p]!.id} left unassigned by HiGHS`);
      return this.model.targets[c]!.code;
    });
    verifyAssignment(this.model.projects, this.model.targets, codes);
    const objective = choice.reduce((sum, c, p) => {
      const pair = this.model.byProject[p]!.find((x) => x.c === c)!;
      return sum + cost(this.model, pair, spec.objective);
    }, 0);
    if (Math.abs(objective - result.ObjectiveValue) > 1e-6 * Math.max(1, objective)) {
      throw new Error(`Objective mismatch: HiGHS ${result.ObjectiveValue}, recomputed ${objective}`);
    }
    return { choice, objective };
  }
}

/**
 * Exact integer check of an assignment: every project has exactly one code
 * that exists, and per code and source the amounts equal the targets.
 * Throws with the list of differences otherwise.
 */
export function verifyAssignment(
  projects: readonly ProjectSpec[],
  targets: readonly TargetSpec[],
  codes: readonly string[],
): void {
  if (codes.length !== projects.length) {
    throw new Error(`Assignment has ${codes.length} codes for ${projects.length} projects`);
  }
  const sums = new Map<string, SourceAmounts>(targets.map((t) => [t.code, zeroAmounts()]));
  projects.forEach((project, i) => {
    const sum = sums.get(codes[i]!);
    if (!sum) throw new Error(`Project ${project.id} assigned to unknown code "${codes[i]}"`);
    for (const s of SOURCES) sum[s] += project.amounts[s];
  });
  const problems: string[] = [];
  for (const target of targets) {
    const sum = sums.get(target.code)!;
    for (const s of SOURCES) {
      if (sum[s] !== target.amounts[s]) {
        problems.push(`${target.code} ${s}: ${formatCents(sum[s])} ≠ ${formatCents(target.amounts[s])}`);
      }
    }
  }
  if (problems.length > 0) throw new Error(`Assignment is not exact:\n  ${problems.join('\n  ')}`);
}

// ---------------------------------------------------------------- search ----

export function searchAssignment(
  projects: readonly ProjectSpec[],
  targets: readonly TargetSpec[],
  highs: HighsLike,
  options: SearchOptions = {},
): AssignmentResult {
  validateInput(projects, targets);
  checkSourceTotals(projects, targets);
  const model = buildModel(projects, targets);
  const solver = new Solver(highs, model, options.timeLimitSeconds ?? 60);

  // 1. Optimum: fewest misfits, then preferred codes.
  const best = solver.solve({ objective: 'lexicographic' });
  if (!best) {
    throw new AssignmentInfeasibleError(
      'Infeasible: HiGHS proved that no assignment of projects to codes matches every per-code, per-source target exactly',
    );
  }
  const chosenPairs = best.choice.map((c, p) => model.byProject[p]!.find((x) => x.c === c)!);
  const misfits = chosenPairs.filter((pair) => pair.misfit).length;

  // Is the tie-break decisive? Look for another assignment with the same objective.
  const twin = solver.solve({ objective: 'lexicographic', cut: chosenPairs, objectiveAtMost: best.objective });
  const tieBreakUnique = twin === null;

  // 2. Basis per project.
  const assignments: ProjectAssignment[] = projects.map((project, p) => {
    const pair = chosenPairs[p]!;
    const code = targets[pair.c]!.code;
    const elsewhere = solver.solve({ objective: 'misfits', forbid: new Set([pair.name]) });
    let basis: Basis;
    if (elsewhere === null) basis = 'amount-unique';
    else if (elsewhere.objective > misfits) basis = 'name-and-amount';
    else if (elsewhere.objective === misfits) basis = 'editorial';
    else throw new Error(`Internal error: ${project.id} elsewhere needs ${elsewhere.objective} < optimum ${misfits}`);

    const alternatives: Alternative[] = [];
    if (basis === 'editorial' && options.alternatives !== false) {
      for (const other of model.byProject[p]!) {
        if (other === pair) continue;
        const forced = solver.solve({ objective: 'misfits', force: other });
        if (forced) alternatives.push({ code: targets[other.c]!.code, misfits: forced.objective });
      }
      alternatives.sort((a, b) => a.misfits - b.misfits || a.code.localeCompare(b.code));
    }
    return {
      id: project.id,
      code,
      fitsName: !pair.misfit,
      preferenceRank: pair.rank,
      basis,
      misfitsElsewhere: elsewhere ? elsewhere.objective : null,
      alternatives,
    };
  });

  return {
    assignments,
    misfits,
    misfitIds: assignments.filter((a) => !a.fitsName).map((a) => a.id),
    solves: solver.solves,
    tieBreakUnique,
  };
}
