/**
 * /flow/ as a reader uses it: hover and keyboard highlight a path, groups open and close,
 * the details panel shows the right figures, and the page works without JavaScript and at 375 px.
 */
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, hasHorizontalOverflow, launchBrowser, newCheckedContext, screenshot } from './support/browser';
import { pageUrl } from './support/site';
import { getBudget } from '../../src/lib/budget';
import { formatShare, formatWan } from '../../src/lib/format';
import { flowChartModel } from '../../src/lib/flow/model';

const JS_BUDGET_GZIP = 40 * 1024;
const budget = getBudget();
const revenue = (id: string) => budget.revenue.find((row) => row.id === id)!.amount ?? 0;
const functionRow = (code: string) => budget.functions.find((row) => row.code === code)!;
// A known link: last year's carry-over into 污染防治 (21103).
const KNOWN_LINK = 'source:carryover>function:21103';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function openFlow(width: number, height = 900, javaScriptEnabled = true) {
  const { context, problems } = await newCheckedContext(browser, { viewport: { width, height }, javaScriptEnabled });
  const page = await context.newPage();
  const scripts: { url: string; gzip: number }[] = [];
  page.on('response', async (response) => {
    if (response.request().resourceType() !== 'script') return;
    scripts.push({ url: response.url(), gzip: gzipSync(await response.body()).length });
  });
  const response = await page.goto(pageUrl('/flow/'), { waitUntil: 'load' });
  expect(response?.status()).toBe(200);
  await page.waitForLoadState('networkidle');
  return { context, page, problems, scripts };
}

const svg = (page: Page) => page.locator('[data-flow-canvas] svg');
const keyed = (page: Page, key: string) => page.locator(`[data-flow-canvas] [data-key="${key}"]`);
/**
 * Moves the mouse onto a link's ribbon just right of where it leaves its source node (the middle
 * of a ribbon can sit under a label), and checks that the ribbon is really what is under the pointer.
 */
async function hoverLink(page: Page, key: string): Promise<void> {
  const link = keyed(page, key);
  await link.scrollIntoViewIfNeeded();
  const point = await link.evaluate((element) => {
    const path = element as unknown as SVGPathElement;
    const numbers = (path.getAttribute('d') ?? '').match(/-?\d+(\.\d+)?/g)!.map(Number);
    const [x0, top] = numbers;
    const bottom = numbers[numbers.length - 1]!;
    const svg = path.ownerSVGElement!;
    const local = svg.createSVGPoint();
    local.x = x0! + 8;
    local.y = (top! + bottom) / 2;
    const screen = local.matrixTransform(path.getScreenCTM()!);
    return { x: screen.x, y: screen.y, hit: document.elementFromPoint(screen.x, screen.y) === element };
  });
  expect(point.hit, `${key} is under the pointer`).toBe(true);
  await page.mouse.move(point.x, point.y);
}

const isLit = (page: Page, key: string) => keyed(page, key).evaluate((element) => element.classList.contains('is-lit'));

describe('/flow/ at 1280 px', () => {
  test('client JavaScript stays within 40 KB gzip', async () => {
    const { context, scripts, problems } = await openFlow(1280);
    const total = scripts.reduce((sum, script) => sum + script.gzip, 0);
    expect(scripts.length, 'the page loads its chart script').toBeGreaterThan(0);
    expect(total, scripts.map((script) => `${script.url}: ${script.gzip} B`).join('\n')).toBeLessThanOrEqual(JS_BUDGET_GZIP);
    expect(problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
    await context.close();
  });

  test('hovering a link highlights its whole path and dims the rest', async () => {
    const { context, page } = await openFlow(1280);
    await expect.poll(() => page.locator('[data-flow-controls]').isVisible()).toBe(true);
    await hoverLink(page, KNOWN_LINK);
    expect(await svg(page).evaluate((element) => element.classList.contains('is-tracing'))).toBe(true);
    expect(await isLit(page, KNOWN_LINK)).toBe(true);
    expect(await isLit(page, 'source:carryover')).toBe(true);
    expect(await isLit(page, 'function:21103')).toBe(true);
    // Carry-over money in 污染防治 pays only for the central air fund project, not for the current-year projects there.
    expect(await isLit(page, 'function:21103>project:central-air-fund-2022-2023')).toBe(true);
    expect(await isLit(page, 'source:general-budget>function:21103')).toBe(false);
    expect(await isLit(page, 'source:unit-funds')).toBe(false);
    const dimmedBar = await keyed(page, 'source:general-budget').locator('rect').evaluate((element) => getComputedStyle(element).opacity);
    expect(Number(dimmedBar)).toBeLessThan(1);
    const dimmedLink = await keyed(page, 'source:general-budget>function:21103').evaluate((element) => getComputedStyle(element).opacity);
    expect(Number(dimmedLink)).toBeLessThan(1);
    const litLink = await keyed(page, KNOWN_LINK).evaluate((element) => getComputedStyle(element).opacity);
    expect(Number(litLink)).toBe(1);
    await screenshot(page, 'flow-hover-1280');
    await page.mouse.move(5, 5);
    await expect.poll(() => svg(page).evaluate((element) => element.classList.contains('is-tracing'))).toBe(false);
    await context.close();
  });

  test('the details panel shows the right figures for a known link', async () => {
    const { context, page } = await openFlow(1280);
    await keyed(page, KNOWN_LINK).focus();
    const panel = page.locator('[data-flow-panel]');
    const carried = functionRow('21103').carryover!;
    await expect.poll(() => panel.innerText()).toContain('上年结转 → 污染防治');
    const rows = Object.fromEntries(
      await panel.locator('dl > div').evaluateAll((items) => items.map((item) => [item.querySelector('dt')!.textContent, item.querySelector('dd')!.textContent])),
    );
    expect(rows).toEqual({
      金额: formatWan(carried),
      占上年结转: formatShare(carried, revenue('carryover')),
      占污染防治: formatShare(carried, functionRow('21103').total),
      资金来源: '上年结转',
    });
    const text = await panel.innerText();
    expect(text).toContain('报告列明（表二）');
    await context.close();
  });

  test('a derived link is explained in the panel, with a link to the methodology', async () => {
    const { context, page } = await openFlow(1280);
    const derived = page.locator('[data-flow-canvas] .flow-link.is-derived').first();
    // Drawn distinctly: a dashed outline, which stated links do not have.
    expect(await derived.evaluate((element) => getComputedStyle(element).strokeDasharray)).not.toBe('none');
    const stated = page.locator('[data-flow-canvas] .flow-link:not(.is-derived)').first();
    expect(await stated.evaluate((element) => getComputedStyle(element).strokeDasharray)).toBe('none');
    await derived.focus();
    const panel = page.locator('[data-flow-panel]');
    await expect.poll(() => panel.innerText()).toContain('推断');
    expect(await panel.getByRole('link', { name: '推断方法' }).getAttribute('href')).toMatch(/\/methodology\/#function-basis$/);
    expect(await page.locator('.flow-legend').innerText()).toContain('虚线框：项目归属哪个科目是推断的');
    await context.close();
  });

  test('keyboard: nodes and links are focusable in column order and focus highlights the path', async () => {
    const { context, page } = await openFlow(1280);
    const expected = await page.locator('[data-flow-canvas] [data-key]').evaluateAll((elements) => elements.map((element) => (element as HTMLElement).dataset.key!));
    // Column order: sources, their links, functions, their links, then spending.
    const columnOf = (key: string) => (key.startsWith('source:') ? (key.includes('>') ? 1 : 0) : key.startsWith('function:') ? (key.includes('>') ? 3 : 2) : 4);
    expect(expected.map(columnOf)).toEqual([...expected.map(columnOf)].sort((a, b) => a - b));

    const reached: string[] = [];
    await page.locator('[data-flow-all]').focus();
    for (let index = 0; index < 40 && reached.length < 30; index++) {
      await page.keyboard.press('Tab');
      const key = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset?.key ?? null);
      if (key) reached.push(key);
    }
    expect(reached).toEqual(expected.slice(0, reached.length));
    const focused = reached[reached.length - 1]!;
    expect(await isLit(page, focused)).toBe(true);
    expect(await svg(page).evaluate((element) => element.classList.contains('is-tracing'))).toBe(true);
    const name = await keyed(page, KNOWN_LINK).getAttribute('aria-label');
    expect(name).toBe(`上年结转 → 污染防治：${formatWan(functionRow('21103').carryover!)}`);
    await context.close();
  });

  test('a group opens with Enter and closes again, keeping focus in place', async () => {
    const { context, page } = await openFlow(1280);
    const group = page.locator('[data-flow-canvas] [data-group]').first();
    const groupKey = (await group.getAttribute('data-key'))!;
    const members = flowChartModel(budget).panel[groupKey]!.notes.length - 1;
    const projectsBefore = await page.locator('[data-flow-canvas] .flow-node--project').count();
    await group.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('[data-flow-canvas] .flow-node--project').count()).toBe(projectsBefore + members);
    expect(await keyed(page, groupKey).count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.classList.contains('is-member'))).toBe(true);
    expect(await page.locator('[data-flow-open]').innerText()).toContain('已展开');
    await screenshot(page, 'flow-group-open-1280');
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect.poll(() => keyed(page, groupKey).count()).toBe(1);
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset?.key)).toBe(groupKey);
    // And with the mouse, closing with the button.
    await keyed(page, groupKey).click();
    await expect.poll(() => keyed(page, groupKey).count()).toBe(0);
    await page.getByRole('button', { name: '收起' }).click();
    await expect.poll(() => keyed(page, groupKey).count()).toBe(1);
    await context.close();
  });

  test('the 项 level and "show every project" switch to prerendered variants', async () => {
    const { context, page } = await openFlow(1280);
    await page.getByLabel('项级').check();
    await expect.poll(() => svg(page).getAttribute('data-variant')).toBe('xiang/grouped');
    expect(await keyed(page, 'function:2110402').count()).toBe(1);
    await page.getByLabel(/显示全部\d+个项目/).check();
    await expect.poll(() => svg(page).getAttribute('data-variant')).toBe('xiang/all');
    expect(await page.locator('[data-flow-canvas] .flow-node--project').count()).toBe(budget.projects.length);
    expect(await page.locator('[data-flow-canvas] [data-group]').count()).toBe(0);
    await screenshot(page, 'flow-all-1280');
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  test('the page holds the default level of detail only; the 项 level and the panel text are fetched once', async () => {
    const { context, page, problems } = await openFlow(1280);
    expect(await page.locator('[data-flow-detail-part]').count(), 'the 款 list and table').toBe(2);
    const fetched: string[] = [];
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (/\/flow\/(details|panel)/.test(path)) fetched.push(path);
    });
    await keyed(page, KNOWN_LINK).focus();
    await expect.poll(() => page.locator('[data-flow-panel]').innerText()).toContain('上年结转 → 污染防治');
    await page.getByLabel('项级').check();
    await expect.poll(() => svg(page).getAttribute('data-variant')).toBe('xiang/grouped');
    const xiangTable = page.locator('#flow-table-xiang');
    await expect.poll(() => xiangTable.isVisible()).toBe(true);
    expect(await page.locator('#flow-table-kuan').isVisible()).toBe(false);
    const xiang = flowChartModel(budget).details.find((detail) => detail.key === 'xiang')!;
    expect(await xiangTable.locator('tbody tr:not(.from-row)').count()).toBe(xiang.full.links.length);
    await page.getByLabel('款级').check();
    await expect.poll(() => page.locator('#flow-table-kuan').isVisible()).toBe(true);
    await page.getByLabel('项级').check();
    await expect.poll(() => xiangTable.isVisible()).toBe(true);
    expect(fetched.filter((path) => path.endsWith('/flow/panel.json'))).toHaveLength(1);
    expect(fetched.filter((path) => path.endsWith('/flow/details/xiang/'))).toHaveLength(1);
    expect(problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
    await context.close();
  });

  test('axe finds nothing, and the default view looks right', async () => {
    const { context, page, problems } = await openFlow(1280);
    await hoverLink(page, KNOWN_LINK);
    await screenshot(page, 'flow-1280');
    expect(await axeViolations(page)).toEqual([]);
    expect(await hasHorizontalOverflow(page)).toBe(false);
    expect(problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
    await context.close();
  });
});

describe('/flow/ at 375 px', () => {
  test('a stepped list keeps every figure, without horizontal scrolling', async () => {
    const { context, page } = await openFlow(375, 812);
    expect(await hasHorizontalOverflow(page)).toBe(false);
    expect(await svg(page).isVisible()).toBe(false);
    const steps = page.locator('.flow-narrow [data-flow-detail-part="kuan"]');
    expect(await steps.isVisible()).toBe(true);
    // Open every group, as "show every project" does, and check every project figure is there.
    await page.getByLabel(/显示全部\d+个项目/).check();
    const text = await steps.innerText();
    for (const project of budget.projects) expect(text).toContain(project.name);
    for (const id of ['general-budget', 'unit-funds', 'carryover']) expect(text).toContain(formatWan(revenue(id)));
    expect(text).toContain(formatWan(functionRow('21103').carryover!));
    expect(await hasHorizontalOverflow(page)).toBe(false);
    await screenshot(page, 'flow-375');
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});

describe('/flow/ without JavaScript', () => {
  test('the grouped chart, the summary and the full table show', async () => {
    const { context, page } = await openFlow(1280, 900, false);
    expect(await svg(page).isVisible()).toBe(true);
    expect(await svg(page).getAttribute('data-variant')).toBe('kuan/grouped');
    expect(await page.locator('[data-flow-canvas] [data-group]').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-flow-summary]').innerText()).toContain('上年结转');
    expect(await page.locator('[data-flow-controls]').isVisible()).toBe(false);
    const flows = flowChartModel(budget).details.find((detail) => detail.key === 'kuan')!.full.links.length;
    expect(await page.locator('#flow-table-kuan tbody tr:not(.from-row)').count()).toBe(flows);
    const tableText = await page.locator('#flow-table-kuan').innerText();
    for (const project of budget.projects) expect(tableText).toContain(project.name);
    await screenshot(page, 'flow-nojs-1280');
    await context.close();
  });
});
