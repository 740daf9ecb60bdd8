import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

export interface BuildTiming {
  outDir: string;
  wallSeconds: number;
  pages: number;
  msPerPage: number;
}

/** Every .html file under dir: the pages the build wrote. */
export function countPages(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .length;
}

/** Wall time of one full `astro build` into outDir (the site only; the search index is timed apart by pagefind). */
export function benchBuild(outDir: string): BuildTiming {
  const start = performance.now();
  const result = spawnSync('npx', ['astro', 'build', '--outDir', outDir], { stdio: ['ignore', 'ignore', 'inherit'], env: process.env });
  const wallSeconds = (performance.now() - start) / 1000;
  if (result.status !== 0) throw new Error(`astro build failed (exit ${result.status})`);
  const pages = countPages(outDir);
  return { outDir, wallSeconds: round(wallSeconds), pages, msPerPage: Math.round((wallSeconds * 1000) / pages) };
}

const round = (value: number) => Math.round(value * 10) / 10;
