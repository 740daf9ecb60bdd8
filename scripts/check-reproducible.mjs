#!/usr/bin/env node
// Two clean builds into two temp folders, compared byte for byte: a reproducible build.
// Usage: node scripts/check-reproducible.mjs            (runs `astro build` twice, one after the other)
//        node scripts/check-reproducible.mjs <dirA> <dirB>   (only compares two existing builds)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

// Anything Astro makes random and that cannot be made stable goes here, with why.
// (None found with Astro 5.18.2: content-hashed asset names, no build timestamps in pages.)
const KNOWN_RANDOM = [];

function build(outDir) {
  const start = Date.now();
  // Each build writes to a fresh, empty folder. Astro's shared cache (node_modules/.astro) is left
  // alone: other builds may be using it, and this site has no content collections cached there.
  const result = spawnSync('npx', ['astro', 'build', '--outDir', outDir], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) throw new Error(`astro build failed (exit ${result.status})`);
  console.log(`built ${outDir} in ${((Date.now() - start) / 1000).toFixed(0)} s`);
}

function listFiles(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

/** Where two files first differ, with a little context. */
function firstDifference(a, b) {
  const length = Math.min(a.length, b.length);
  let index = 0;
  while (index < length && a[index] === b[index]) index++;
  const context = (bytes) => JSON.stringify(bytes.subarray(Math.max(0, index - 60), index + 60).toString('utf8'));
  return `byte ${index}: ${context(a)} vs ${context(b)}`;
}

let [dirA, dirB] = process.argv.slice(2);
const made = [];
if (!dirA || !dirB) {
  const root = mkdtempSync(join(tmpdir(), 'repro-'));
  dirA = join(root, 'a');
  dirB = join(root, 'b');
  build(dirA);
  build(dirB);
  made.push(root);
}

const filesA = listFiles(dirA);
const filesB = listFiles(dirB);
const problems = [];
const known = [];
for (const file of new Set([...filesA, ...filesB])) {
  if (!filesA.includes(file) || !filesB.includes(file)) {
    problems.push(`${file}: only in ${filesA.includes(file) ? 'the first' : 'the second'} build`);
    continue;
  }
  const a = readFileSync(join(dirA, file));
  const b = readFileSync(join(dirB, file));
  if (a.equals(b)) continue;
  const reason = KNOWN_RANDOM.find((entry) => entry.pattern.test(file));
  (reason ? known : problems).push(`${file}: ${reason ? reason.why : firstDifference(a, b)}`);
}
console.log(`check-reproducible: ${filesA.length} files compared, ${problems.length} differ${known.length ? `, ${known.length} known-random` : ''}`);
for (const line of known) console.log(`  known: ${line}`);
for (const line of problems) console.log(`  DIFFERS ${line}`);
for (const root of made) if (!problems.length) rmSync(root, { recursive: true, force: true });
process.exit(problems.length ? 1 : 0);
