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

/** Median wall time of `runs` calls, in ms. */
export function medianMs(work: () => unknown, runs: number): number {
  const samples = sample(work, runs);
  return samples[Math.floor(samples.length / 2)]!;
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
