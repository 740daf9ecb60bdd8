import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, hasHorizontalOverflow, launchBrowser, newCheckedContext, screenshot, settled, type PageProblems } from './browser';
import { builtPagePaths } from './dist';
import { pageUrl, sitemapPaths, slugForScreenshot } from './site';

// The sweep: every page of the build, not only the sitemap's (embeds, treemap levels, 404, the
// English edition too), gets what only a browser can check: no horizontal scrolling at 375 px, axe
// at 375 and 1280 px, no console error, failed request or request to another host, and readable
// content without JavaScript. What the HTML alone decides (title, description, canonical, one h1,
// no script on text pages) is checked for every page without a browser in tests/dom/pages.test.ts.
//
// The built pages are dealt round-robin into SHARDS shares, one test file each
// (tests/browser/pages-N.test.ts), so that both workers sweep and the other files fill the gaps.

export const SHARDS = 4;
const WIDTHS = [375, 1280] as const;
/** Pages one file sweeps at once (each in its own reused tab); see maxConcurrency in vitest.browser.config.ts. */
const LANES = 2;

/** The built pages swept by shard `shard` (1…SHARDS). */
export function shardPaths(shard: number, paths = builtPagePaths()): string[] {
  return paths.filter((_, index) => index % SHARDS === shard - 1);
}

interface Lane {
  page: Page;
  problems: PageProblems;
  staticPage: Page;
}

export function sweepShard(shard: number): void {
  const paths = shardPaths(shard);
  const swept = new Map<string, number[]>();
  let browser: Browser;
  const free: Lane[] = [];
  const waiting: ((lane: Lane) => void)[] = [];

  // One tab per lane, reused from page to page (a new context and tab per page cost more than the
  // navigation); the site keeps no state in the browser (no storage, no cookies) to carry over.
  beforeAll(async () => {
    browser = await launchBrowser();
    const noScript = (await newCheckedContext(browser, { javaScriptEnabled: false })).context;
    for (let index = 0; index < LANES; index++) {
      const { context, problems } = await newCheckedContext(browser, { viewport: { width: 375, height: 812 } });
      free.push({ page: await context.newPage(), problems, staticPage: await noScript.newPage() });
    }
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function withLane<T>(use: (lane: Lane) => Promise<T>): Promise<T> {
    const lane = free.pop() ?? (await new Promise<Lane>((resolve) => waiting.push(resolve)));
    try {
      return await use(lane);
    } finally {
      const next = waiting.shift();
      if (next) next(lane);
      else free.push(lane);
    }
  }

  // Concurrent, LANES at a time: one page's axe scan runs while the other's page loads. The timeout
  // only catches a page that hangs: the largest page (/data/, every table) once took over 2 minutes
  // on a 2-core machine with 30 jobs beside it.
  describe(`built pages, share ${shard} of ${SHARDS}`, { concurrent: true, timeout: 600_000 }, () => {
    test.for(paths)('%s', async (path, { expect }) => {
      await withLane(async ({ page, problems, staticPage }) => {
        for (const list of Object.values(problems)) list.length = 0;
        await page.setViewportSize({ width: 375, height: 812 });
        const response = await page.goto(pageUrl(path), { waitUntil: 'load' });
        expect(response?.status(), 'HTTP status').toBe(200);
        await settled(page);
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

        await staticPage.goto(pageUrl(path));
        const mainText = (await staticPage.locator('main').innerText()).trim();
        expect(mainText.length, 'main content without JavaScript').toBeGreaterThan(40);
      });
    });
  });

  describe(`the sweep, share ${shard} of ${SHARDS}`, () => {
    test('covered every page of its share at both widths', () => {
      expect(paths.length).toBeGreaterThan(0);
      expect(
        paths.filter((path) => swept.get(path)?.join() !== WIDTHS.join()),
        'pages of this share not swept',
      ).toEqual([]);
    });

    test('the shares together are every built page and every page the sitemap lists, each once', () => {
      const files = readdirSync('tests/browser')
        .filter((name) => /^pages-\d+\.test\.ts$/.test(name))
        .sort();
      expect(files, 'one test file per share').toEqual(Array.from({ length: SHARDS }, (_, index) => `pages-${index + 1}.test.ts`).sort());
      const built = builtPagePaths();
      const shares = Array.from({ length: SHARDS }, (_, index) => shardPaths(index + 1, built)).flat();
      expect(shares.sort()).toEqual(built);
      const sitemap = sitemapPaths();
      expect(sitemap).toContain('/');
      expect(sitemap).toContain('/methodology/');
      expect(
        sitemap.filter((path) => !built.includes(path)),
        'sitemap pages not built, so not swept',
      ).toEqual([]);
    });
  });
}
