/**
 * A failed build leaves nothing that changes a later one. An `astro build` into a folder outside the
 * project that fails while prerendering leaves its server chunks (manifest_*.mjs, with absolute paths
 * and a per-build key) in .astro/; the next build used to publish them, and two clean builds then
 * differed. Three full builds: run with BUILD_TESTS=1 (about 2–4 minutes).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

describe.runIf(process.env.BUILD_TESTS === '1')('a failed build', () => {
  test('leaves no state that a later build publishes: the reproducibility check passes after it', { timeout: 600_000 }, () => {
    const root = mkdtempSync(join(tmpdir(), 'failed-build-'));
    try {
      // A fault that only the prerendering meets: `astro build` run directly skips `npm run validate`.
      const data = join(root, 'data');
      cpSync('data', data, { recursive: true });
      const projects = readFileSync(join(data, 'projects.csv'), 'utf8').split('\n');
      projects[1] = projects[1]!.replace(/,(\d+\.\d{2}),/, ',三百八十,');
      writeFileSync(join(data, 'projects.csv'), projects.join('\n'));
      const failed = spawnSync('npx', ['astro', 'build', '--outDir', join(root, 'failed-dist')], { env: { ...process.env, DATA_DIR: data }, encoding: 'utf8' });
      expect(failed.status, 'the build with bad data fails').not.toBe(0);
      expect(`${failed.stdout}${failed.stderr}`).toContain('projects.csv, row 2, column "amount"');
      // The failure did leave server chunks behind, so the check below is a real one.
      expect(existsSync('.astro') && readdirSync('.astro').some((name) => /^manifest_.*\.mjs$/.test(name)), '.astro/manifest_*.mjs after the failure').toBe(true);

      const check = spawnSync(process.execPath, ['scripts/check-reproducible.mjs'], { encoding: 'utf8' });
      expect(check.stdout).toMatch(/check-reproducible: .*\b\d+ files compared, 0 differ/);
      expect(check.stdout).not.toContain('manifest_');
      expect(check.status).toBe(0);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  test('npm run build stops at validation, before any bundling, in seconds', { timeout: 60_000 }, () => {
    const data = mkdtempSync(join(tmpdir(), 'failed-validate-'));
    try {
      cpSync('data', data, { recursive: true });
      rmSync(join(data, 'site_glossary.csv'));
      const start = Date.now();
      const result = spawnSync(process.execPath, ['scripts/build.mjs'], { env: { ...process.env, DATA_DIR: data }, encoding: 'utf8' });
      expect(result.status).toBe(1);
      expect(result.stderr).toContain('site_glossary.csv (1 error)\n  FILE_MISSING  is missing from');
      expect(result.stdout).not.toContain('[build]');
      expect(Date.now() - start).toBeLessThan(20_000);
    } finally {
      rmSync(data, { recursive: true, force: true });
    }
  });
});
