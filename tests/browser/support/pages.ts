/** What most browser test files share: one Chromium per file, opening a page of the site, and the layout and axe checks. */
import { afterAll, beforeAll, expect } from 'vitest';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { axeViolations, gotoSettled, hasHorizontalOverflow, launchBrowser, newCheckedContext, screenshot } from './browser';
import { pageUrl } from './site';

/**
 * Something a whole test file shares (a browser, a server): made before the file's first test and
 * ended after its last. Call it at the top of the file; the function it returns gives the thing
 * inside a test or hook.
 */
export function useForFile<T>(what: string, start: () => Promise<T>, end: (value: T) => Promise<void>): () => T {
  let value: T | undefined;
  beforeAll(async () => {
    value = await start();
  });
  afterAll(async () => {
    if (value !== undefined) await end(value);
  });
  return () => {
    if (value === undefined) throw new Error(`${what} is started in beforeAll: use it inside a test or hook`);
    return value;
  };
}

/** One Chromium for the test file (see useForFile). */
export const useBrowser = (): (() => Browser) => useForFile('the browser', launchBrowser, (browser) => browser.close());

/**
 * The page at `path` (site-relative) in a new checked context (see newCheckedContext), settled, once
 * it has answered 200. The window is 1280 × 900 unless `options` says otherwise.
 */
export async function openChecked(browser: Browser, path: string, options: BrowserContextOptions = {}) {
  const { context, problems } = await newCheckedContext(browser, { viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  const response = await gotoSettled(page, pageUrl(path));
  expect(response?.status(), `${path} HTTP status`).toBe(200);
  return { context, problems, page, close: () => context.close() };
}

/**
 * The page at each width in turn (it is at the first already; a phone's window is 812 px tall, a
 * desktop's 900): no sideways scrolling at 375 px or less, no axe violation, and a screenshot
 * `<slug>-<width>.png` when screenshots are asked for.
 */
export async function expectReadableAt(page: Page, slug: string, widths: readonly number[]): Promise<void> {
  for (const [index, width] of widths.entries()) {
    if (index > 0) await page.setViewportSize({ width, height: width <= 375 ? 812 : 900 });
    if (width <= 375) expect(await hasHorizontalOverflow(page), `horizontal scrolling at ${width} px`).toBe(false);
    await screenshot(page, `${slug}-${width}`);
    expect(await axeViolations(page), `axe at ${width} px`).toEqual([]);
  }
}
