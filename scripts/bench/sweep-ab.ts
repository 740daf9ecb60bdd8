// A/B benchmark (issue 14): the old sweep's per-page work vs the new one's, alternating page by page so that
// the machine's load falls on both alike. Run after a build; prints ms per page both ways and their ratio.
// Usage: npx tsx scripts/bench/sweep-ab.ts [every-nth-page, default 4]
import type { Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import {
  AXE_TAGS,
  axeViolations,
  hasHorizontalOverflow,
  launchBrowser,
  newCheckedContext,
  settled,
} from '../../tests/browser/support/browser';
import { builtPagePaths } from '../../tests/browser/support/dist';
import { serveStatic } from '../../tests/browser/support/server';

const server = await serveStatic('dist');
const browser = await launchBrowser();
const every = Number(process.argv[2] ?? 4);
const sample = builtPagePaths().filter((_, index) => index % every === 0);
const url = (path: string) => `${server.origin}${path}`;

// Old (pages.test.ts at d827957): a new context per page, networkidle, AxeBuilder per scan, a new no-JS tab.
const noScriptOld = (await newCheckedContext(browser, { javaScriptEnabled: false })).context;
async function oldWay(path: string) {
  const { context, problems } = await newCheckedContext(browser, { viewport: { width: 375, height: 812 } });
  const page = await context.newPage();
  await page.goto(url(path), { waitUntil: 'load' });
  await page.waitForLoadState('networkidle');
  await hasHorizontalOverflow(page);
  let violations = 0;
  for (const width of [375, 1280]) {
    if (width !== 375) await page.setViewportSize({ width, height: 900 });
    violations += (await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze()).violations.length;
  }
  await context.close();
  const staticPage = await noScriptOld.newPage();
  await staticPage.goto(url(path));
  await staticPage.locator('main').innerText();
  await staticPage.close();
  return violations + problems.consoleErrors.length + problems.failedRequests.length;
}

// New (support/sweep.ts): a reused tab, settled(), axeViolations(), a reused no-JS tab.
const lane = await (async () => {
  const { context, problems } = await newCheckedContext(browser, { viewport: { width: 375, height: 812 } });
  const noScript = (await newCheckedContext(browser, { javaScriptEnabled: false })).context;
  return { page: await context.newPage(), problems, staticPage: await noScript.newPage() };
})();
async function newWay(path: string) {
  const { page, problems, staticPage }: { page: Page; problems: typeof lane.problems; staticPage: Page } = lane;
  for (const list of Object.values(problems)) list.length = 0;
  await page.setViewportSize({ width: 375, height: 812 });
  await page.goto(url(path), { waitUntil: 'load' });
  await settled(page);
  await hasHorizontalOverflow(page);
  let violations = 0;
  for (const width of [375, 1280]) {
    if (width !== 375) await page.setViewportSize({ width, height: 900 });
    violations += (await axeViolations(page)).length;
  }
  await staticPage.goto(url(path));
  await staticPage.locator('main').innerText();
  return violations + problems.consoleErrors.length + problems.failedRequests.length;
}

let oldMs = 0;
let newMs = 0;
for (const [index, path] of sample.entries()) {
  const order = index % 2 ? [oldWay, newWay] : [newWay, oldWay];
  for (const way of order) {
    const start = performance.now();
    const found = await way(path);
    const ms = performance.now() - start;
    if (way === oldWay) oldMs += ms;
    else newMs += ms;
    if (found) console.log(`${path}: ${way.name} found ${found} problems`);
  }
}
console.log(
  `${sample.length} pages (every ${every}th): old ${(oldMs / sample.length).toFixed(0)} ms/page, new ${(newMs / sample.length).toFixed(0)} ms/page, ratio ${(oldMs / newMs).toFixed(2)}`,
);
await browser.close();
await server.close();
