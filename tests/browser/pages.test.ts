import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import {
  axeViolations,
  hasHorizontalOverflow,
  launchBrowser,
  newCheckedContext,
  screenshot,
} from './support/browser';
import { builtPagePaths } from './support/dist';
import { pageUrl, sitemapPaths, slugForScreenshot } from './support/site';

// The sweep: every page of the build, not only the sitemap's (embeds, treemap levels, 404 too),
// gets what only a browser can check: no horizontal scrolling at 375 px, axe at 375 and 1280 px,
// no console error, failed request or request to another host, and readable content without
// JavaScript. What the HTML alone decides (title, description, canonical, one h1, no script on
// text pages) is checked for every page without a browser in tests/dom/pages.test.ts.
const paths = builtPagePaths();
const WIDTHS = [375, 1280] as const;
const swept = new Map<string, number[]>();
let browser: Browser;
let noScript: BrowserContext;

beforeAll(async () => {
  browser = await launchBrowser();
  noScript = (await newCheckedContext(browser, { javaScriptEnabled: false })).context;
});
afterAll(async () => {
  await browser?.close();
});

// Concurrent: a few pages at once (maxConcurrency in vitest.browser.config.ts) keep both cores busy
// while one page waits for the network to go quiet. The timeout only catches a page that hangs: the
// largest page (/data/, every table) took over 2 minutes on a 2-core machine with 30 jobs beside it.
describe('every built page', { concurrent: true, timeout: 600_000 }, () => {
  test.for(paths)('%s', async (path, { expect }) => {
    const { context, problems } = await newCheckedContext(browser, { viewport: { width: 375, height: 812 } });
    const page = await context.newPage();
    const response = await page.goto(pageUrl(path), { waitUntil: 'load' });
    expect(response?.status(), 'HTTP status').toBe(200);
    await page.waitForLoadState('networkidle');
    expect(await hasHorizontalOverflow(page), 'horizontal scrolling at 375 px').toBe(false);

    const violations: Record<number, unknown[]> = {};
    for (const width of WIDTHS) {
      if (width !== 375) await page.setViewportSize({ width, height: 900 });
      await screenshot(page, `${slugForScreenshot(path)}-${width}`);
      violations[width] = await axeViolations(page);
    }
    swept.set(path, [...WIDTHS]);
    for (const width of WIDTHS) expect(violations[width], `axe violations at ${width} px`).toEqual([]);

    expect(problems.consoleErrors, 'console errors').toEqual([]);
    expect(problems.failedRequests, 'failed requests').toEqual([]);
    expect(problems.foreignRequests, 'requests to other hosts').toEqual([]);
    await context.close();

    const staticPage = await noScript.newPage();
    await staticPage.goto(pageUrl(path));
    const mainText = (await staticPage.locator('main').innerText()).trim();
    expect(mainText.length, 'main content without JavaScript').toBeGreaterThan(40);
    await staticPage.close();
  });
});

describe('the sweep', () => {
  test('covered every page of the build at both widths, and every page the sitemap lists', () => {
    const notSwept = builtPagePaths().filter((path) => swept.get(path)?.join() !== WIDTHS.join());
    expect(notSwept, 'built pages missing from the sweep').toEqual([]);
    const sitemap = sitemapPaths();
    expect(sitemap).toContain('/');
    expect(sitemap).toContain('/methodology/');
    expect(sitemap.filter((path) => !swept.has(path)), 'sitemap pages missing from the sweep').toEqual([]);
  });
});
