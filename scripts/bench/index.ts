import { mkdirSync, writeFileSync, existsSync, readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchDataLoading } from './data-load';
import { printTable } from './measure';
import { benchBuild, countPages } from './build';
import { PAGE_TYPES, pageWeight, budgetVerdicts, kb, type PageWeight } from './page-weight';
import { benchScaling, growthExponents } from './scaling';
import { benchBrowser } from './browser';

/**
 * `npm run bench`: prints tables and records the figures in bench/results.json (other keys there,
 * e.g. Lighthouse scores, are kept).
 *   --dist <dir>   measure an existing build instead of building (then no build time is recorded)
 *   --only <list>  comma-separated subset of: build,weight,data,scaling,browser
 * BASE=/sub/ is honoured for an existing build made with that base.
 */
const args = process.argv.slice(2);
const option = (name: string) => {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
};
const only = new Set((option('--only') ?? 'build,weight,data,scaling,browser').split(','));
const base = process.env.BASE ?? '/';

const results: Record<string, unknown> = existsSync('bench/results.json') ? JSON.parse(readFileSync('bench/results.json', 'utf8')) : {};

let distDir = option('--dist');
if (!distDir) {
  distDir = join(mkdtempSync(join(tmpdir(), 'bench-')), 'dist');
  if (only.has('build')) {
    console.log(`\nBuilding into ${distDir} …`);
    const build = benchBuild(distDir);
    console.log('\nBuild (one full astro build, wall clock)');
    printTable([{ 'wall s': build.wallSeconds, pages: build.pages, 'ms per page': build.msPerPage }]);
    results.build = build;
  }
} else {
  console.log(`\nMeasuring the existing build in ${distDir} (${countPages(distDir)} pages)`);
}

if (only.has('weight')) {
  const weights: PageWeight[] = [];
  const missing: string[] = [];
  for (const page of PAGE_TYPES) {
    const weight = pageWeight(distDir, page.type, page.path, base);
    if (weight) weights.push(weight);
    else missing.push(`${page.type} (${page.path} not built)`);
  }
  console.log('\nPage weight, gzip -9 (first visit; budgets: chart pages ≤ 40 KB JS, text pages 0 JS, home ≤ 150 KB in all)');
  printTable(
    weights.map((w) => ({
      type: w.type,
      path: w.path,
      HTML: kb(w.html),
      CSS: kb(w.css),
      JS: kb(w.js),
      other: kb(w.other),
      'lazy images': kb(w.lazy),
      total: kb(w.total),
      files: w.files,
    })),
  );
  const failures = budgetVerdicts(weights);
  for (const line of missing) console.log(`  skipped: ${line}`);
  for (const line of failures) console.log(`  OVER BUDGET: ${line}`);
  results.pageWeight = { measuredIn: 'bytes, gzip -9', pages: weights, skipped: missing, overBudget: failures };
}

if (only.has('data')) {
  const dataLoading = benchDataLoading();
  console.log('\nData loading (median of 15 runs)');
  printTable(
    dataLoading.map((timing) => ({ step: timing.name, 'median ms': timing.medianMs, 'min ms': timing.minMs, 'max ms': timing.maxMs })),
  );
  results.dataLoading = dataLoading;
}

if (only.has('scaling')) {
  console.log(
    '\nScaling: synthetic budgets with k× the projects (each step in its own process; median ms after a warm-up run, CPU ms in brackets, first run after "first")',
  );
  const scaling = benchScaling();
  const steps = [...new Set(scaling.map((row) => row.step))];
  printTable(
    [...new Set(scaling.map((row) => row.factor))].map((factor) => {
      const row: Record<string, string | number> = { 'k×': factor, projects: 66 * factor };
      for (const step of steps) {
        const cell = scaling.find((entry) => entry.factor === factor && entry.step === step)!;
        row[`${step} ms (cpu)`] =
          cell.ms !== null
            ? `${cell.ms} (${cell.cpuMs}) first ${cell.firstMs}`
            : cell.note.startsWith('timed out')
              ? 'timeout'
              : cell.note.startsWith('skipped')
                ? '—'
                : 'failed';
      }
      return row;
    }),
  );
  for (const row of scaling.filter((entry) => entry.ms === null && !entry.note.startsWith('skipped')))
    console.log(`  ${row.factor}× ${row.step}: ${row.note}`);
  console.log('\nGrowth per 10× step, as the exponent b in time ∝ n^b (1 linear, 2 quadratic), of wall (and CPU) time');
  const growth = Object.fromEntries(
    steps.map((step) => [step, { wall: growthExponents(scaling, step), cpu: growthExponents(scaling, step, 'cpuMs') }]),
  );
  printTable(
    steps.map((step) =>
      Object.fromEntries([
        ['step', step],
        ...growth[step]!.wall.map((entry, index) => [
          `${entry.from}→${entry.to}×`,
          `${entry.exponent ?? '—'} (${growth[step]!.cpu[index]!.exponent ?? '—'})`,
        ]),
      ]),
    ),
  );
  results.scaling = scaling;
  results.scalingGrowth = growth;
}

if (only.has('browser')) {
  console.log('\nIn the browser (Chromium, 375 px, CPU unthrottled and 4× slower)');
  const browser = await benchBrowser(distDir, base);
  printTable(
    browser.map((row) => ({
      page: row.page,
      'CPU ×': row.cpuSlowdown,
      'nav→interactive ms': row.navigationToInteractiveMs,
      'longest task in zoom ms': row.longestTaskDuringZoomMs,
      interaction: row.interaction,
    })),
  );
  results.browser = browser;
}

mkdirSync('bench', { recursive: true });
results.recordedAt = new Date().toISOString();
results.node = process.version;
writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
console.log('\nWrote bench/results.json');
