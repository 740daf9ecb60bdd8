/**
 * /flow/ as a reader uses it: hover and keyboard highlight a path, groups open and close,
 * the details panel shows the right figures, and the page works without JavaScript and at 375 px.
 */
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, hasHorizontalOverflow, newCheckedContext, screenshot, gotoSettled, settled } from './support/browser';
import { useBrowser } from './support/pages';
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

const browser = useBrowser();

async function openFlow(width: number, height = 900, javaScriptEnabled = true) {
  const { context, problems } = await newCheckedContext(browser(), { viewport: { width, height }, javaScriptEnabled });
  const page = await context.newPage();
  const scripts: { url: string; gzip: number }[] = [];
  page.on('response', async (response) => {
    if (response.request().resourceType() !== 'script') return;
    scripts.push({ url: response.url(), gzip: gzipSync(await response.body()).length });
  });
  const response = await page.goto(pageUrl('/flow/'), { waitUntil: 'load' });
  expect(response?.status()).toBe(200);
  await settled(page);
  return { context, page, problems, scripts };
}

/** The drawing CSS shows at this width (across the page when wide, down it when narrow). */
const svg = (page: Page) => page.locator('[data-flow-canvas] svg:visible');
const keyed = (page: Page, key: string) => page.locator(`[data-flow-canvas] svg:visible [data-key="${key}"]`);
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
    const dimmedBar = await keyed(page, 'source:general-budget')
      .locator('rect')
      .evaluate((element) => getComputedStyle(element).opacity);
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
      await panel
        .locator('dl > div')
        .evaluateAll((items) => items.map((item) => [item.querySelector('dt')!.textContent, item.querySelector('dd')!.textContent])),
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
    const derived = page.locator('[data-flow-canvas] svg:visible .flow-link.is-derived').first();
    // Drawn distinctly: a dashed outline, which stated links do not have.
    expect(await derived.evaluate((element) => getComputedStyle(element).strokeDasharray)).not.toBe('none');
    const stated = page.locator('[data-flow-canvas] svg:visible .flow-link:not(.is-derived)').first();
    expect(await stated.evaluate((element) => getComputedStyle(element).strokeDasharray)).toBe('none');
    await derived.focus();
    const panel = page.locator('[data-flow-panel]');
    await expect.poll(() => panel.innerText()).toContain('推断');
    expect(await panel.getByRole('link', { name: '推断方法' }).getAttribute('href')).toMatch(/\/methodology\/#function-basis$/);
    expect(await page.locator('.flow-legend').innerText()).toContain('虚线框：项目归属哪个科目是推断的');
    await context.close();
  });

  test('keyboard: the chart is one tab stop; arrows move along a column and across along the links', async () => {
    const { context, page } = await openFlow(1280);
    const keys = await svg(page)
      .locator('[data-key]')
      .evaluateAll((elements) => elements.map((element) => (element as HTMLElement).dataset.key!));
    // Column order: sources, their links, functions, their links, then spending.
    const columnOf = (key: string) =>
      key.startsWith('source:') ? (key.includes('>') ? 1 : 0) : key.startsWith('function:') ? (key.includes('>') ? 3 : 2) : 4;
    expect(keys.map(columnOf)).toEqual([...keys.map(columnOf)].sort((a, b) => a - b));
    expect(await svg(page).locator('[tabindex="0"]').count(), 'one tab stop').toBe(1);

    // The legend's methodology link is the last stop before the chart.
    await page.locator('.flow-legend a').focus();
    await page.keyboard.press('Tab');
    const activeKey = () => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset?.key ?? null);
    expect(await activeKey()).toBe(keys[0]);
    // The next Tab leaves the chart.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('[data-flow-canvas]') === null)).toBe(true);
    await page.keyboard.press('Shift+Tab');
    expect(await activeKey()).toBe(keys[0]);

    const sources = keys.filter((key) => columnOf(key) === 0);
    await page.keyboard.press('ArrowDown');
    expect(await activeKey()).toBe(sources[1]);
    await page.keyboard.press('ArrowUp');
    expect(await activeKey()).toBe(sources[0]);
    // Across: the first link out of the node, then the node it leads to.
    await page.keyboard.press('ArrowRight');
    const link = (await activeKey())!;
    expect(link.startsWith(`${sources[0]}>`)).toBe(true);
    expect(await isLit(page, link)).toBe(true);
    await page.keyboard.press('ArrowDown');
    const sibling = (await activeKey())!;
    expect(sibling.startsWith(`${sources[0]}>`) && sibling !== link).toBe(true);
    await page.keyboard.press('ArrowRight');
    expect(await activeKey()).toBe(sibling.split('>')[1]);
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    expect(await activeKey()).toBe(sources[0]);
    // Focus is visible, and the live region reads out name, amount and share.
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!.querySelector('rect')!).strokeWidth);
    expect(outline).toBe('3px');
    const announced = await page.locator('[data-flow-announce]').textContent();
    const general = revenue('general-budget');
    expect(announced).toContain(formatWan(general));
    expect(announced).toContain(
      formatShare(
        general,
        budget.revenue.reduce((sum, row) => sum + (row.amount ?? 0), 0),
      ),
    );
    expect(await page.locator('[data-flow-keys]').innerText()).toContain('键盘操作');
    const name = await keyed(page, KNOWN_LINK).getAttribute('aria-label');
    expect(name).toMatch(new RegExp(`^上年结转 → 污染防治：${formatWan(functionRow('21103').carryover!)}，占全部`));
    await context.close();
  });

  test('Enter pins the details, Escape releases the pin; the pin is in the URL', async () => {
    const { context, page } = await openFlow(1280);
    await keyed(page, 'function:21103').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('[data-flow-panel]').getByRole('button', { name: '回到图中' }).count()).toBe(1);
    expect(new URL(page.url()).searchParams.get('highlight')).toBe('function:21103');
    await page.keyboard.press('Escape');
    await expect.poll(() => new URL(page.url()).searchParams.get('highlight')).toBe(null);
    expect(await page.locator('[data-flow-panel]').getByRole('button', { name: '回到图中' }).count()).toBe(0);
    await context.close();
  });

  test('the skip link 跳到图表 leads straight into the chart', async () => {
    const { context, page } = await openFlow(1280);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('跳到图表');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('[data-flow-canvas]') !== null)).toBe(true);
    await context.close();
  });

  test('a group opens with Enter and closes again, keeping focus in place', async () => {
    const { context, page } = await openFlow(1280);
    const group = page.locator('[data-flow-canvas] svg:visible [data-group]').first();
    const groupKey = (await group.getAttribute('data-key'))!;
    const members = flowChartModel(budget).panel[groupKey]!.notes.length - 1;
    const projectsBefore = await page.locator('[data-flow-canvas] svg:visible .flow-node--project').count();
    await group.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('[data-flow-canvas] svg:visible .flow-node--project').count()).toBe(projectsBefore + members);
    expect(await keyed(page, groupKey).count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.classList.contains('is-member'))).toBe(true);
    expect(await page.locator('[data-flow-open]').innerText()).toContain('已展开');
    await screenshot(page, 'flow-group-open-1280');
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect.poll(() => keyed(page, groupKey).count()).toBe(1);
    await expect.poll(() => new URL(page.url()).searchParams.get('open')).toBe(null);
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
    expect(await page.locator('[data-flow-canvas] svg:visible .flow-node--project').count()).toBe(budget.projects.length);
    // The state is in the address, so a reload (and the embed code, which reads it) shows the same view.
    expect(new URL(page.url()).search).toBe('?detail=xiang&all=1');
    await page.reload();
    await expect.poll(() => svg(page).getAttribute('data-variant')).toBe('xiang/all');
    expect(await page.getByLabel('项级').isChecked()).toBe(true);
    expect(await page.locator('[data-flow-canvas] svg:visible [data-group]').count()).toBe(0);
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

describe('/flow/ on narrow screens and by touch', () => {
  for (const width of [320, 375, 600]) {
    test(`${width} px: the chart is drawn top to bottom, readable and without sideways scrolling`, async () => {
      const { context, page, problems } = await openFlow(width, 800);
      expect(await hasHorizontalOverflow(page)).toBe(false);
      expect(await svg(page).getAttribute('class')).toContain('flow-svg--vertical');
      const box = (await svg(page).boundingBox())!;
      const viewBoxWidth = Number((await svg(page).getAttribute('viewBox'))!.split(' ')[2]);
      // Text is drawn at 13 px: the drawing is never shrunk below 90 %.
      expect(box.width / viewBoxWidth).toBeGreaterThanOrEqual(0.9);
      expect(box.x + box.width).toBeLessThanOrEqual(width);
      expect(await svg(page).locator('.flow-node--source').count()).toBe(3);
      expect(problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
      await context.close();
    });
  }

  test('the step list stays as the text alternative, with every figure', async () => {
    const { context, page } = await openFlow(375, 812);
    await page.locator('.flow-narrow > summary').click();
    const steps = page.locator('.flow-narrow [data-flow-detail-part="kuan"]');
    expect(await steps.isVisible()).toBe(true);
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

  test('a tap on a node shows its details, in touch wording; the panel never covers the chart', async () => {
    for (const width of [320, 375, 600, 1280]) {
      const { context, problems } = await newCheckedContext(browser(), {
        viewport: { width, height: 800 },
        hasTouch: true,
        isMobile: width < 1000,
      });
      const page = await context.newPage();
      await gotoSettled(page, pageUrl('/flow/'));
      const panel = page.locator('[data-flow-panel]');
      const overlaps = async () => {
        const a = (await panel.boundingBox())!;
        const b = (await svg(page).boundingBox())!;
        return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
      };
      expect(await overlaps(), `on load at ${width}`).toBe(false);
      expect(await page.locator('[data-flow-panel-hint] .for-touch').isVisible()).toBe(true);
      const node = keyed(page, 'function:21103');
      await node.scrollIntoViewIfNeeded();
      await node.tap();
      await expect.poll(() => panel.innerText()).toContain('污染防治');
      expect(await overlaps(), `after a tap at ${width}`).toBe(false);
      expect(problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
      await context.close();
    }
  });

  test('?highlight= opens the group a project is in and brings it into view', async () => {
    const model = flowChartModel(budget);
    const kuan = model.details.find((detail) => detail.key === 'kuan')!;
    const [groupId, members] = [...kuan.grouping.groups][0]!;
    const { context, problems } = await newCheckedContext(browser(), { viewport: { width: 375, height: 800 } });
    const page = await context.newPage();
    await gotoSettled(page, pageUrl(`/flow/?highlight=${encodeURIComponent(members[0]!)}`));
    await expect.poll(() => svg(page).getAttribute('data-variant')).toBe(`kuan/open/${groupId}`);
    const node = keyed(page, members[0]!);
    expect(await isLit(page, members[0]!)).toBe(true);
    const box = (await node.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(800);
    expect(new URL(page.url()).searchParams.get('open')).toBe(groupId);
    expect(problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
    await context.close();
  });

  for (const width of [300, 640]) {
    test(`the embed at ${width} px draws the chart too`, async () => {
      const { context } = await newCheckedContext(browser(), { viewport: { width, height: 800 } });
      const page = await context.newPage();
      await gotoSettled(page, pageUrl('/embed/flow/'));
      expect(await svg(page).getAttribute('class')).toContain('flow-svg--vertical');
      expect(await hasHorizontalOverflow(page)).toBe(false);
      await context.close();
    });
  }
});

describe('/flow/ without JavaScript', () => {
  test('the grouped chart, the summary and the full table show', async () => {
    const { context, page } = await openFlow(1280, 900, false);
    expect(await svg(page).isVisible()).toBe(true);
    expect(await svg(page).getAttribute('data-variant')).toBe('kuan/grouped');
    expect(await page.locator('[data-flow-canvas] svg:visible [data-group]').count()).toBeGreaterThan(0);
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
