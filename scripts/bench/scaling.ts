import { spawnSync } from 'node:child_process';

export interface ScalingRow {
  factor: number;
  step: string;
  projects: number | null;
  ms: number | null;
  note: string;
}

export const FACTORS = [1, 10, 100, 1000];
export const STEPS = ['load', 'reconcile', 'treemap', 'flow', 'flow-variants'] as const;

/** Runs each (factor, step) in a child process with a time limit; a step that times out is not tried at larger sizes. */
export function benchScaling(timeoutMs = Number(process.env.BENCH_STEP_TIMEOUT_MS ?? 180_000)): ScalingRow[] {
  const rows: ScalingRow[] = [];
  const givenUp = new Set<string>();
  for (const factor of FACTORS) {
    for (const step of STEPS) {
      if (givenUp.has(step)) {
        rows.push({ factor, step, projects: null, ms: null, note: 'skipped: a smaller size timed out' });
        continue;
      }
      const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/bench/scaling-worker.ts', String(factor), step], {
        encoding: 'utf8',
        timeout: timeoutMs,
        maxBuffer: 1 << 20,
      });
      const line = result.stdout?.trim().split('\n').pop();
      if (result.status === 0 && line) {
        const parsed = JSON.parse(line) as ScalingRow;
        rows.push({ factor, step, projects: parsed.projects, ms: parsed.ms, note: parsed.note });
      } else {
        const timedOut = result.error && (result.error as NodeJS.ErrnoException).code === 'ETIMEDOUT';
        rows.push({ factor, step, projects: 66 * factor, ms: null, note: timedOut ? `timed out after ${timeoutMs / 1000} s` : `failed: ${(result.stderr ?? '').split('\n').find((l) => /Error/.test(l)) ?? result.status}` });
        givenUp.add(step);
      }
      console.error(`  scaling ${factor}× ${step}: ${rows.at(-1)!.ms ?? rows.at(-1)!.note}`);
    }
  }
  return rows;
}

/**
 * How a step's time grows per 10× more projects, as the exponent b in time ∝ n^b (1 is linear,
 * ~1.1 is n·log n at these sizes, 2 is quadratic); null where a size is missing or under 5 ms.
 */
export function growthExponents(rows: readonly ScalingRow[], step: string): { from: number; to: number; exponent: number | null }[] {
  const ms = (factor: number) => rows.find((row) => row.factor === factor && row.step === step)?.ms ?? null;
  return FACTORS.slice(1).map((to, index) => {
    const from = FACTORS[index]!;
    const [a, b] = [ms(from), ms(to)];
    const exponent = a !== null && b !== null && a >= 5 ? Math.round((Math.log(b / a) / Math.log(to / from)) * 100) / 100 : null;
    return { from, to, exponent };
  });
}
