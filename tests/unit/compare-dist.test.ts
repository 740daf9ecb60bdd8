import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { compareDirs } from '../../scripts/compare-dist.mjs';

const root = mkdtempSync(join(tmpdir(), 'compare-dist-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function site(name: string, files: Record<string, string>): string {
  const dir = join(root, name);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

describe('scripts/compare-dist.mjs', () => {
  test('two identical builds have nothing to report', () => {
    const files = { 'index.html': '<h1>预算</h1>', 'flow/index.html': 'a', '_astro/x.js': 'b' };
    expect(compareDirs(site('same-a', files), site('same-b', files))).toEqual({ files: 3, differ: [], onlyA: [], onlyB: [] });
  });

  test('names every file that differs or exists on one side only, in nested folders too', () => {
    const a = site('a', { 'index.html': 'x', 'flow/index.html': 'same', 'old/index.html': 'gone' });
    const b = site('b', { 'index.html': 'y', 'flow/index.html': 'same', 'new/index.html': 'added' });
    expect(compareDirs(a, b)).toEqual({ files: 4, differ: ['index.html'], onlyA: ['old/index.html'], onlyB: ['new/index.html'] });
  });

  test('with ignoreStyleIds, scoped-style ids and hashed asset names are placeholders, and the rest still counts', () => {
    const a = site('ids-a', {
      'index.html': '<p data-astro-cid-abc123>预算</p><link href="/_astro/index.AbCd1234.css">',
      '_astro/index.AbCd1234.css': 'p[data-astro-cid-abc123]{color:red}',
    });
    const b = site('ids-b', {
      'index.html': '<p data-astro-cid-zz9>预算</p><link href="/_astro/index.Zz_-9876.css">',
      '_astro/index.Zz_-9876.css': 'p[data-astro-cid-zz9]{color:red}',
    });
    expect(compareDirs(a, b).differ).toEqual(['index.html']);
    expect(compareDirs(a, b, { ignoreStyleIds: true })).toEqual({ files: 2, differ: [], onlyA: [], onlyB: [] });
    const c = site('ids-c', {
      'index.html': '<p data-astro-cid-zz9>预算！</p><link href="/_astro/index.Zz_-9876.css">',
      '_astro/index.Zz_-9876.css': 'p[data-astro-cid-zz9]{color:blue}',
    });
    expect(compareDirs(a, c, { ignoreStyleIds: true }).differ).toEqual(['_astro/index.*.css', 'index.html']);
  });

  test('exits 0 on identical folders, 1 on a difference, 2 without two folders', () => {
    const run = (...args: string[]) => spawnSync(process.execPath, ['scripts/compare-dist.mjs', ...args], { encoding: 'utf8' });
    const same = site('cli-same', { 'index.html': 'x' });
    expect(run(same, site('cli-same-2', { 'index.html': 'x' })).status).toBe(0);
    const differ = run(same, site('cli-differ', { 'index.html': 'y' }));
    expect(differ.status).toBe(1);
    expect(differ.stdout).toContain('differs      index.html');
    expect(run(same).status).toBe(2);
  });
});
