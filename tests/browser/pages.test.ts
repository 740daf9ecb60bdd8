import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import {
  axeViolations,
  hasHorizontalOverflow,
  launchBrowser,
  newCheckedContext,
  screenshot,
} from './support/browser';
import { pageUrl, sitemapPaths, slugForScreenshot } from './support/site';

// Every page in the sitemap gets the same baseline checks a person would make.
const paths = sitemapPaths();
// Pure text pages ship no JavaScript at all (issue 9): project pages and the methodology.
const isTextPage = (path: string) => /^\/projects\/[^/]+\/$/.test(path) || path === '/methodology/';
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('every page in the sitemap', () => {
  test('the sitemap lists the core pages', () => {
    expect(paths).toContain('/');
    expect(paths).toContain('/methodology/');
  });

  test.each(paths)('%s', async (path) => {
    const { context, problems } = await newCheckedContext(browser, { viewport: { width: 375, height: 812 } });
    const page = await context.newPage();
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    const response = await page.goto(pageUrl(path), { waitUntil: 'load' });
    expect(response?.status(), 'HTTP status').toBe(200);
    await page.waitForLoadState('networkidle');
    if (isTextPage(path)) {
      const html = await response!.text();
      expect(html.match(/<script\b[^>]*\b(src=|type="module")[^>]*>/g) ?? [], 'script tags in a text page').toEqual([]);
      expect(scripts, 'scripts loaded by a text page').toEqual([]);
    }

    expect(await page.title(), 'title').not.toBe('');
    expect(await page.locator('meta[name="description"]').getAttribute('content')).toBeTruthy();
    expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toMatch(/^https?:\/\//);
    expect(await page.locator('main h1').count(), 'one h1 in main').toBe(1);

    expect(await hasHorizontalOverflow(page), 'horizontal scrolling at 375 px').toBe(false);
    await screenshot(page, `${slugForScreenshot(path)}-375`);

    expect(await axeViolations(page), 'axe violations at 375 px').toEqual([]);

    await page.setViewportSize({ width: 1280, height: 900 });
    await screenshot(page, `${slugForScreenshot(path)}-1280`);
    expect(await axeViolations(page), 'axe violations at 1280 px').toEqual([]);

    expect(problems.consoleErrors, 'console errors').toEqual([]);
    expect(problems.failedRequests, 'failed requests').toEqual([]);
    expect(problems.foreignRequests, 'requests to other hosts').toEqual([]);
    await context.close();

    const noScript = await newCheckedContext(browser, { javaScriptEnabled: false });
    const staticPage = await noScript.context.newPage();
    await staticPage.goto(pageUrl(path));
    const mainText = (await staticPage.locator('main').innerText()).trim();
    expect(mainText.length, 'main content without JavaScript').toBeGreaterThan(40);
    await noScript.context.close();
  });
});
