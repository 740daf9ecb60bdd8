import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { hasHorizontalOverflow, launchBrowser, newCheckedContext, screenshot } from './support/browser';
import { DIST_DIR, pageUrl, slugForScreenshot } from './support/site';
import { HOSTILE_NAMES } from '../fixtures/hostile/hostile-names.mjs';

// Runs against a site built from the hostile data set (tests/fixtures/hostile/make-hostile-data.mjs):
// names with <script>, quotes, </svg>, </script>, very long strings and right-to-left text.
// Build it in a copy of the repo whose data/ is the hostile set (see README "Performance and
// quality"); the test is skipped on an ordinary build.
// The project list names every project, so it tells a hostile build from an ordinary one.
const isHostileBuild = existsSync(join(DIST_DIR, 'index.html')) && readFileSync(join(DIST_DIR, 'projects/index.html'), 'utf8').includes('脚本注入项目');

let browser: Browser;
beforeAll(async () => {
  if (isHostileBuild) browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const PAGES = ['/', '/treemap/', '/treemap/unit/', '/flow/', '/projects/', '/branches/', '/branches/zezhou/', '/branches/qinshui/', '/branches/gaoping/', '/projects/zezhou-wetlands/', '/projects/rural-black-odorous-water/', '/projects/gaoping-air-noise/', '/projects/qinshui-air/', '/projects/chengqu-street-sprinkling/', '/projects/lingchuan-operations/', '/embed/', '/embed/treemap/', '/embed/flow/', '/embed/branches/', '/embed/branch-zezhou/', '/treemap/levels/function/21104/', '/treemap/levels/unit/bureau/', '/flow/details/xiang/'];

describe.skipIf(!isHostileBuild)('hostile names are shown as text, never run, and do not break the layout', () => {
  test.each(PAGES)('%s', async (path) => {
    const { context, problems } = await newCheckedContext(browser, { viewport: { width: 375, height: 812 } });
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const response = await page.goto(pageUrl(path), { waitUntil: 'load' });
    expect(response?.status()).toBe(200);

    // Nothing injected ran, and no element was created from a name.
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(await page.locator('img[src="x"], b:text("粗体"), i:text("分局")').count(), 'markup from a name').toBe(0);
    expect(await page.locator('script:not([src]):not([type="application/json"])').count(), 'inline scripts').toBe(0);

    // The names that this page shows appear verbatim as text (the long one may be shortened on tiles).
    const text = await page.locator('body').innerText();
    const shown = HOSTILE_NAMES.filter((name) => text.includes(name.slice(-6)));
    for (const name of shown.filter((name) => name.length < 60)) expect(text, `"${name}" as text`).toContain(name);
    if (path.startsWith('/projects/') && path !== '/projects/') expect(shown.length, 'the project page shows its hostile name').toBeGreaterThan(0);

    // Every SVG still parses as one SVG (no </svg> broke out of it).
    const strayAfterSvg = await page.evaluate(() => [...document.querySelectorAll('svg')].filter((svg) => svg.closest('svg') === svg && svg.querySelector('img')).length);
    expect(strayAfterSvg).toBe(0);

    expect(await hasHorizontalOverflow(page), 'horizontal scrolling at 375 px').toBe(false);
    await screenshot(page, `hostile-${slugForScreenshot(path)}-375`);
    expect(problems.consoleErrors, 'console errors (a CSP violation from an injected script would show here)').toEqual([]);
    expect(problems.failedRequests).toEqual([]);
    await context.close();
  });
});
