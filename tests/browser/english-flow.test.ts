/**
 * /en/flow/ as an English reader uses it: by keyboard at 1280 px and by touch at 375 px, the
 * details panel, the announcements and the loaded variants are in English; at 375 px the chart
 * is drawn top to bottom; no console errors, axe zero violations.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { axeViolations, hasHorizontalOverflow, launchBrowser, newCheckedContext, screenshot, gotoSettled } from './support/browser';
import { pageUrl } from './support/site';
import { getBudget } from '../../src/lib/budget';
import { formatShare, formatYuanProseEnglish } from '../../src/lib/format';
import { FUNCTION_TRANSLATIONS } from '../../src/lib/i18n/specs';
import { translated } from '../../src/lib/i18n/translations';

const budget = getBudget();
const functionRow = (code: string) => budget.functions.find((row) => row.code === code)!;
const carryover = budget.revenue.find((row) => row.id === 'carryover')!.amount ?? 0;
const KNOWN_LINK = 'source:carryover>function:21103';
const POLLUTION = translated(FUNCTION_TRANSLATIONS, ['21103'], 'name');
const HAN = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;
const NO_PROBLEMS = { consoleErrors: [], failedRequests: [], foreignRequests: [] };

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const svg = (page: Page) => page.locator('[data-flow-canvas] svg:visible');
const keyed = (page: Page, key: string) => page.locator(`[data-flow-canvas] svg:visible [data-key="${key}"]`);
const panel = (page: Page) => page.locator('[data-flow-panel]');
/** Whether any label drawn in the visible chart has Chinese in it (English pages draw none). */
const svgHasChinese = async (page: Page) => HAN.test((await svg(page).locator('text').allTextContents()).join(' '));

/**
 * Opens /en/flow/ in a checked context with `options`, runs `check` on the settled page, then
 * asserts the page had no console errors, failed or foreign requests, and closes the context.
 */
async function onEnglishFlow(options: BrowserContextOptions, check: (page: Page) => Promise<void>): Promise<void> {
  const { context, problems } = await newCheckedContext(browser, options);
  try {
    const page = await context.newPage();
    await gotoSettled(page, pageUrl('/en/flow/'));
    await check(page);
    expect(problems).toEqual(NO_PROBLEMS);
  } finally {
    await context.close();
  }
}

describe('/en/flow/ at 1280 px by keyboard', () => {
  test('the chart, its panel and announcements are in English', async () => {
    await onEnglishFlow({ viewport: { width: 1280, height: 900 } }, async (page) => {
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
      expect(await svg(page).getAttribute('class')).toContain('flow-svg--horizontal');
      expect(await svgHasChinese(page)).toBe(false);

      // The legend's methodology link is the last stop before the chart; Tab enters it, arrows move.
      await page.locator('.flow-legend a').focus();
      await page.keyboard.press('Tab');
      const activeKey = () => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset?.key ?? null);
      expect(await activeKey()).toBe('source:general-budget');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      expect(await activeKey()).toBe('source:carryover');
      expect(await page.locator('[data-flow-announce]').textContent()).toMatch(
        /^Carry-over from the previous year: ¥[\d.,]+ million, [\d.]+% of the total$/,
      );

      await keyed(page, KNOWN_LINK).focus();
      await expect.poll(() => panel(page).innerText()).toContain(`Carry-over from the previous year → ${POLLUTION}`);
      const carried = functionRow('21103').carryover!;
      const rows = Object.fromEntries(
        await panel(page)
          .locator('dl > div')
          .evaluateAll((items) => items.map((item) => [item.querySelector('dt')!.textContent, item.querySelector('dd')!.textContent])),
      );
      expect(rows).toEqual({
        Amount: formatYuanProseEnglish(carried),
        'Share of Carry-over from the previous year': formatShare(carried, carryover),
        [`Share of ${POLLUTION}`]: formatShare(carried, functionRow('21103').total),
        'Paid from': 'Carry-over from the previous year',
      });
      expect(HAN.test(await panel(page).innerText())).toBe(false);

      // Enter pins the details: the button to go back is in English; the level switch loads the English 项 variant.
      await keyed(page, 'function:21103').focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => panel(page).getByRole('button', { name: 'Back to the chart' }).count()).toBe(1);
      await page.keyboard.press('Escape');
      await page.getByRole('radio', { name: 'items', exact: true }).check();
      await expect.poll(() => svg(page).getAttribute('data-variant')).toBe('xiang/grouped');
      expect(await svgHasChinese(page)).toBe(false);
      expect(await page.locator('[data-flow-announce]').textContent()).toContain(
        'Energy conservation and environmental protection now shown by items',
      );
      // The 项 table came from the English details page: English names, the originals marked as Chinese.
      const table = page.locator('.flow-table[data-flow-detail-part="xiang"]');
      await expect.poll(() => table.isVisible()).toBe(true);
      expect(await table.locator('[lang="zh-CN"]').count()).toBeGreaterThan(10);
      const unmarked = await table.evaluate((element) => {
        const copy = element.cloneNode(true) as HTMLElement;
        for (const original of copy.querySelectorAll('[lang="zh-CN"]')) original.remove();
        return copy.textContent ?? '';
      });
      expect(HAN.test(unmarked)).toBe(false);

      // Every project on its own: the English "all" variant.
      await page.getByLabel(`Show all ${budget.projects.length} projects`).check();
      await expect.poll(() => svg(page).getAttribute('data-variant')).toBe('xiang/all');
      expect(await page.locator('[data-flow-announce]').textContent()).toBe('Showing every project');
      expect(await svgHasChinese(page)).toBe(false);
      await screenshot(page, 'en-flow-1280');
      expect(await axeViolations(page)).toEqual([]);
    });
  });
});

describe('/en/flow/ at 375 px by touch', () => {
  test('drawn top to bottom; a tap shows the details in English; axe zero', async () => {
    await onEnglishFlow(
      {
        viewport: { width: 375, height: 812 },
        hasTouch: true,
        isMobile: true,
      },
      async (page) => {
        expect(await hasHorizontalOverflow(page)).toBe(false);
        expect(await svg(page).getAttribute('class')).toContain('flow-svg--vertical');
        const box = (await svg(page).boundingBox())!;
        const viewBoxWidth = Number((await svg(page).getAttribute('viewBox'))!.split(' ')[2]);
        expect(box.width / viewBoxWidth).toBeGreaterThanOrEqual(0.9);
        expect(box.x + box.width).toBeLessThanOrEqual(375);
        expect(await svg(page).locator('.flow-node--source').count()).toBe(3);
        expect(await page.locator('[data-flow-panel-hint] .for-touch').isVisible()).toBe(true);
        expect(await page.locator('[data-flow-panel-hint]').innerText()).toMatch(/^Tap a source/);

        // A tap on the bar, and one on its label (wrapped, it may sit beside the bar), both open the details.
        const node = keyed(page, 'function:21103');
        await node.locator('rect').scrollIntoViewIfNeeded();
        await node.locator('rect').tap();
        await expect.poll(() => panel(page).innerText()).toContain(POLLUTION);
        await keyed(page, 'source:carryover').locator('tspan').first().tap();
        await expect.poll(() => panel(page).innerText()).toContain('Carry-over from the previous year');
        await node.locator('tspan').first().tap();
        await expect.poll(() => panel(page).innerText()).toContain(POLLUTION);
        expect(HAN.test(await panel(page).innerText())).toBe(false);

        // The step list is the text alternative: English names, each with its Chinese original.
        await page.locator('.flow-narrow > summary').click();
        const steps = page.locator('.flow-narrow [data-flow-detail-part="kuan"]');
        expect(await steps.locator('h2').first().innerText()).toContain('Where the money comes from');
        expect(await steps.locator('[lang="zh-CN"]').count()).toBeGreaterThan(10);
        await screenshot(page, 'en-flow-375');
        expect(await axeViolations(page)).toEqual([]);
      },
    );
  });
});

describe('/en/flow/ by keyboard at 375 px and by touch at 1280 px', () => {
  test('375 px, keyboard: arrows move down the vertical chart and the live region reads English', async () => {
    await onEnglishFlow({ viewport: { width: 375, height: 812 } }, async (page) => {
      await page.locator('.flow-legend a').focus();
      await page.keyboard.press('Tab');
      const activeKey = () => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset?.key ?? null);
      expect(await activeKey()).toBe('source:general-budget');
      // Drawn top to bottom: ←→ move along a row, ↓ follows the money down.
      await page.keyboard.press('ArrowRight');
      expect(await activeKey()).toBe('source:unit-funds');
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('ArrowDown');
      expect((await activeKey())!.startsWith('source:general-budget>')).toBe(true);
      expect(await page.locator('[data-flow-announce]').textContent()).toMatch(
        /^General public budget, this year → .+: ¥[\d.,]+ million, [\d.]+% of the total$/,
      );
      await page.keyboard.press('Enter');
      await expect.poll(() => panel(page).getByRole('button', { name: 'Back to the chart' }).count()).toBe(1);
      expect(HAN.test(await panel(page).innerText())).toBe(false);
    });
  });

  test('1280 px, touch: a tap on a group opens it, in English', async () => {
    await onEnglishFlow({ viewport: { width: 1280, height: 900 }, hasTouch: true }, async (page) => {
      const group = page.locator('[data-flow-canvas] svg:visible [data-group]').first();
      const groupKey = (await group.getAttribute('data-key'))!;
      expect(await group.getAttribute('aria-label')).toMatch(/other projects under .+; press Enter to open$/);
      await group.scrollIntoViewIfNeeded();
      // A tap on the group's bar (the element as a whole spans its label too).
      const bar = (await group.locator('rect').boundingBox())!;
      await page.touchscreen.tap(bar.x + bar.width / 2, bar.y + bar.height / 2);
      await expect.poll(() => svg(page).getAttribute('data-variant')).toBe(`kuan/open/${groupKey}`);
      expect(await page.locator('[data-flow-open-label]').textContent()).toMatch(/^Open: \d+ other projects under /);
      expect(await svgHasChinese(page)).toBe(false);
    });
  });
});
