import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { axeViolations, hasHorizontalOverflow, newCheckedContext, screenshot } from './support/browser';
import { useBrowser } from './support/pages';
import { pageUrl } from './support/site';

// The English edition in a real browser: axe, overflow and console on its chart pages at 320,
// 375 and 1280 px; the language switch by keyboard, with and without JavaScript; the English
// strings of the treemap's client script; the JavaScript budget. What needs no browser (twins,
// lang, hreflang, stray Chinese, equal figures) is in tests/dom/english-edition.test.ts.
const PAGES = ['/en/', '/en/treemap/', '/en/treemap/unit/', '/en/treemap/levels/function/21103/', '/en/search/?q=wetland'];
const WIDTHS = [320, 375, 1280];

const browser = useBrowser();

describe('English pages', () => {
  for (const width of WIDTHS) {
    test.each(PAGES)(`%s at ${width} px: axe, no overflow, no console errors`, async (path) => {
      const { context, problems } = await newCheckedContext(browser(), { viewport: { width, height: 900 }, locale: 'en' });
      const page = await context.newPage();
      await page.goto(pageUrl(path), { waitUntil: 'networkidle' });
      expect(await page.getAttribute('html', 'lang')).toBe('en');
      expect(await axeViolations(page)).toEqual([]);
      expect(await hasHorizontalOverflow(page), 'horizontal overflow').toBe(false);
      await screenshot(page, `en-${path.replace(/\W+/g, '-')}-${width}`);
      expect(problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
      await context.close();
    });
  }
});

describe('the language switch', () => {
  for (const javaScriptEnabled of [true, false]) {
    test(`leads to the same page in the other language by keyboard (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async () => {
      const { context } = await newCheckedContext(browser(), { viewport: { width: 320, height: 700 }, javaScriptEnabled });
      const page = await context.newPage();
      await page.goto(pageUrl('/treemap/unit/'));
      const toEnglish = page.locator('header a.lang-switch');
      const box = await toEnglish.boundingBox();
      expect(box!.height).toBeGreaterThanOrEqual(44);
      expect(box!.width).toBeGreaterThanOrEqual(44);
      expect(box!.x + box!.width).toBeLessThanOrEqual(320);
      await toEnglish.focus();
      await page.keyboard.press('Enter');
      await page.waitForURL(pageUrl('/en/treemap/unit/'));
      expect(await page.getAttribute('html', 'lang')).toBe('en');
      await page.locator('header a.lang-switch').focus();
      await page.keyboard.press('Enter');
      await page.waitForURL(pageUrl('/treemap/unit/'));
      expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
      await context.close();
    });
  }
});

describe('the English treemap in use', () => {
  test('zooming announces in English and the details panel stays English', async () => {
    const { context, problems } = await newCheckedContext(browser(), { viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(pageUrl('/en/treemap/'), { waitUntil: 'networkidle' });
    const tile = page.locator('#treemap-function .tm-layer:not([hidden]) svg.tm-wide a.tm-group').first();
    await tile.focus();
    await expect.poll(() => page.locator('#treemap-function [data-details-panel]').textContent()).toMatch(/Sources of funds/);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#treemap-function [data-status]').textContent()).toMatch(/^Zoomed into: /);
    const panel = (await page.locator('#treemap-function [data-details-panel]').textContent()) ?? '';
    expect(panel).not.toMatch(/[\u3400-\u9fff]/);
    expect(problems.consoleErrors).toEqual([]);
    await context.close();
  });
});

describe('the JavaScript budget', () => {
  test('English chart pages stay under 40 KB gzip', async () => {
    for (const path of ['/en/', '/en/treemap/']) {
      const { context } = await newCheckedContext(browser(), { viewport: { width: 375, height: 812 } });
      const page = await context.newPage();
      const scripts: Promise<number>[] = [];
      page.on('response', (response) => {
        if (response.request().resourceType() === 'script') scripts.push(response.body().then((body) => gzipSync(body).length));
      });
      await page.goto(pageUrl(path), { waitUntil: 'networkidle' });
      const bytes = (await Promise.all(scripts)).reduce((sum, size) => sum + size, 0);
      expect(bytes, path).toBeLessThanOrEqual(40 * 1024);
      await context.close();
    }
  });
});
