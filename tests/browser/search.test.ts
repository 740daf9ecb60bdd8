import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, launchBrowser, newCheckedContext, screenshot } from './support/browser';
import { DIST_DIR, pageUrl } from './support/site';

// Search from the header box in a real browser: Pagefind's index, its WebAssembly and its worker
// must all load from this site under its Content-Security-Policy.
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const projectPagesBuilt = ['zezhou-wetlands', 'chengqu-street-sprinkling', 'rural-black-odorous-water'].every((id) =>
  existsSync(`${DIST_DIR}/projects/${id}/index.html`),
);

async function search(page: Page, query: string) {
  const input = page.getByRole('searchbox', { name: '搜索全站' });
  await input.fill(query);
  const status = page.locator('#site-search-status');
  // The list names the query it shows, so a previous search's results are never read by mistake.
  await expect.poll(() => page.locator('#site-search-results').getAttribute('data-query'), { timeout: 15_000 }).toBe(query);
  expect(await status.innerText()).toMatch(/找到/);
  const results = page.locator('#site-search-results a');
  const hrefs = await results.evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
  return { input, status, results, hrefs };
}

async function openSearchPage(width = 1280) {
  const { context, problems } = await newCheckedContext(browser, { viewport: { width, height: 900 } });
  const page = await context.newPage();
  await page.goto(pageUrl('/glossary/'), { waitUntil: 'networkidle' });
  return { context, problems, page };
}

const base = () => new URL(pageUrl('/')).pathname;

describe('site search', () => {
  test('the box is hidden without JavaScript (search needs it)', async () => {
    const { context } = await newCheckedContext(browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    const tab = await page.goto(pageUrl('/glossary/'));
    expect(tab?.status()).toBe(200);
    expect(await page.getByRole('searchbox').count()).toBe(0);
    await context.close();
  });

  test('Chinese queries find glossary and explainer pages, with title and excerpt', async () => {
    const { context, problems, page } = await openSearchPage();
    const carryover = await search(page, '上年结转');
    expect(carryover.hrefs).toContain(`${base()}glossary/`);
    expect(carryover.hrefs).toContain(`${base()}learn/`);
    const first = carryover.results.first();
    expect((await first.locator('.result-title').innerText()).length).toBeGreaterThan(1);
    expect(await first.locator('.result-excerpt mark').count()).toBeGreaterThan(0);
    const special = await search(page, '财政专户管理资金');
    expect(special.hrefs[0]).toBe(`${base()}glossary/`);
    await screenshot(page, 'search-results-1280');
    expect(problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
    await context.close();
  });

  test.skipIf(!projectPagesBuilt)('湿地, 洒水 and 黑臭水体 find their project pages', async () => {
    const { context, problems, page } = await openSearchPage();
    expect((await search(page, '湿地')).hrefs).toContain(`${base()}projects/zezhou-wetlands/`);
    expect((await search(page, '洒水')).hrefs).toContain(`${base()}projects/chengqu-street-sprinkling/`);
    expect((await search(page, '黑臭水体')).hrefs).toContain(`${base()}projects/rural-black-odorous-water/`);
    expect(problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
    await context.close();
  });

  test('keyboard: ↓ into the results, ↑ back to the box, Escape closes; no axe violations', async () => {
    const { context, page } = await openSearchPage(375);
    const { input, results, status } = await search(page, '绩效目标');
    expect(await results.count()).toBeGreaterThan(0);
    expect(await status.getAttribute('role')).toBe('status');
    expect(await axeViolations(page), 'axe with results open').toEqual([]);
    await screenshot(page, 'search-results-375');
    await input.focus();
    await page.keyboard.press('ArrowDown');
    expect(await results.first().evaluate((link) => link === document.activeElement)).toBe(true);
    await page.keyboard.press('ArrowDown');
    if ((await results.count()) > 1) expect(await results.nth(1).evaluate((link) => link === document.activeElement)).toBe(true);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect(await input.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.press('Escape');
    expect(await page.locator('[data-search-panel]').isVisible()).toBe(false);
    // Enter on a result opens it.
    await input.fill('');
    await search(page, '上年结转');
    await page.keyboard.press('ArrowDown');
    const target = new URL((await page.evaluate(() => (document.activeElement as HTMLAnchorElement).href))).pathname;
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === target);
    await context.close();
  });

  test('an unknown word says nothing was found', async () => {
    const { context, page } = await openSearchPage();
    const { status, results } = await search(page, 'zzzzqqqq');
    expect(await status.innerText()).toContain('没有找到');
    expect(await results.count()).toBe(0);
    await context.close();
  });
});
