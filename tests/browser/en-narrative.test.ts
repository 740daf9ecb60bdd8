/**
 * The English narrative pages (issue 21, branch stories, learn, methodology) as a person sees them:
 * no sideways scrolling on a phone, axe clean at 375 px and 1280 px, no console errors or requests
 * to other hosts. Their content is checked without a browser in tests/dom/en-*.test.ts.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { axeViolations, hasHorizontalOverflow, launchBrowser, newCheckedContext, screenshot } from './support/browser';
import { pageUrl, slugForScreenshot } from './support/site';

const PATHS = ['/en/branches/', '/en/branches/zezhou/', '/en/branches/lingchuan/', '/en/learn/', '/en/methodology/'];
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('English narrative pages', () => {
  test.each(PATHS)('%s reads well at 375 px and 1280 px', async (path) => {
    const { context, problems } = await newCheckedContext(browser, { viewport: { width: 375, height: 900 } });
    const page = await context.newPage();
    const response = await page.goto(pageUrl(path), { waitUntil: 'networkidle' });
    expect(response?.status(), `${path} HTTP status`).toBe(200);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await hasHorizontalOverflow(page), 'horizontal scrolling at 375 px').toBe(false);
    await screenshot(page, `${slugForScreenshot(path)}-375`);
    expect(await axeViolations(page), 'axe at 375 px').toEqual([]);
    await page.setViewportSize({ width: 1280, height: 900 });
    await screenshot(page, `${slugForScreenshot(path)}-1280`);
    expect(await axeViolations(page), 'axe at 1280 px').toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.foreignRequests).toEqual([]);
    await context.close();
  });
});
