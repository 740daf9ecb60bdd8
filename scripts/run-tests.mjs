#!/usr/bin/env node
// `npm test`: every check, in phases. Within a phase, lanes run side by side (two at a time, one per
// core of a 2-core CI machine); within a lane, steps run one after the other. Prints each step's wall
// time at the end.
// Usage: node scripts/run-tests.mjs [--quick]   (--quick: type check, unit and data tests, DOM pass on dist/)
import { spawn } from 'node:child_process';

const FULL = [
  // Type check, lint, format check and knip beside the unit tests, the build and the checks of dist/ that need no browser.
  [
    ['check', 'lint', 'knip', 'format:check'],
    ['test:unit', 'build', 'test:dom', 'check:links', 'check:html'],
  ],
  // The browser suites: parallel workers of their own (vitest.browser.config.ts).
  [['test:browser']],
  // More builds, one after the other: Astro builds in one project share its .astro/ state. The
  // failed-build test ends with the reproducibility check (dist/ against one more clean build).
  // Beside them Lighthouse, on dist/, which none of them writes: it gates only audits that do not
  // depend on the machine's speed and reports performance (scripts/lighthouse.mjs).
  [['test:base-path', 'test:hostile', 'test:failed-build'], ['lighthouse']],
];
const QUICK = [
  [
    ['check', 'lint', 'knip', 'format:check'],
    ['test:unit', 'test:dom'],
  ],
];
const LANES_AT_ONCE = 2;

const phases = process.argv.includes('--quick') ? QUICK : FULL;
const times = [];
const failed = [];

function runScript(name) {
  return new Promise((resolve) => {
    const start = Date.now();
    console.log(`\n▶ ${name}`);
    const child = spawn('npm', ['run', '--silent', name], { stdio: 'inherit' });
    child.on('exit', (code) => {
      const seconds = (Date.now() - start) / 1000;
      times.push({ name, seconds, ok: code === 0 });
      console.log(`${code === 0 ? '✔' : '✘'} ${name} (${seconds.toFixed(0)} s)`);
      resolve(code === 0);
    });
  });
}

async function runLane(lane) {
  for (const name of lane) {
    if (failed.length) return;
    if (!(await runScript(name))) failed.push(name);
  }
}

const started = Date.now();
for (const lanes of phases) {
  const queue = [...lanes];
  await Promise.all(
    Array.from({ length: LANES_AT_ONCE }, async () => {
      while (queue.length) await runLane(queue.shift());
    }),
  );
  if (failed.length) break;
}

const total = (Date.now() - started) / 1000;
console.log('\nstep                    wall time');
for (const { name, seconds, ok } of times)
  console.log(`${ok ? ' ' : '✘'} ${name.padEnd(22)} ${(seconds / 60).toFixed(1).padStart(5)} min  (${seconds.toFixed(0)} s)`);
console.log(`  ${'total'.padEnd(22)} ${(total / 60).toFixed(1).padStart(5)} min  (${total.toFixed(0)} s)`);
if (failed.length) console.log(`\nfailed: ${failed.join(', ')}`);
process.exit(failed.length ? 1 : 0);
