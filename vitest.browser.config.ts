import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// Browser tests run against the built site in dist/, served on 127.0.0.1 by one static server
// (globalSetup) that every worker shares. Test files run in parallel workers, each launching its own
// Chromium; one worker per core (at most 4).
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    globalSetup: ['tests/browser/support/global-setup.ts'],
    setupFiles: ['tests/browser/support/counts.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: true,
    maxWorkers: Number(process.env.BROWSER_WORKERS ?? Math.min(4, availableParallelism())),
    // Tests marked concurrent (the page sweep) run this many at a time within one file.
    maxConcurrency: 2,
  },
});
