import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeSyntheticBudget } from './synthetic';

export interface ScalingRow {
  factor: number;
  step: string;
  projects: number | null;
  /** Median wall time. */
  ms: number | null;
  /** Median CPU time of the process (all threads): what the work costs without waiting for a core. */
  cpuMs: number | null;
  /** The first (warm-up) run, wall and CPU: what a build, which runs each step once, pays. */
  firstMs: number | null;
  firstCpuMs: number | null;
  note: string;
}

export const FACTORS = [1, 10, 100, 1000];
export const STEPS = ['load', 'reconcile', 'treemap', 'treemap-levels', 'flow', 'flow-variants', 'flow-model'] as const;

/**
 * Runs each (factor, step) in a child process with a time limit (one warm-up run, then the median
 * of the timed runs); a step that times out is not tried at larger sizes. The synthetic CSV files
 * are written once per size and read by every step, so the limit covers loading them, not making them.
 */
export function benchScaling(timeoutMs = Number(process.env.BENCH_STEP_TIMEOUT_MS ?? 180_000)): ScalingRow[] {
  const rows: ScalingRow[] = [];
  const givenUp = new Set<string>();
  for (const factor of FACTORS) {
    const dir = mkdtempSync(join(tmpdir(), `bench-x${factor}-`));
    writeSyntheticBudget(factor, dir);
    for (const step of STEPS) {
      if (givenUp.has(step)) {
        rows.push({
          factor,
          step,
          projects: null,
          ms: null,
          cpuMs: null,
          firstMs: null,
          firstCpuMs: null,
          note: 'skipped: a smaller size timed out',
        });
        continue;
      }
      const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/bench/scaling-worker.ts', String(factor), step, dir], {
        encoding: 'utf8',
        timeout: timeoutMs,
        maxBuffer: 1 << 20,
      });
      const line = result.stdout?.trim().split('\n').pop();
      if (result.status === 0 && line) {
        const parsed = JSON.parse(line) as ScalingRow;
        rows.push({
          factor,
          step,
          projects: parsed.projects,
          ms: parsed.ms,
          cpuMs: parsed.cpuMs,
          firstMs: parsed.firstMs,
          firstCpuMs: parsed.firstCpuMs,
          note: parsed.note,
        });
      } else {
        const timedOut = result.error && (result.error as NodeJS.ErrnoException).code === 'ETIMEDOUT';
        rows.push({
          factor,
          step,
          projects: 66 * factor,
          ms: null,
          cpuMs: null,
          firstMs: null,
          firstCpuMs: null,
          note: timedOut
            ? `timed out after ${timeoutMs / 1000} s`
            : `failed: ${(result.stderr ?? '').split('\n').find((l) => /Error/.test(l)) ?? result.status}`,
        });
        givenUp.add(step);
      }
      console.error(`  scaling ${factor}× ${step}: ${rows.at(-1)!.ms ?? rows.at(-1)!.note}`);
    }
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}

/**
 * How a step's time grows per 10× more projects, as the exponent b in time ∝ n^b (1 is linear,
 * ~1.1 is n·log n at these sizes, 2 is quadratic); null where a size is missing or under 5 ms.
 */
export function growthExponents(
  rows: readonly ScalingRow[],
  step: string,
  of: 'ms' | 'cpuMs' = 'ms',
): { from: number; to: number; exponent: number | null }[] {
  const ms = (factor: number) => rows.find((row) => row.factor === factor && row.step === step)?.[of] ?? null;
  return FACTORS.slice(1).map((to, index) => {
    const from = FACTORS[index]!;
    const [a, b] = [ms(from), ms(to)];
    const exponent = a !== null && b !== null && a >= 5 ? Math.round((Math.log(b / a) / Math.log(to / from)) * 100) / 100 : null;
    return { from, to, exponent };
  });
}
