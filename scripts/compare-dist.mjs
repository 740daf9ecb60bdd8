/**
 * Proves that a change leaves the built site byte-identical:
 *
 *   node scripts/compare-dist.mjs A B     # e.g. a build before and one after a refactor
 *
 * Lists every file that differs and every file found on one side only, then a count.
 * Exit 0 when the two folders hold the same files with the same bytes, 1 otherwise, 2 on bad use.
 *
 *   node scripts/compare-dist.mjs --ignore-style-ids A B
 *
 * For a refactor that moves markup between components: Astro's scoped-style ids
 * (`data-astro-cid-…`) and the content hashes in `_astro/` file names change with the component a
 * rule lives in, not with what a reader sees, so this mode reads both as placeholders and compares
 * the rest byte for byte. Files whose names differ only in their hash are compared as a group.
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

const STYLE_ID = /data-astro-cid-[a-z0-9]+/g;
const HASHED_NAME = /(_astro\/[\w.-]+?)\.[\w-]{8}\.(css|js|mjs|png|svg|woff2?)\b/g;
const TEXT_FILE = /\.(html|css|js|mjs|json|xml|txt|svg)$/;

/** A path with its `_astro/` hash read as a placeholder. */
const unhashedPath = (path) => path.replace(HASHED_NAME, '$1.*.$2');

/** A file's bytes, or for a text file in style-id mode its text with ids and hashes as placeholders. */
function contents(root, path, ignoreStyleIds) {
  const bytes = readFileSync(join(root, path));
  if (!ignoreStyleIds || !TEXT_FILE.test(path)) return bytes;
  return Buffer.from(bytes.toString('utf8').replace(STYLE_ID, 'data-astro-cid-*').replace(HASHED_NAME, '$1.*.$2'));
}

/** Every file under `root` grouped by its (unhashed, in style-id mode) path: path → sorted contents. */
function groupFiles(root, ignoreStyleIds) {
  const groups = new Map();
  for (const path of listFiles(root)) {
    const key = ignoreStyleIds ? unhashedPath(path) : path;
    groups.set(key, [...(groups.get(key) ?? []), contents(root, path, ignoreStyleIds)]);
  }
  for (const list of groups.values()) list.sort(Buffer.compare);
  return groups;
}

const sameContents = (x, y) => x.length === y.length && x.every((bytes, i) => bytes.equals(y[i]));

/** Paths in A or B whose bytes differ, and paths on one side only. */
export function compareDirs(a, b, { ignoreStyleIds = false } = {}) {
  const left = groupFiles(a, ignoreStyleIds);
  const right = groupFiles(b, ignoreStyleIds);
  const differ = [...left.keys()].filter((path) => right.has(path) && !sameContents(left.get(path), right.get(path)));
  const onlyA = [...left.keys()].filter((path) => !right.has(path));
  const onlyB = [...right.keys()].filter((path) => !left.has(path));
  return { files: new Set([...left.keys(), ...right.keys()]).size, differ, onlyA, onlyB };
}

const isMain = process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isMain) {
  const args = process.argv.slice(2);
  const ignoreStyleIds = args.includes('--ignore-style-ids');
  const [a, b] = args.filter((arg) => arg !== '--ignore-style-ids');
  if (!a || !b || !statSync(a, { throwIfNoEntry: false })?.isDirectory() || !statSync(b, { throwIfNoEntry: false })?.isDirectory()) {
    console.error(
      'usage: node scripts/compare-dist.mjs [--ignore-style-ids] DIR_A DIR_B (two built sites, e.g. dist/ and /tmp/dist-before)',
    );
    process.exit(2);
  }
  const { files, differ, onlyA, onlyB } = compareDirs(a, b, { ignoreStyleIds });
  for (const path of differ) console.log(`differs      ${path}`);
  for (const path of onlyA) console.log(`only in A    ${path}`);
  for (const path of onlyB) console.log(`only in B    ${path}`);
  const problems = differ.length + onlyA.length + onlyB.length;
  console.log(`compare-dist: ${files} files, ${differ.length} differ, ${onlyA.length} only in ${a}, ${onlyB.length} only in ${b}`);
  process.exit(problems === 0 ? 0 : 1);
}
