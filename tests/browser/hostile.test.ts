import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { hasHorizontalOverflow, launchBrowser, newCheckedContext, screenshot, type PageProblems, settled } from './support/browser';
import { DIST_DIR, pageUrl, slugForScreenshot } from './support/site';
import {
  HOSTILE_GLOSSARY,
  HOSTILE_INDICATOR,
  HOSTILE_NAMES,
  HOSTILE_TEXTS,
  HOSTILE_UNIT_NAME,
} from '../fixtures/hostile/hostile-names.mjs';

// Runs against a site built from the hostile data set (tests/fixtures/hostile/make-hostile-data.mjs,
// see `npm run test:hostile`): every text field the site shows holds <script>, quotes, </svg>,
// </script>, spreadsheet formulas, right-to-left text or 2,000 characters. Skipped on an ordinary build.
// The project list names every project, so it tells a hostile build from an ordinary one.
const isHostileBuild =
  existsSync(join(DIST_DIR, 'index.html')) && readFileSync(join(DIST_DIR, 'projects/index.html'), 'utf8').includes('脚本注入项目');

let browser: Browser;
beforeAll(async () => {
  if (isHostileBuild) browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const PAGES = [
  '/',
  '/treemap/',
  '/treemap/unit/',
  '/flow/',
  '/projects/',
  '/branches/',
  '/branches/zezhou/',
  '/branches/qinshui/',
  '/branches/gaoping/',
  '/branches/yangcheng/',
  '/projects/zezhou-wetlands/',
  '/projects/rural-black-odorous-water/',
  '/projects/gaoping-air-noise/',
  '/projects/qinshui-air/',
  '/projects/chengqu-street-sprinkling/',
  '/projects/lingchuan-operations/',
  '/projects/yangcheng-operations/',
  '/projects/enforcement-operations/',
  '/projects/monitoring-services/',
  '/projects/air-capacity-building/',
  '/glossary/',
  '/methodology/',
  '/data/',
  '/learn/',
  '/embed/',
  '/embed/treemap/',
  '/embed/treemap-unit/',
  '/embed/flow/',
  '/embed/branches/',
  '/embed/branch-zezhou/',
  '/embed/branch-yangcheng/',
  '/treemap/levels/function/21104/',
  '/treemap/levels/unit/bureau/',
  '/flow/details/xiang/',
];

/** Strings that must show verbatim as text wherever a page shows them. */
const SHOWN_TEXTS = [
  ...HOSTILE_NAMES,
  HOSTILE_UNIT_NAME,
  ...Object.values(HOSTILE_TEXTS),
  ...Object.values(HOSTILE_INDICATOR),
  HOSTILE_GLOSSARY.short,
];

async function open(
  path: string,
  width: number,
): Promise<{ context: BrowserContext; page: Page; problems: PageProblems; dialogs: string[] }> {
  const { context, problems } = await newCheckedContext(browser, { viewport: { width, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const response = await page.goto(pageUrl(path), { waitUntil: 'load' });
  expect(response?.status(), path).toBe(200);
  return { context, page, problems, dialogs };
}

/** Nothing injected ran, no element was made from a text, the layout holds, and the console is clean. */
async function expectSafe(page: Page, problems: PageProblems, dialogs: string[], what: string) {
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), `${what}: an injected script ran`).toBeUndefined();
  expect(dialogs, what).toEqual([]);
  expect(await page.locator('img[src="x"], b:text("粗体"), b:text("解释"), i:text("分局")').count(), `${what}: markup from a text`).toBe(0);
  expect(await page.locator('script:not([src]):not([type="application/json"])').count(), `${what}: inline scripts`).toBe(0);
  // Every SVG still parses as one SVG (no </svg> broke out of it).
  expect(
    await page.evaluate(() => [...document.querySelectorAll('svg')].filter((svg) => svg.querySelector('img, script, p')).length),
    `${what}: an SVG broken open`,
  ).toBe(0);
  expect(await hasHorizontalOverflow(page), `${what}: horizontal scrolling`).toBe(false);
  expect(problems.consoleErrors, `${what}: console errors (a CSP violation from an injected script would show here)`).toEqual([]);
  expect(problems.failedRequests, what).toEqual([]);
  expect(problems.foreignRequests, what).toEqual([]);
}

describe.skipIf(!isHostileBuild)('hostile text is shown as text, never run, and does not break the layout', () => {
  test.each(PAGES)('%s', async (path) => {
    const { context, page, problems, dialogs } = await open(path, 375);
    await settled(page);
    // The texts that this page shows (its start and end are both there) appear verbatim; the
    // 2,000-character ones may be shortened on tiles.
    const text = await page.locator('body').innerText();
    const shown = SHOWN_TEXTS.filter((name) => text.includes(name.slice(0, 10)) && text.includes(name.slice(-6)));
    for (const name of shown.filter((name) => name.length < 100)) expect(text, `"${name}" as text`).toContain(name);
    if (path.startsWith('/projects/') && path !== '/projects/')
      expect(shown.length, 'the project page shows its hostile name').toBeGreaterThan(0);
    await expectSafe(page, problems, dialogs, path);
    await screenshot(page, `hostile-${slugForScreenshot(path)}-375`);
    await context.close();
  });

  test('treemap: hover, focus and zoom over hostile tiles', async () => {
    const { context, page, problems, dialogs } = await open('/treemap/unit/', 1280);
    await settled(page);
    const tiles = page.locator('.tm-layer:visible svg:visible .tm-tile');
    const count = await tiles.count();
    expect(count).toBeGreaterThan(3);
    for (let index = 0; index < count; index++) await tiles.nth(index).hover();
    // Keyboard: focus each tile in turn; the details panel names it as text.
    await tiles.first().focus();
    for (let step = 0; step < count; step++) await page.keyboard.press('Tab');
    // Zoom into the unit with the hostile short name, then hover and focus every project tile there.
    const before = await page.locator('.tm-layer:visible').getAttribute('data-level');
    await page.locator('.tm-layer:visible svg:visible .tm-tile[data-node="zezhou"]').click();
    await expect.poll(() => page.locator('.tm-layer:visible').getAttribute('data-level')).not.toBe(before);
    const inner = page.locator('.tm-layer:visible svg:visible .tm-tile');
    for (let index = 0; index < (await inner.count()); index++) {
      await inner.nth(index).hover();
      await inner.nth(index).focus();
    }
    const panel = await page.locator('[data-details-panel]').innerText();
    expect(panel.length).toBeGreaterThan(0);
    expect(await page.locator('body').innerText()).toContain(HOSTILE_NAMES[1]);
    await screenshot(page, 'hostile-treemap-zoomed-1280');
    await expectSafe(page, problems, dialogs, 'treemap after hover, focus and zoom');
    await context.close();
  });

  test('the 嵌入 dialog opens with the hostile chart and its code', async () => {
    const { context, page, problems, dialogs } = await open('/branches/yangcheng/', 375);
    const opener = page.locator('[data-embed-open]').first();
    await opener.click();
    const dialog = page.locator('dialog[open]');
    await expect.poll(() => dialog.count()).toBe(1);
    expect(await dialog.locator('textarea, code, pre').first().count()).toBe(1);
    await page.screenshot({ path: 'screenshots/hostile-embed-dialog-375.png' });
    await expectSafe(page, problems, dialogs, 'embed dialog');
    await page.keyboard.press('Escape');
    await context.close();
  });

  test('SVG, PNG and CSV downloads carry the texts safely; formula-like cells are neutralised', async () => {
    const { context, page, problems, dialogs } = await open('/branches/yangcheng/', 1280);
    await settled(page);
    const menu = page.locator('details[data-download-menu][data-slug="branch-yangcheng"]');
    const download = async (item: string) => {
      if (!(await menu.evaluate((details) => (details as HTMLDetailsElement).open))) await menu.locator('summary').click();
      const [file] = await Promise.all([page.waitForEvent('download'), menu.locator(item).click()]);
      return readFileSync((await file.path())!);
    };
    const svg = (await download('[data-download="svg"]')).toString('utf8');
    const parsed = await page.evaluate((markup) => {
      const doc = new DOMParser().parseFromString(markup, 'image/svg+xml');
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        scripts: doc.querySelectorAll('script, foreignObject, [onerror], [onload]').length,
        text: doc.documentElement.textContent ?? '',
      };
    }, svg);
    expect(parsed.error).toBeNull();
    expect(parsed.scripts).toBe(0);
    expect(parsed.text).toContain(HOSTILE_NAMES[6]!.slice(0, 10));
    const png = await download('[data-download="png"]');
    expect(png.subarray(0, 8).toString('hex'), 'PNG signature').toBe('89504e470d0a1a0a');
    const csv = (await download('a.download-item')).toString('utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true });
    expect(rows.errors).toEqual([]);
    const names = rows.data.map((row) => row['项目']);
    expect(names).toContain(`'${HOSTILE_NAMES[6]}`);
    for (const row of rows.data) {
      for (const cell of Object.values(row)) expect(cell, 'no cell starts a formula').not.toMatch(/^[=+@\t\r]|^-(?!\d+(\.\d+)?%?$)/);
      expect(row['金额（万元）'], 'amounts stay numbers').toMatch(/^\d+\.\d{2}$/);
    }
    await expectSafe(page, problems, dialogs, 'downloads');
    await context.close();
  });

  test('/data/ CSVs: BOM, formula-like text neutralised, numbers left as numbers', async () => {
    const { context, page } = await open('/data/', 1280);
    const fetchText = (path: string) =>
      page.evaluate(
        async (url) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(await (await fetch(url)).arrayBuffer()),
        pageUrl(path),
      );
    const projects = await fetchText('/data/projects.csv');
    expect(projects.startsWith('\uFEFF')).toBe(true);
    const parsed = Papa.parse<Record<string, string>>(projects.slice(1), { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    const names = parsed.data.map((row) => row.name!);
    for (const name of HOSTILE_NAMES) expect(names).toContain(/^[=+\-@]/.test(name) ? `'${name}` : name);
    for (const row of parsed.data) {
      expect(row.amount).toMatch(/^\d+\.\d{2}$/);
      for (const cell of Object.values(row)) expect(cell).not.toMatch(/^[=+@\t\r]|^-(?!\d+(\.\d+)?%?$)/);
    }
    const indicators = await fetchText('/data/indicators.csv');
    expect(indicators).toContain(`'${HOSTILE_INDICATOR.name.replace(/"/g, '""')}`);
    const units = await fetchText('/data/units.csv');
    expect(units).toContain(`'${HOSTILE_UNIT_NAME.replace(/"/g, '""')}`);
    await context.close();
  });

  test('search finds hostile names and shows them as text', async () => {
    const { context, page, problems, dialogs } = await open(`/search/?q=${encodeURIComponent('脚本注入项目')}`, 375);
    await expect.poll(() => page.locator('#search-page-results a').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    expect(await page.locator('#search-page-results').innerText()).toContain('脚本注入项目');
    await screenshot(page, 'hostile-search-375');
    await expectSafe(page, problems, dialogs, 'search results');
    await context.close();
  });
});
