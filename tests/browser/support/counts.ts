import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterAll, afterEach, expect, inject } from 'vitest';

/**
 * What the browser tests did, so nothing is dropped silently: assertions, axe scans and the pages
 * opened. With TEST_COUNTS_DIR set, each test file writes its counts there as JSON
 * (`node scripts/test-counts.mjs DIR` sums them).
 */
export const counts = { assertions: 0, axeScans: 0, pages: new Set<string>() };

/** Records a page of the site under test that a browser navigated to (frames included). */
export function countPage(href: string): void {
  if (!process.env.VITEST) return;
  const url = new URL(href);
  if (url.origin === inject('origin')) counts.pages.add(url.pathname);
}

let file = 'unknown';
// The support helpers are also used by scripts outside Vitest (scripts/measure-embed-heights.ts).
if (process.env.VITEST) registerCountHooks();

function registerCountHooks(): void {
  afterEach((context) => {
    const state = expect.getState();
    file = basename(state.testPath ?? file);
    // A concurrent test asserts through its own context's expect, the others through the global one.
    counts.assertions += state.assertionCalls + context.expect.getState().assertionCalls;
  });
  afterAll(() => {
    const dir = process.env.TEST_COUNTS_DIR;
    if (!dir) return;
    mkdirSync(dir, { recursive: true });
    const record = { file, assertions: counts.assertions, axeScans: counts.axeScans, pages: [...counts.pages].sort() };
    writeFileSync(join(dir, `${file}.json`), `${JSON.stringify(record)}\n`);
  });
}
