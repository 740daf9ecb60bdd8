#!/usr/bin/env node
// `astro build` into outDir with a cache of its own: Astro keeps a content-layer store between builds
// (cacheDir, node_modules/.astro by default); this build gets an empty one in a temp folder, through
// a config that only moves cacheDir. So the build is clean, and builds made this way can run beside
// each other and beside the main build without sharing state. (Astro's generated types in .astro/
// are the same for every build of this project.)
// Usage: node scripts/isolated-build.mjs <outDir> [--pagefind]   (BASE, SITE, DATA_DIR pass through)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

function run(command, args) {
  const result = spawnSync(command, args, { stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status})`);
}

/** Builds the site into outDir (then its Pagefind index, as `npm run build` does, if asked). */
export function isolatedBuild(outDir, { pagefind = false } = {}) {
  const scratch = mkdtempSync(join(tmpdir(), 'astro-build-'));
  const config = join(scratch, 'astro.config.mjs');
  writeFileSync(config, `import config from ${JSON.stringify(resolve('astro.config.mjs'))};\nexport default { ...config, cacheDir: ${JSON.stringify(join(scratch, 'cache'))} };\n`);
  const start = Date.now();
  try {
    run('npx', ['astro', 'build', '--config', config, '--outDir', resolve(outDir)]);
    if (pagefind) run('npx', ['pagefind', '--site', resolve(outDir)]);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  console.log(`built ${outDir} in ${((Date.now() - start) / 1000).toFixed(0)} s`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [outDir, ...flags] = process.argv.slice(2);
  if (!outDir) throw new Error('usage: node scripts/isolated-build.mjs <outDir> [--pagefind]');
  isolatedBuild(outDir, { pagefind: flags.includes('--pagefind') });
}
