/**
 * Exact search for the functional code (项) of every project.
 *
 * The budget report prints, per 项 code, how much project spending it carries
 * (split by source of funds) but never says which project sits under which
 * code. This module finds an assignment project -> code such that, for every
 * code and every source, the project amounts add up to the printed target
 * *exactly*, and among all such assignments one that places the fewest
 * projects under a code their name does not suggest ("misfits").
 *
 * The problem is the 0/1 integer program
 *   x[p,c] = 1 when project p is charged to code c,
 *   each project:            sum_c x[p,c] = 1
 *   each code c, source s:   sum_p amount_s(p) * x[p,c] = target_s(c)
 *   minimise                 number of (p,c) with x[p,c] = 1 and c not plausible for p
 * (`highsModel.ts` writes exactly this model for HiGHS; the tests use HiGHS
 * to cross-check this module on small instances). On the real budget a
 * general MIP solver does not get anywhere: the targets are exact to the
 * fen-level cent and the LP relaxation knows nothing about subset sums, so
 * HiGHS neither finds the optimum nor proves a bound within minutes. This
 * module therefore solves the same program with a purpose-built exact
 * branch-and-bound:
 *
 * 1. Codes that every project judges alike (same plausibility for every
 *    project, e.g. the two residual management codes) are merged into one
 *    class with the summed target; the class is split into its codes at the
 *    end (an exact subset-sum split). This removes a huge symmetric search.
 * 2. Projects are taken from the largest to the smallest; each tries its
 *    plausible classes in the rule table's order of preference, then the
 *    others in code order.
 * 3. Pruning, exact in integer arithmetic: for every class and source, a
 *    table (dynamic programming over the remaining projects) tells whether
 *    the class's remaining target can still be reached at all and how many
 *    misfits that needs at least; the sum of these minima is a lower bound.
 * 4. Iterative deepening on the misfit budget: the first budget with a
 *    solution is the optimum, and the first solution found in the fixed
 *    search order is the one we keep (the deterministic tie-break: larger
 *    projects get their most preferred code first).
 *
 * Then, per project, the "basis" of its code: search again with the chosen
 * code forbidden:
 *   no exact assignment at all           -> 'amount-unique'
 *   only with more misfits               -> 'name-and-amount'
 *   with the same number of misfits      -> 'editorial' (we list every code
 *                                           the project could equally take)
 *
 * Amounts come in as fen (src/lib/money.ts) and must be whole 0.01 万元 (the
 * report's precision); the tables count in that step, so that they stay small. Every solution is re-checked in integer arithmetic; any
 * discrepancy throws. Pure: plain data in, plain data out, no IO.
 */

import { FEN_PER_WAN, fenToWanString, type Fen } from '../../src/lib/money.ts';

export const SOURCES = ['general_budget', 'unit_funds', 'carryover'] as const;
export type Source = (typeof SOURCES)[number];
/** Amounts by source in fen (in the engine: in steps of 0.01 万元, see `inSteps`). */
export type SourceAmounts = Record<Source, Fen>;

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

export interface ProjectAssignment {
  id: string;
  code: string;
  fitsName: boolean;
  /** Position of `code` in the project's plausible list, or null for a misfit. */
  preferenceRank: number | null;
  basis: Basis;
  /**
   * Only for 'editorial' projects (empty otherwise): every other code under
   * which the project can sit while all targets still match exactly and the
   * number of misfits stays at the optimum. Sorted by code.
   */
  equalAlternatives: string[];
  /**
   * Whether some exact assignment (with any number of misfits) puts the
   * project elsewhere: true, false (proved: basis 'amount-unique'), or null
   * when the bounded search for one gave up (basis 'name-and-amount').
   */
  alternativeExists: boolean | null;
}

export interface AssignmentResult {
  assignments: ProjectAssignment[];
  /** Minimum number of misfits (the optimum). */
  misfits: number;
  /** Ids of the misfit projects in the chosen assignment, input order. */
  misfitIds: string[];
  /** Search statistics, for the methodology note and benchmarks. */
  stats: {
    searches: number;
    nodes: number;
    /** Lower bound on misfits at the root, from the tables alone. */
    rootLowerBound: number;
    /** Codes merged into classes, e.g. [["2110199","2110102"]]. */
    mergedCodes: string[][];
    /** Number of optimal assignments at class level (merged classes counted once). */
    optimalLeaves: number;
  };
}

export interface SearchOptions {
  /** Abort a single search after this many nodes (default 200 million). */
  nodeLimit?: number;
  /** Node allowance of the search for any alternative of a non-editorial project (default 30,000). */
  uniquenessNodeLimit?: number;
  /** Called after every search with a one-line description (for benchmarks and debugging). */
  log?: (line: string) => void;
}

/** A single search ran into its node limit: its answer is unknown. */
export class SearchLimitError extends Error {
  constructor(limit: number) {
    super(`Search exceeded ${limit} nodes; giving up (inconclusive)`);
    this.name = 'SearchLimitError';
  }
}

export class AssignmentInfeasibleError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AssignmentInfeasibleError';
  }
}

// ---------------------------------------------------------------- money ----

/** The report's precision, 0.01 万元, in fen: the unit the search tables count in. */
export const FEN_PER_STEP = FEN_PER_WAN / 100;

/** Amounts in steps of 0.01 万元 (validated as whole steps first). */
export function inSteps(amounts: SourceAmounts): SourceAmounts {
  return {
    general_budget: amounts.general_budget / FEN_PER_STEP,
    unit_funds: amounts.unit_funds / FEN_PER_STEP,
    carryover: amounts.carryover / FEN_PER_STEP,
  };
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
      if (!Number.isSafeInteger(v) || v < 0 || v % FEN_PER_STEP !== 0) {
        throw new Error(`Project ${p.id}: ${s} must be a non-negative whole 0.01 万元 in fen, got ${v}`);
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
      if (!Number.isSafeInteger(v) || v < 0 || v % FEN_PER_STEP !== 0) {
        throw new Error(`Target ${t.code}: ${s} must be a non-negative whole 0.01 万元 in fen, got ${v}`);
      }
    }
  }
}

/**
 * Necessary condition, checked before any search so the common mistake (a
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
        `${s} (${SOURCE_LABELS[s]}): projects sum to ${fenToWanString(p)} 万元 but the targets sum to ${fenToWanString(t)} 万元 (difference ${fenToWanString(t - p)})`,
      );
    }
  }
  if (problems.length > 0) {
    throw new AssignmentInfeasibleError(
      `Infeasible: no assignment can match the targets exactly, because the totals differ by source:\n  ${problems.join('\n  ')}`,
    );
  }
}

/**
 * Exact integer check of an assignment: every project has exactly one code
 * that exists, and per code and source the amounts equal the targets.
 * Throws with the list of differences otherwise.
 */
export function verifyAssignment(projects: readonly ProjectSpec[], targets: readonly TargetSpec[], codes: readonly string[]): void {
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
        problems.push(`${target.code} ${s}: ${fenToWanString(sum[s])} ≠ ${fenToWanString(target.amounts[s])}`);
      }
    }
  }
  if (problems.length > 0) throw new Error(`Assignment is not exact:\n  ${problems.join('\n  ')}`);
}

/** Number of misfits of an assignment (codes in project order). */
export function countMisfits(projects: readonly ProjectSpec[], codes: readonly string[]): number {
  return projects.reduce((n, p, i) => n + (p.plausible.includes(codes[i]!) ? 0 : 1), 0);
}

// ---------------------------------------------------------------- engine ----

const UNREACHABLE = 255;

interface Dim {
  cls: number;
  source: Source;
  target: number;
  /** layers[k][s]: fewest misfits among subsets of items k.. summing to s (255: unreachable). */
  layers: Uint8Array[];
}

interface Restriction {
  /** Codes a project may not take (project index -> code indices). */
  forbid?: ReadonlyMap<number, ReadonlySet<number>>;
  /** Code a project must take. */
  force?: ReadonlyMap<number, number>;
}

/** A found assignment: code index per project (input order), and its misfits. */
interface Found {
  codes: number[];
  misfits: number;
}

export class Engine {
  readonly n: number;
  readonly m: number;
  /** plausibleRank[p][c]: rank of code c in p's plausible list, -1 if misfit. */
  readonly rank: number[][];
  /** fits[p][c]: amounts fit the code's targets source by source. */
  readonly fits: boolean[][];
  readonly classes: number[][];
  readonly classOf: number[];
  readonly classTarget: SourceAmounts[];
  /** Search order of projects (indices into input). */
  readonly order: number[];
  /** Per item (search position), class indices in trial order. */
  readonly classOrder: number[][];
  /** Per item and class: 1 when a misfit. */
  readonly classMisfit: Uint8Array[];
  /** Per item and class: amounts fit the class target. */
  readonly classFits: boolean[][];
  readonly dims: Dim[];
  readonly dimsOfClass: number[][];
  /** dimLayers[d] = dims[d].layers (flattened access for the hot loop). */
  readonly dimLayers: Uint8Array[][];
  /** classUsable[pos][k]: the item's amounts fit class k and each of its sources has a dimension there. */
  readonly classUsable: boolean[][];
  /** moves[pos][k]: flat pairs (dimension, amount) the item takes from class k's residuals. */
  readonly moves: Int32Array[][];
  searches = 0;
  nodes = 0;

  constructor(
    readonly projects: readonly ProjectSpec[],
    readonly targets: readonly TargetSpec[],
    private readonly nodeLimit: number,
    private readonly log?: (line: string) => void,
  ) {
    const n = (this.n = projects.length);
    const m = (this.m = targets.length);
    this.rank = projects.map((p) => targets.map((t) => p.plausible.indexOf(t.code)));
    this.fits = projects.map((p) => targets.map((t) => SOURCES.every((s) => p.amounts[s] <= t.amounts[s])));

    // 1. Merge codes that every project judges alike.
    const classes: number[][] = [];
    const classOf: number[] = new Array(m).fill(-1);
    for (let c = 0; c < m; c++) {
      if (classOf[c] !== -1) continue;
      const members = [c];
      for (let d = c + 1; d < m; d++) {
        if (classOf[d] !== -1) continue;
        if (projects.every((_, p) => this.rank[p]![c]! < 0 === this.rank[p]![d]! < 0)) members.push(d);
      }
      for (const x of members) classOf[x] = classes.length;
      classes.push(members);
    }
    this.classes = classes;
    this.classOf = classOf;
    this.classTarget = classes.map((members) => {
      const sum = zeroAmounts();
      for (const c of members) for (const s of SOURCES) sum[s] += targets[c]!.amounts[s];
      return sum;
    });

    // 2. Search order: largest project first; ties in input order.
    this.order = projects
      .map((p, i) => ({ i, total: totalOf(p.amounts) }))
      .sort((a, b) => b.total - a.total || a.i - b.i)
      .map((x) => x.i);
    this.classMisfit = this.order.map((p) => Uint8Array.from(classes, (members) => (this.rank[p]![members[0]!]! < 0 ? 1 : 0)));
    this.classFits = this.order.map((p) =>
      classes.map(
        (_, k) => SOURCES.every((s) => projects[p]!.amounts[s] <= this.classTarget[k]![s]) && classes[k]!.some((c) => this.fits[p]![c]!),
      ),
    );
    this.classOrder = this.order.map((p) => {
      const key = (k: number) => {
        const ranks = classes[k]!.map((c) => this.rank[p]![c]!).filter((r) => r >= 0);
        return ranks.length > 0 ? Math.min(...ranks) : 1_000_000 + k;
      };
      return classes.map((_, k) => k).sort((a, b) => key(a) - key(b));
    });

    // 3. Tables per class and source.
    this.dims = [];
    this.dimsOfClass = classes.map(() => []);
    classes.forEach((_, k) => {
      for (const s of SOURCES) {
        const target = this.classTarget[k]![s];
        if (target === 0) continue;
        const layers: Uint8Array[] = new Array(n + 1);
        let cur = new Uint8Array(target + 1).fill(UNREACHABLE);
        cur[0] = 0;
        layers[n] = cur;
        for (let pos = n - 1; pos >= 0; pos--) {
          const a = projects[this.order[pos]!]!.amounts[s];
          if (a === 0 || a > target || !this.classFits[pos]![k]) {
            layers[pos] = cur; // this item cannot move this dimension: share the layer
            continue;
          }
          const w = this.classMisfit[pos]![k]!;
          const next = cur.slice();
          for (let x = a; x <= target; x++) {
            const v = cur[x - a]! + w;
            if (v < next[x]!) next[x] = v > UNREACHABLE ? UNREACHABLE : v;
          }
          layers[pos] = next;
          cur = next;
        }
        this.dimsOfClass[k]!.push(this.dims.length);
        this.dims.push({ cls: k, source: s, target, layers });
      }
    });
    this.dimLayers = this.dims.map((d) => d.layers);
    this.moves = this.order.map((p) =>
      classes.map((_, k) => {
        const flat: number[] = [];
        for (const d of this.dimsOfClass[k]!) {
          const a = projects[p]!.amounts[this.dims[d]!.source];
          if (a > 0) flat.push(d, a);
        }
        return Int32Array.from(flat);
      }),
    );
    this.classUsable = this.order.map((p, pos) =>
      classes.map(
        (_, k) =>
          this.classFits[pos]![k]! &&
          SOURCES.every((s) => projects[p]!.amounts[s] === 0 || this.dimsOfClass[k]!.some((d) => this.dims[d]!.source === s)),
      ),
    );
  }

  nodeLimitFor(): number {
    return this.nodeLimit;
  }

  /**
   * Lower bound on the misfits still needed from search position `pos` with
   * residual targets `r` (one per dimension); UNREACHABLE when some class can
   * no longer be made up exactly. Per class the largest of its dimensions'
   * minima, summed over classes (classes never share a project).
   */
  private bound(pos: number, r: Int32Array): number {
    const dimLayers = this.dimLayers;
    const dimsOfClass = this.dimsOfClass;
    let total = 0;
    for (let k = 0; k < dimsOfClass.length; k++) {
      const ds = dimsOfClass[k]!;
      let best = 0;
      for (let j = 0; j < ds.length; j++) {
        const d = ds[j]!;
        const v = dimLayers[d]![pos]![r[d]!]!;
        if (v === UNREACHABLE) return UNREACHABLE;
        if (v > best) best = v;
      }
      total += best;
    }
    return total;
  }

  rootBound(): number {
    const r = Int32Array.from(this.dims, (d) => d.target);
    return this.bound(0, r);
  }

  /**
   * First assignment in search order with at most `budget` misfits that
   * respects the restriction, or null when none exists.
   */
  search(
    budget: number,
    restriction: Restriction = {},
    /** When given, called at every leaf (class-level assignment by search position); the search then never stops early. */
    visit?: (cls: Int32Array, used: number) => void,
    nodeLimit = this.nodeLimit,
  ): Found | null {
    this.searches += 1;
    const { n } = this;
    const allowedCode = (p: number, c: number): boolean => {
      if (!this.fits[p]![c]) return false;
      const forced = restriction.force?.get(p);
      if (forced !== undefined) return forced === c;
      return !restriction.forbid?.get(p)?.has(c);
    };
    // Per position: the classes to try, in order, with the dimensions each one moves.
    const tries = this.order.map((p, pos) =>
      this.classOrder[pos]!.filter((k) => this.classUsable[pos]![k]! && this.classes[k]!.some((c) => allowedCode(p, c))).map((k) => ({
        k,
        misfit: this.classMisfit[pos]![k]!,
        moves: this.moves[pos]![k]!,
      })),
    );
    if (tries.some((options) => options.length === 0)) {
      this.log?.(`search budget=${budget}: some project has no admissible code; none`);
      return null;
    }
    const r = Int32Array.from(this.dims, (d) => d.target);
    const cls = new Int32Array(n);
    let result: Found | null = null;
    const limit = nodeLimit;
    let nodes = 0;

    const dfs = (pos: number, used: number): boolean => {
      nodes += 1;
      if (nodes > limit) throw new SearchLimitError(limit);
      if (pos === n) {
        if (visit) {
          visit(cls, used);
          return false;
        }
        const split = this.split(cls, allowedCode);
        if (split === null) return false;
        result = { codes: split, misfits: used };
        return true;
      }
      const options = tries[pos]!;
      for (let t = 0; t < options.length; t++) {
        const option = options[t]!;
        const u = used + option.misfit;
        if (u > budget) continue;
        const moves = option.moves;
        let ok = true;
        for (let j = 0; j < moves.length; j += 2) if (moves[j + 1]! > r[moves[j]!]!) ok = false;
        if (!ok) continue;
        for (let j = 0; j < moves.length; j += 2) r[moves[j]!]! -= moves[j + 1]!;
        const lb = this.bound(pos + 1, r);
        if (lb !== UNREACHABLE && u + lb <= budget) {
          cls[pos] = option.k;
          if (dfs(pos + 1, u)) return true;
        }
        for (let j = 0; j < moves.length; j += 2) r[moves[j]!]! += moves[j + 1]!;
      }
      return false;
    };
    const started = Date.now();
    try {
      dfs(0, 0);
    } finally {
      this.nodes += nodes;
      this.log?.(
        `search budget=${budget} force=${JSON.stringify([...(restriction.force ?? [])])} forbid=${JSON.stringify([...(restriction.forbid ?? [])].map(([q, set]) => [q, [...set]]))} nodes=${nodes} ms=${Date.now() - started} found=${result !== null}`,
      );
    }
    if (result === null) return null;
    const found: Found = result;
    const codes = found.codes.map((c) => this.targets[c]!.code);
    verifyAssignment(this.projects, this.targets, codes);
    if (countMisfits(this.projects, codes) !== found.misfits) throw new Error('Internal error: misfit count mismatch');
    return found;
  }

  /**
   * Split every merged class into its codes, exactly, respecting the
   * restriction; null when impossible. Returns code index per project.
   */
  split(cls: Int32Array, allowedCode: (p: number, c: number) => boolean): number[] | null {
    const codes: number[] = new Array(this.n).fill(-1);
    for (let k = 0; k < this.classes.length; k++) {
      const members = this.classes[k]!;
      const items: number[] = [];
      for (let pos = 0; pos < this.n; pos++) if (cls[pos] === k) items.push(this.order[pos]!);
      if (members.length === 1) {
        const c = members[0]!;
        for (const p of items) {
          if (!allowedCode(p, c)) return null;
          codes[p] = c;
        }
        continue;
      }
      const assignment = this.splitClass(members, items, allowedCode);
      if (assignment === null) return null;
      items.forEach((p, j) => (codes[p] = assignment[j]!));
    }
    return codes;
  }

  splitClass(members: readonly number[], items: readonly number[], allowedCode: (p: number, c: number) => boolean): number[] | null {
    const residual = members.map((c) => SOURCES.map((s) => this.targets[c]!.amounts[s]));
    const choice: number[] = new Array(items.length).fill(-1);
    const options = items.map((p) =>
      members
        .filter((c) => allowedCode(p, c))
        .sort((a, b) => {
          const ra = this.rank[p]![a]!;
          const rb = this.rank[p]![b]!;
          return (ra < 0 ? 1e6 + a : ra) - (rb < 0 ? 1e6 + b : rb);
        }),
    );
    const failed = new Set<string>();
    const go = (j: number): boolean => {
      if (j === items.length) return residual.every((row) => row.every((v) => v === 0));
      const key = `${j}|${residual.map((row) => row.join(',')).join(';')}`;
      if (failed.has(key)) return false;
      const a = SOURCES.map((s) => this.projects[items[j]!]!.amounts[s]);
      for (const c of options[j]!) {
        const row = residual[members.indexOf(c)]!;
        if (a.some((v, s) => v > row[s]!)) continue;
        a.forEach((v, s) => (row[s]! -= v));
        choice[j] = c;
        if (go(j + 1)) return true;
        a.forEach((v, s) => (row[s]! += v));
      }
      failed.add(key);
      return false;
    };
    return go(0) ? choice : null;
  }
}

// ---------------------------------------------------------------- search ----

export function searchAssignment(
  projects: readonly ProjectSpec[],
  targets: readonly TargetSpec[],
  options: SearchOptions = {},
): AssignmentResult {
  validateInput(projects, targets);
  checkSourceTotals(projects, targets);
  projects.forEach((p) => {
    if (!targets.some((t) => SOURCES.every((s) => p.amounts[s] <= t.amounts[s]))) {
      throw new AssignmentInfeasibleError(
        `Infeasible: project ${p.id} (${fenToWanString(totalOf(p.amounts))} 万元) fits under no code: for every code some source's target is smaller than the project's amount`,
      );
    }
  });
  const engine = new Engine(
    projects.map((p) => ({ ...p, amounts: inSteps(p.amounts) })),
    targets.map((t) => ({ ...t, amounts: inSteps(t.amounts) })),
    options.nodeLimit ?? 200_000_000,
    options.log,
  );
  const rootLowerBound = engine.rootBound();
  if (rootLowerBound === UNREACHABLE) {
    throw new AssignmentInfeasibleError(
      "Infeasible: some code's target cannot be made up from any subset of the projects that fit under it",
    );
  }

  // 1. Optimum by iterative deepening on the misfit budget.
  let best: Found | null = null;
  for (let budget = rootLowerBound; budget <= projects.length && best === null; budget++) {
    best = engine.search(budget);
  }
  if (best === null) {
    throw new AssignmentInfeasibleError(
      'Infeasible: the search proved that no assignment of projects to codes matches every per-code, per-source target exactly',
    );
  }
  const optimum = best.misfits;
  const chosen = best.codes;

  // 2. Every optimal assignment, enumerated once (the search tree for the
  //    optimal budget is walked to the end). For each project we collect the
  //    codes it takes in some optimal assignment; inside a merged class we ask
  //    the exact split which member codes the project can take.
  const equalCodes: Set<number>[] = projects.map(() => new Set<number>());
  const anyCode = (p: number, c: number) => engine.fits[p]![c]!;
  let optimalLeaves = 0;
  engine.search(optimum, {}, (cls) => {
    const codes = engine.split(cls, anyCode);
    if (codes === null) return; // this class-level leaf cannot be split exactly
    optimalLeaves += 1;
    codes.forEach((c, p) => equalCodes[p]!.add(c));
    engine.classes.forEach((members, k) => {
      if (members.length < 2) return;
      const items: number[] = [];
      for (let pos = 0; pos < engine.n; pos++) if (cls[pos] === k) items.push(engine.order[pos]!);
      for (const p of items) {
        for (const c of members) {
          if (equalCodes[p]!.has(c) || !engine.fits[p]![c]) continue;
          const forced = (q: number, x: number) => engine.fits[q]![x]! && (q !== p || x === c);
          if (engine.splitClass(members, items, forced) !== null) equalCodes[p]!.add(c);
        }
      }
    });
  });

  // 3. Basis. Editorial: another optimal assignment moves the project.
  //    Otherwise every optimal assignment keeps it here; we then look for any
  //    exact assignment at all with the project elsewhere (misfit budget =
  //    number of projects, so only exactness prunes). Completed without one:
  //    'amount-unique' (proved). Found one, or the search ran out of its node
  //    allowance: 'name-and-amount' (the weaker claim, true in both cases,
  //    since it only says that no equally good alternative exists).
  const alternativeExists: (boolean | null)[] = [];
  const bases: Basis[] = projects.map((_, p) => {
    const c = chosen[p]!;
    if ([...equalCodes[p]!].some((x) => x !== c)) {
      alternativeExists.push(true);
      return 'editorial';
    }
    const forbid = new Map([[p, new Set([c])]]);
    try {
      const hit = engine.search(projects.length, { forbid }, undefined, options.uniquenessNodeLimit ?? 30_000);
      alternativeExists.push(hit !== null);
      return hit ? 'name-and-amount' : 'amount-unique';
    } catch (error) {
      if (!(error instanceof SearchLimitError)) throw error;
      alternativeExists.push(null);
      return 'name-and-amount';
    }
  });

  const assignments: ProjectAssignment[] = projects.map((project, p) => {
    const c = chosen[p]!;
    const rank = engine.rank[p]![c]!;
    return {
      id: project.id,
      code: targets[c]!.code,
      fitsName: rank >= 0,
      preferenceRank: rank >= 0 ? rank : null,
      basis: bases[p]!,
      alternativeExists: alternativeExists[p]!,
      equalAlternatives: [...equalCodes[p]!]
        .filter((x) => x !== c)
        .map((x) => targets[x]!.code)
        .sort(),
    };
  });

  return {
    assignments,
    misfits: optimum,
    misfitIds: assignments.filter((a) => !a.fitsName).map((a) => a.id),
    stats: {
      searches: engine.searches,
      nodes: engine.nodes,
      rootLowerBound,
      mergedCodes: engine.classes.filter((m) => m.length > 1).map((m) => m.map((c) => targets[c]!.code)),
      optimalLeaves,
    },
  };
}
