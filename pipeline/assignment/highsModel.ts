/**
 * The assignment problem as a textbook 0/1 integer program for HiGHS (CPLEX
 * LP format). Used as an independent cross-check of `searchAssignment.ts` on
 * small instances (tests, benchmarks). On the real 66-project budget HiGHS
 * does not finish in reasonable time (see /tmp/readme-assignment.md), which is
 * why the production search is the purpose-built branch-and-bound.
 *
 *   x[p,c] binary, x[p,c] = 1 when project p is charged to code c
 *   each project:          sum_c x[p,c] = 1
 *   each code and source:  sum_p amount_s(p) x[p,c] = target_s(c)
 *   minimise               sum over non-plausible (p,c) of x[p,c]
 */
import { SOURCES, inSteps, type ProjectSpec, type TargetSpec } from './searchAssignment.ts';

/** Minimal slice of the `highs` package API (its one-shot `solve`). */
export interface HighsLike {
  solve(
    problem: string,
    options?: Record<string, string | number | boolean>,
  ): { Status: string; ObjectiveValue: number; Columns: Record<string, { Primal?: number }> };
}

export interface HighsRestriction {
  /** [project index, code index] pairs fixed to 0. */
  forbid?: readonly [number, number][];
  /** [project index, code index] pairs fixed to 1. */
  force?: readonly [number, number][];
}

export function assignmentLp(projects: readonly ProjectSpec[], targets: readonly TargetSpec[], restriction: HighsRestriction = {}): string {
  // Coefficients in steps of 0.01 万元: small integers keep the solver's tolerances meaningful.
  projects = projects.map((p) => ({ ...p, amounts: inSteps(p.amounts) }));
  targets = targets.map((t) => ({ ...t, amounts: inSteps(t.amounts) }));
  const name = (p: number, c: number) => `x${p}_${c}`;
  const vars: { p: number; c: number; misfit: boolean }[] = [];
  projects.forEach((project, p) =>
    targets.forEach((target, c) => {
      if (!SOURCES.every((s) => project.amounts[s] <= target.amounts[s])) return;
      if (restriction.forbid?.some(([q, d]) => q === p && d === c)) return;
      if (restriction.force?.some(([q, d]) => q === p && d !== c)) return;
      vars.push({ p, c, misfit: !project.plausible.includes(target.code) });
    }),
  );
  const sum = (terms: string[]) => (terms.length > 0 ? terms.join(' + ') : '0 zero');
  const lines = ['Minimize', ` obj: ${sum(vars.filter((v) => v.misfit).map((v) => name(v.p, v.c)))}`, 'Subject To'];
  projects.forEach((_, p) => lines.push(` one${p}: ${sum(vars.filter((v) => v.p === p).map((v) => name(v.p, v.c)))} = 1`));
  targets.forEach((target, c) => {
    for (const s of SOURCES) {
      const terms = vars
        .filter((v) => v.c === c && projects[v.p]!.amounts[s] > 0)
        .map((v) => `${projects[v.p]!.amounts[s]} ${name(v.p, v.c)}`);
      if (terms.length === 0 && target.amounts[s] === 0) continue;
      lines.push(` sum${c}_${s}: ${sum(terms)} = ${target.amounts[s]}`);
    }
  });
  lines.push('Bounds', ' zero = 0', 'Binaries', ` ${vars.map((v) => name(v.p, v.c)).join(' ')}`, 'End');
  return lines.join('\n');
}

/** Minimum number of misfits, or null when HiGHS proves the model infeasible. */
export function highsMinMisfits(
  highs: HighsLike,
  projects: readonly ProjectSpec[],
  targets: readonly TargetSpec[],
  restriction: HighsRestriction = {},
): number | null {
  const result = highs.solve(assignmentLp(projects, targets, restriction), {
    output_flag: false,
    mip_rel_gap: 0,
    time_limit: 60,
  });
  if (result.Status === 'Infeasible' || result.Status === 'Primal infeasible or unbounded') return null;
  if (result.Status !== 'Optimal') throw new Error(`HiGHS: ${result.Status}`);
  return Math.round(result.ObjectiveValue);
}
