import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Test files that render .astro components and so need Astro's Vite config (slower to start).
// A test that imports a component fails in the `unit` project with "Parse failure": list it here.
const NEEDS_ASTRO = ['tests/unit/branches-stories.test.ts', 'tests/unit/images.test.ts', 'tests/unit/english-images.test.ts'];

// Three projects: `unit` (plain Vite, most unit and data tests), `astro` (the few above) and `dom`
// (one pass over the built pages in dist/, run after the build: `npm run test:dom`).
export default defineConfig({
  test: {
    testTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts', 'tests/data/**/*.test.ts'], exclude: NEEDS_ASTRO },
      },
      { extends: fileURLToPath(new URL('vitest.astro.config.ts', import.meta.url)), test: { name: 'astro', include: NEEDS_ASTRO } },
      { extends: true, test: { name: 'dom', include: ['tests/dom/**/*.test.ts'] } },
    ],
  },
});
