import { existsSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, hasHorizontalOverflow, newCheckedContext, screenshot } from './support/browser';
import { useBrowser } from './support/pages';
import { DIST_DIR, pageUrl } from './support/site';

// Search as a reader uses it: the header box is a plain form on every page; /search/ runs
// Pagefind, whose index, WebAssembly and worker must all load from this site under its CSP.
const browser = useBrowser();

const projectPagesBuilt = ['zezhou-wetlands', 'chengqu-street-sprinkling', 'rural-black-odorous-water'].every((id) =>
  existsSync(`${DIST_DIR}/projects/${id}/index.html`),
);

const base = () => new URL(pageUrl('/')).pathname;

/** Waits for the results of `query` on /search/ and returns their paths. */
async function results(page: Page, query: string) {
  // The list names the query it shows, so a previous search's results are never read by mistake.
  await expect.poll(() => page.locator('#search-page-results').getAttribute('data-query'), { timeout: 15_000 }).toBe(query);
  const status = page.locator('#search-page-status');
  const links = page.locator('#search-page-results a');
  const hrefs = await links.evaluateAll((anchors) => anchors.map((anchor) => new URL((anchor as HTMLAnchorElement).href).pathname));
  return { status, links, hrefs };
}

/** Types a query into the header box of a text page and presses Enter, as a reader does. */
async function searchFromHeader(page: Page, query: string) {
  await page.goto(pageUrl('/glossary/'), { waitUntil: 'load' });
  const box = page.getByRole('searchbox', { name: '搜索全站' });
  await box.fill(query);
  await Promise.all([page.waitForURL((url) => url.pathname === `${base()}search/`), box.press('Enter')]);
  expect(new URL(page.url()).searchParams.get('q')).toBe(query);
  return results(page, query);
}

async function newPage(width = 1280, javaScriptEnabled = true) {
  const { context, problems } = await newCheckedContext(browser(), { viewport: { width, height: 900 }, javaScriptEnabled });
  return { context, problems, page: await context.newPage() };
}

describe('site search', () => {
  test('a text page loads no search JavaScript; the header box is a form to /search/', async () => {
    const { context, page, problems } = await newPage();
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    await page.goto(pageUrl('/methodology/'), { waitUntil: 'networkidle' });
    expect(scripts.filter((path) => /search|pagefind/i.test(path))).toEqual([]);
    const form = page.getByRole('search', { name: '全站搜索' });
    expect(await form.getAttribute('action')).toBe(`${base()}search/`);
    expect(await form.getAttribute('method')).toBe('get');
    expect(await form.getByRole('searchbox', { name: '搜索全站' }).getAttribute('name')).toBe('q');
    expect(problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
    await context.close();
  });

  test.skipIf(!projectPagesBuilt)('湿地, 洒水 and 黑臭水体 typed in the header box find their project pages', async () => {
    const { context, page, problems } = await newPage();
    expect((await searchFromHeader(page, '湿地')).hrefs).toContain(`${base()}projects/zezhou-wetlands/`);
    expect((await searchFromHeader(page, '洒水')).hrefs).toContain(`${base()}projects/chengqu-street-sprinkling/`);
    expect((await searchFromHeader(page, '黑臭水体')).hrefs).toContain(`${base()}projects/rural-black-odorous-water/`);
    expect(problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
    await context.close();
  });

  test('results show a title and an excerpt, and the count is in a status region', async () => {
    const { context, page, problems } = await newPage();
    const carryover = await searchFromHeader(page, '上年结转');
    expect(carryover.hrefs).toContain(`${base()}glossary/`);
    expect(carryover.hrefs).toContain(`${base()}learn/`);
    const first = carryover.links.first();
    expect((await first.locator('.result-title').innerText()).length).toBeGreaterThan(1);
    expect(await first.locator('.result-excerpt mark').count()).toBeGreaterThan(0);
    expect(await carryover.status.getAttribute('role')).toBe('status');
    expect(await carryover.status.innerText()).toMatch(/找到\d+个页面/);
    expect(await page.getByRole('searchbox', { name: '搜索关键词' }).inputValue()).toBe('上年结转');
    await screenshot(page, 'search-results-1280');
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
    await context.close();
  });

  test('keyboard at 375 px: search again on the page, Tab to a result, Enter opens it; Back returns', async () => {
    const { context, page } = await newPage(375);
    await page.goto(pageUrl('/search/?q=%E7%BB%A9%E6%95%88%E7%9B%AE%E6%A0%87'));
    await results(page, '绩效目标');
    expect(await hasHorizontalOverflow(page)).toBe(false);
    await screenshot(page, 'search-results-375');
    expect(await axeViolations(page)).toEqual([]);
    const box = page.getByRole('searchbox', { name: '搜索关键词' });
    await box.fill('财政专户管理资金');
    await box.press('Enter');
    const special = await results(page, '财政专户管理资金');
    expect(special.hrefs[0]).toBe(`${base()}glossary/`);
    expect(new URL(page.url()).searchParams.get('q')).toBe('财政专户管理资金');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => (document.activeElement as HTMLAnchorElement | null)?.href ?? '');
    expect(new URL(focused).pathname).toBe(special.hrefs[0]);
    await Promise.all([page.waitForURL((url) => url.pathname === special.hrefs[0]), page.keyboard.press('Enter')]);
    await page.goBack();
    await results(page, '财政专户管理资金');
    await context.close();
  });

  test('an unknown word says nothing was found', async () => {
    const { context, page } = await newPage();
    await page.goto(pageUrl('/search/?q=zzzzqqqq'));
    const { status, links } = await results(page, 'zzzzqqqq');
    expect(await status.innerText()).toContain('没有找到');
    expect(await links.count()).toBe(0);
    await context.close();
  });

  test('without JavaScript the header form still lands on /search/, which says search needs JavaScript', async () => {
    const { context, page, problems } = await newPage(375, false);
    await page.goto(pageUrl('/glossary/'));
    // On a phone the header's box is in the 菜单 disclosure, which opens without JavaScript.
    await page.locator('details.nav-menu summary').click();
    const box = page.getByRole('searchbox', { name: '搜索全站' });
    await box.fill('湿地');
    await Promise.all([page.waitForURL((url) => url.pathname === `${base()}search/`), box.press('Enter')]);
    expect(new URL(page.url()).searchParams.get('q')).toBe('湿地');
    const main = page.locator('main');
    expect(await main.innerText()).toContain('搜索需要在浏览器中启用 JavaScript');
    expect(await main.getByRole('link', { name: '项目列表' }).getAttribute('href')).toBe(`${base()}projects/`);
    expect(await main.getByRole('link', { name: '方法' }).getAttribute('href')).toBe(`${base()}methodology/`);
    expect(await page.getByRole('searchbox', { name: '搜索关键词' }).count(), 'no search box that cannot work').toBe(0);
    await screenshot(page, 'search-nojs-375');
    expect(problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
    await context.close();
  });
});
