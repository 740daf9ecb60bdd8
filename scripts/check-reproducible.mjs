#!/usr/bin/env node
// The main build (dist/, made by `npm run build`) and one more clean build, compared byte for byte:
// a reproducible build.
// Usage: node scripts/check-reproducible.mjs                (one more build, like `npm run build`, in node_modules/.cache/)
//        node scripts/check-reproducible.mjs <dirA> <dirB>  (only compares two existing builds)
// DIST_DIR names the main build when it is not dist/.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';

// Anything Astro makes random and that cannot be made stable goes here, with why.
// (None found with Astro 5.18.2: content-hashed asset names, no build timestamps in pages.)
const KNOWN_RANDOM = [];

function run(command, args) {
  const result = spawnSync(command, args, { stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status})`);
}

/**
 * Builds the site as `npm run build` does (Astro, then the Pagefind index) into a fresh, empty folder.
 * Astro's shared cache (node_modules/.astro) is left alone, as for dist/: this site has no content
 * collections cached there.
 */
function build(outDir) {
  const start = Date.now();
  run('npx', ['astro', 'build', '--outDir', outDir]);
  run('npx', ['pagefind', '--site', outDir]);
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
let made;
if (!dirA || !dirB) {
  dirA = process.env.DIST_DIR ?? 'dist';
  if (!existsSync(join(dirA, 'index.html'))) throw new Error(`${dirA}/ has no build: run \`npm run build\` first`);
  // Inside the project, like dist/: Astro builds an outDir outside the working directory in .astro/
  // and copies it over, with two internal files (content-*.mjs) that dist/ does not have.
  made = 'node_modules/.cache/check-reproducible';
  rmSync(made, { recursive: true, force: true });
  mkdirSync(made, { recursive: true });
  dirB = join(made, 'dist');
  build(dirB);
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
console.log(
  `check-reproducible: ${dirA} and ${dirB}: ${filesA.length} files compared, ${problems.length} differ${known.length ? `, ${known.length} known-random` : ''}`,
);
for (const line of known) console.log(`  known: ${line}`);
for (const line of problems) console.log(`  DIFFERS ${line}`);
if (made && !problems.length) rmSync(made, { recursive: true, force: true });
process.exit(problems.length ? 1 : 0);
