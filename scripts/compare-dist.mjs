/**
 * Proves that a change leaves the built site byte-identical:
 *
 *   node scripts/compare-dist.mjs A B     # e.g. a build before and one after a refactor
 *
 * Lists every file that differs and every file found on one side only, then a count.
 * Exit 0 when the two folders hold the same files with the same bytes, 1 otherwise, 2 on bad use.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Every file under `root`, as paths relative to it, sorted. */
function listFiles(root) {
  const files = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else files.push(relative(root, path));
    }
  };
  walk(root);
  return files.sort();
}

/** Paths in A or B whose bytes differ, and paths on one side only. */
export function compareDirs(a, b) {
  const left = new Set(listFiles(a));
  const right = new Set(listFiles(b));
  const differ = [...left].filter((path) => right.has(path) && !readFileSync(join(a, path)).equals(readFileSync(join(b, path))));
  const onlyA = [...left].filter((path) => !right.has(path));
  const onlyB = [...right].filter((path) => !left.has(path));
  return { files: new Set([...left, ...right]).size, differ, onlyA, onlyB };
}

const isMain = process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isMain) {
  const [a, b] = process.argv.slice(2);
  if (!a || !b || !statSync(a, { throwIfNoEntry: false })?.isDirectory() || !statSync(b, { throwIfNoEntry: false })?.isDirectory()) {
    console.error('usage: node scripts/compare-dist.mjs DIR_A DIR_B (two built sites, e.g. dist/ and /tmp/dist-before)');
    process.exit(2);
  }
  const { files, differ, onlyA, onlyB } = compareDirs(a, b);
  for (const path of differ) console.log(`differs      ${path}`);
  for (const path of onlyA) console.log(`only in A    ${path}`);
  for (const path of onlyB) console.log(`only in B    ${path}`);
  const problems = differ.length + onlyA.length + onlyB.length;
  console.log(`compare-dist: ${files} files, ${differ.length} differ, ${onlyA.length} only in ${a}, ${onlyB.length} only in ${b}`);
  process.exit(problems === 0 ? 0 : 1);
}
