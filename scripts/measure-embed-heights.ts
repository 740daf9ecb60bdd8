/**
 * Measures every embed's height in a 600 px column, for each chart and each state the site
 * prerenders (the treemaps' zoom levels), in Chromium from the built site, and writes
 * src/lib/embed/frameHeights.json, the heights the embed code gives a host that strips our script.
 * Run after `astro build` (same BASE): `npm run measure:embeds`.
 * tests/browser/embed-heights.test.ts checks the table against the real heights.
 */
import { writeFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../tests/browser/support/browser';
import { DIST_DIR } from '../tests/browser/support/dist';
import { serveStatic } from '../tests/browser/support/server';
import { embedStates, measureEmbedHeight } from '../tests/browser/support/embedHeights';
import { MEASURED_WIDTH, type FrameHeightTable } from '../src/lib/embed/frameHeights';

const base = process.env.BASE ?? '/';
const server = await serveStatic(DIST_DIR, base);
let browser: Browser | undefined;
try {
  browser = await launchBrowser();
  const table: FrameHeightTable = {};
  for (const { slug, path, search } of embedStates(DIST_DIR)) {
    const height = await measureEmbedHeight(browser, `${server.origin}${base}${path.slice(1)}${search}`);
    (table[slug] ??= {})[search] = height;
    console.log(`${slug}${search}: ${height} px at ${MEASURED_WIDTH} px`);
  }
  writeFileSync('src/lib/embed/frameHeights.json', `${JSON.stringify(table, null, 2)}\n`);
} finally {
  await browser?.close();
  await server.close();
}
