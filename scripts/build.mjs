#!/usr/bin/env node
// `npm run build`: validate the data (seconds, every problem at once), then `astro build`, then the
// Pagefind index. A failed step leaves nothing behind: no partial dist/ that could be published, no
// stale state in .astro/ that a later build could pick up.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { cleanStaleBuildState } from './fresh-build.mjs';

const root = new URL('../', import.meta.url);
const outDir = 'dist';

function run(command, args) {
  return spawnSync(command, args, { stdio: 'inherit', cwd: root }).status ?? 1;
}

if (run(process.execPath, ['--import', 'tsx', 'scripts/validate.ts']) !== 0) process.exit(1);
for (const [command, args] of [
  ['npx', ['astro', 'build']],
  ['npx', ['pagefind', '--site', outDir]],
]) {
  if (run(command, args) === 0) continue;
  rmSync(new URL(`${outDir}/`, root), { recursive: true, force: true });
  cleanStaleBuildState(root);
  console.error(`build: \`${command} ${args.join(' ')}\` failed; ${outDir}/ and the build state in .astro/ were removed`);
  process.exit(1);
}
