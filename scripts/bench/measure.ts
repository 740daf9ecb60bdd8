import { performance } from 'node:perf_hooks';

export interface Timing {
  name: string;
  runs: number;
  medianMs: number;
  minMs: number;
  maxMs: number;
}

/** Wall times of `runs` calls, in ms, sorted. */
function sample(work: () => unknown, runs: number): number[] {
  const samples: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    work();
    samples.push(performance.now() - start);
  }
  return samples.sort((a, b) => a - b);
}

/**
 * Median wall time and median CPU time (user + system, all threads of the process) of `runs`
 * calls after one warm-up call, in ms, and the times of that first call. On a shared machine the
 * wall time includes waiting for a core; the CPU time does not, so it shows how the work itself
 * grows. The first call also pays for compiling the code (a fixed cost, whatever the size): a
 * build runs each step once, so it pays that too.
 */
export function medianWallAndCpuMs(
  work: () => unknown,
  runs: number,
): { wallMs: number; cpuMs: number; firstWallMs: number; firstCpuMs: number } {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let run = 0; run <= runs; run++) {
    const [start, startCpu] = [performance.now(), process.cpuUsage()];
    work();
    const used = process.cpuUsage(startCpu);
    wall.push(performance.now() - start);
    cpu.push((used.user + used.system) / 1000);
  }
  const [firstWallMs, firstCpuMs] = [wall.shift()!, cpu.shift()!];
  const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  return { wallMs: median(wall), cpuMs: median(cpu), firstWallMs, firstCpuMs };
}

/** Runs `work` a few times after a warm-up and reports the median, so one slow run does not mislead. */
export function measure(name: string, work: () => unknown, runs = 15): Timing {
  work();
  const samples = sample(work, runs);
  return {
    name,
    runs,
    medianMs: round(samples[Math.floor(samples.length / 2)]!),
    minMs: round(samples[0]!),
    maxMs: round(samples[samples.length - 1]!),
  };
}

const round = (value: number) => Math.round(value * 100) / 100;

export function printTable(rows: Record<string, string | number>[]): void {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]!);
  const widths = columns.map((column) => Math.max(column.length, ...rows.map((row) => String(row[column]).length)));
  const line = (cells: string[]) => cells.map((cell, index) => cell.padEnd(widths[index]!)).join('  ');
  console.log(line(columns));
  console.log(line(widths.map((width) => '-'.repeat(width))));
  for (const row of rows) console.log(line(columns.map((column) => String(row[column]))));
}
