import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import {
  axeViolations,
  hasHorizontalOverflow,
  newCheckedContext,
  screenshot,
  type PageProblems,
  gotoSettled,
  settled,
} from './support/browser';
import { useBrowser } from './support/pages';
import { pageUrl } from './support/site';
import { getBudget } from '../../src/lib/budget';
import { buildTreemapModel } from '../../src/lib/treemap/model';
import { CHART_SIZES, layoutLayer } from '../../src/lib/treemap/layout';
import { formatShare, formatWan } from '../../src/lib/format';

// Expected figures come from the same data the site is built from.
const budget = getBudget();
const functionModel = buildTreemapModel(budget, 'function');
const unitModel = buildTreemapModel(budget, 'unit');
const KNOWN_PROJECT = 'air-capacity-building';
const knownProject = budget.projects.find((project) => project.id === KNOWN_PROJECT)!;
/** The zoom level that shows the known project as a tile, and the path to it. */
const knownPath = functionModel.placed
  .get(`p-${KNOWN_PROJECT}`)!
  .path.slice(0, -1)
  .map((node) => node.id);
const knownLevel = knownPath.at(-1)!;
const firstKuan = [...functionModel.display.children].sort((a, b) => b.amount - a.amount)[0]!;
const WIDE = CHART_SIZES.find((size) => size.name === 'wide')!;
/** The first tile in reading order (top left) of a level in the desktop drawing: where Tab lands. */
const firstTileOf = (nodeId: string) => layoutLayer(functionModel.placed.get(nodeId)!.node, WIDE)[0]!.node;
const topLeft = firstTileOf(functionModel.display.id);

const JS_BUDGET_BYTES = 40 * 1024;

const browser = useBrowser();

async function open(path: string, options: Parameters<typeof newCheckedContext>[1] = {}) {
  const { context, problems } = await newCheckedContext(browser(), { viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  await page.goto(pageUrl(path), { waitUntil: 'load' });
  await settled(page);
  return { context, page, problems };
}

/** The zoom level currently shown: the one visible layer. */
async function shownLevel(page: Page): Promise<string | null> {
  const levels = await page
    .locator('.tm-layer:visible')
    .evaluateAll((layers) => layers.map((layer) => (layer as HTMLElement).dataset.level));
  expect(levels).toHaveLength(1);
  return levels[0] ?? null;
}

/** Levels below the first are fetched when the reader zooms: wait until this one is shown. */
async function expectLevel(page: Page, id: string): Promise<void> {
  await expect
    .poll(() => page.locator('.tm-layer:visible').evaluateAll((layers) => layers.map((layer) => (layer as HTMLElement).dataset.level)))
    .toEqual([id]);
}

const nodeParam = (page: Page) => new URL(page.url()).searchParams.get('node');
const expectNodeParam = (page: Page, id: string | null) => expect.poll(() => nodeParam(page)).toBe(id);
const visibleTile = (page: Page, nodeId: string) => page.locator(`.tm-layer:visible svg:visible .tm-tile[data-node="${nodeId}"]`);

function expectClean(problems: PageProblems) {
  expect(problems.consoleErrors, 'console errors').toEqual([]);
  expect(problems.foreignRequests, 'requests to other hosts').toEqual([]);
  expect(problems.failedRequests, 'failed requests').toEqual([]);
}

async function close(context: BrowserContext) {
  await context.close();
}

describe('treemap by function (/treemap/)', () => {
  test('shows the 款 as labelled, named tiles, with a ranked table and summary', async () => {
    const { context, page, problems } = await open('/treemap/');
    expect(await shownLevel(page)).toBe(functionModel.display.id);
    const tiles = page.locator('.tm-layer:visible svg:visible .tm-tile');
    expect(await tiles.count()).toBe(functionModel.display.children.length);
    expect(await tiles.first().getAttribute('aria-label')).toBe(
      `${topLeft.name}，${formatWan(topLeft.amount)}，占总额${formatShare(topLeft.amount, functionModel.total)}`,
    );
    const summary = await page.locator('.tm-summary:visible').innerText();
    expect(summary).toBe(
      `${firstKuan.name}占最大份额，${formatWan(firstKuan.amount)}，${formatShare(firstKuan.amount, functionModel.total)}。`,
    );
    const firstRow = page.locator('.tm-level:visible tbody tr').first();
    expect(await firstRow.locator('th').innerText()).toContain(firstKuan.name);
    expect(await page.locator('.tm-level:visible tbody tr').count()).toBe(functionModel.tree.children.length);
    expectClean(problems);
    await close(context);
  });

  test('zooms in and out with the mouse; the breadcrumb follows and goes back up', async () => {
    const { context, page, problems } = await open('/treemap/');
    await visibleTile(page, firstKuan.id).click();
    await expectNodeParam(page, firstKuan.id);
    await expectLevel(page, firstKuan.id);
    expect(await page.locator('.tm-breadcrumbs ol:visible [aria-current]').innerText()).toBe(firstKuan.name);
    expect(await page.locator('.tm-level:visible caption').innerText()).toContain(firstKuan.name);
    const rows = page.locator('.tm-level:visible tbody tr');
    expect(await rows.count()).toBe(functionModel.tree.children.find((node) => node.id === firstKuan.id)!.children.length);

    await page.locator('.tm-breadcrumbs ol:visible a').first().click();
    await expectNodeParam(page, null);
    await expectLevel(page, functionModel.display.id);
    expectClean(problems);
    await close(context);
  });

  test('zooms in and out by keyboard: Tab, Enter, Escape and Backspace', async () => {
    const { context, page } = await open('/treemap/');
    await page.locator('.tm-views a').last().focus();
    await page.keyboard.press('Tab');
    const focused = () => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.node ?? null);
    expect(await focused()).toBe(topLeft.id);
    expect(await page.locator('[data-details-panel] .tm-details-title').innerText()).toBe(topLeft.name);

    await page.keyboard.press('Enter');
    await expectNodeParam(page, topLeft.id);
    const firstChild = firstTileOf(topLeft.id);
    await expect.poll(focused).toBe(firstChild.id);
    expect(await page.locator('[data-status]').innerText()).toContain(topLeft.name);

    await page.keyboard.press('Escape');
    await expectNodeParam(page, null);
    expect(await focused(), 'focus returns to the tile we left').toBe(topLeft.id);

    await page.keyboard.press('Enter');
    await expect.poll(focused).toBe(firstChild.id);
    expect(firstChild.children.length, 'the first tile one level down is a group').toBeGreaterThan(0);
    await page.keyboard.press('Enter');
    await expectNodeParam(page, firstChild.id);
    await expect.poll(focused).toBe(firstTileOf(firstChild.id).id);
    await page.keyboard.press('Backspace');
    await expectNodeParam(page, topLeft.id);
    await close(context);
  });

  test('a deep link opens the same level after a reload, and Back walks up', async () => {
    const { context, page, problems } = await open(`/treemap/?node=${knownLevel}`);
    await expectLevel(page, knownLevel);
    await page.reload({ waitUntil: 'load' });
    await expectLevel(page, knownLevel);
    expect((await page.locator('.tm-breadcrumbs ol:visible li').allInnerTexts()).map((text) => text.trim())).toEqual(
      knownPath.map((id) => functionModel.placed.get(id)!.node.name),
    );

    // Walk down from the top, then Back up step by step.
    await page.goto(pageUrl('/treemap/'));
    for (const id of knownPath.slice(1)) {
      await visibleTile(page, id).click();
      await expectLevel(page, id);
    }
    expect(nodeParam(page)).toBe(knownLevel);
    for (const id of knownPath.slice(0, -1).reverse()) {
      await page.goBack();
      await expectLevel(page, id);
    }
    expectClean(problems);
    await close(context);
  });

  test('the details panel shows the right figures for a known project', async () => {
    const { context, page } = await open(`/treemap/?node=${knownLevel}`);
    await expectLevel(page, knownLevel);
    const tile = visibleTile(page, `p-${KNOWN_PROJECT}`);
    expect(await tile.getAttribute('aria-label')).toBe('晋城市大气污染防治能力建设项目，1,225.10万元，占总额5.2%');
    await tile.hover();
    const panel = page.locator('[data-details-panel]');
    expect(await panel.locator('.tm-details-title').innerText()).toBe(knownProject.name);
    const text = await panel.innerText();
    expect(text).toContain(formatWan(knownProject.amount));
    expect(text).toContain(formatShare(knownProject.amount, functionModel.total));
    const parent = functionModel.placed.get(knownLevel)!.node;
    expect(text).toContain(`占${parent.name}`);
    expect(text).toContain(formatShare(knownProject.amount, parent.amount));
    const fundingRow = panel.locator('.tm-details-lines div', { hasText: '当年拨款' });
    expect(await fundingRow.locator('dd').innerText()).toBe(formatWan(knownProject.general_budget));
    expect(text).toContain(budget.units.find((unit) => unit.id === knownProject.unit_id)!.name);
    expect(text).toContain('推定');
    expect(await panel.getByRole('link', { name: '推定方法' }).getAttribute('href')).toMatch(/\/methodology\/#function-basis$/);
    expect(await panel.getByRole('link', { name: '查看项目详情' }).getAttribute('href')).toMatch(
      new RegExp(`/projects/${KNOWN_PROJECT}/$`),
    );
    await close(context);
  });

  test('the table sorts by name and by amount', async () => {
    const { context, page } = await open('/treemap/');
    const names = () => page.locator('.tm-level:visible tbody th[scope="row"] > :first-child').allInnerTexts();
    const byAmount = await names();
    await page.locator('.tm-level:visible thead button', { hasText: '金额' }).click();
    expect(await names()).toEqual([...byAmount].reverse());
    expect(await page.locator('.tm-level:visible th[aria-sort]').innerText()).toContain('金额');
    await page.locator('.tm-level:visible thead button', { hasText: '名称' }).click();
    expect(await names()).toEqual([...byAmount].sort(new Intl.Collator('zh-CN').compare));
    await close(context);
  });

  test('renders the first level and its table without JavaScript', async () => {
    const { context, page } = await open('/treemap/?node=21103', { javaScriptEnabled: false });
    expect(await shownLevel(page)).toBe(functionModel.display.id);
    expect(await page.locator('.tm-layer:visible svg:visible .tm-tile').count()).toBe(functionModel.display.children.length);
    expect(await page.locator('.tm-layer:visible svg:visible text').count()).toBeGreaterThan(functionModel.display.children.length);
    expect(await page.locator('.tm-level:visible tbody tr').count()).toBe(functionModel.tree.children.length);
    expect(await page.locator('.tm-summary:visible').count()).toBe(1);
    await close(context);
  });

  test('only the first level is in the page; a level is fetched on hover, once, and zooming works from it', async () => {
    const { context, page, problems } = await open('/treemap/');
    expect(await page.locator('.tm-layer').count(), 'levels in the served page').toBe(1);
    const levelRequests: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/treemap/levels/')) levelRequests.push(new URL(request.url()).pathname);
    });
    await visibleTile(page, firstKuan.id).hover();
    await expect
      .poll(() => levelRequests, { timeout: 5_000 })
      .toEqual([expect.stringMatching(new RegExp(`/treemap/levels/function/${firstKuan.id}/$`))]);
    await visibleTile(page, firstKuan.id).click();
    await expectLevel(page, firstKuan.id);
    expect(await page.locator('.tm-level:visible tbody tr').count()).toBe(
      functionModel.tree.children.find((node) => node.id === firstKuan.id)!.children.length,
    );
    // Out and in again: the level is already here, nothing is fetched a second time.
    await page.keyboard.press('Escape');
    await expectLevel(page, functionModel.display.id);
    await visibleTile(page, firstKuan.id).click();
    await expectLevel(page, firstKuan.id);
    expect(levelRequests.filter((path) => path.endsWith(`/${firstKuan.id}/`))).toHaveLength(1);
    // Its tiles link to deep links in this page, not to the level pages, once the script runs.
    const groupTile = page.locator('.tm-layer:visible svg:visible a.tm-tile[data-zoom]').first();
    expect(new URL((await groupTile.getAttribute('href'))!, page.url()).searchParams.get('node')).toBe(
      await groupTile.getAttribute('data-node'),
    );
    expectClean(problems);
    await close(context);
  });

  test('without JavaScript, a group tile opens its level as a page of its own', async () => {
    const { context, page, problems } = await open('/treemap/', { javaScriptEnabled: false, viewport: { width: 375, height: 812 } });
    await Promise.all([page.waitForURL(/\/treemap\/levels\/function\//), visibleTile(page, firstKuan.id).click()]);
    expect(new URL(page.url()).pathname).toMatch(new RegExp(`/treemap/levels/function/${firstKuan.id}/$`));
    expect(await page.locator('h1').innerText()).toContain(firstKuan.name);
    expect(await page.locator('.tm-layer:visible svg:visible .tm-tile').count()).toBe(
      functionModel.placed.get(firstKuan.id)!.node.children.length,
    );
    expect(await page.locator('.tm-level tbody tr').count()).toBe(
      functionModel.tree.children.find((node) => node.id === firstKuan.id)!.children.length,
    );
    expect(await page.locator('.tm-summary').innerText()).not.toBe('');
    expect(await hasHorizontalOverflow(page)).toBe(false);
    expect(await page.locator('meta[name="robots"]').getAttribute('content')).toBe('noindex');
    await screenshot(page, `treemap-level-${firstKuan.id}-nojs-375`);
    // The breadcrumb leads back to the full chart.
    await Promise.all([page.waitForURL((url) => url.pathname.endsWith('/treemap/')), page.locator('.tm-breadcrumbs a').first().click()]);
    expectClean(problems);
    await close(context);
    // The level page passes axe (which needs JavaScript to run) at both widths.
    const levelPage = await open(`/treemap/levels/function/${firstKuan.id}/`, { viewport: { width: 375, height: 812 } });
    expect(await axeViolations(levelPage.page)).toEqual([]);
    await levelPage.page.setViewportSize({ width: 1280, height: 900 });
    await screenshot(levelPage.page, `treemap-level-${firstKuan.id}-1280`);
    expect(await axeViolations(levelPage.page)).toEqual([]);
    expectClean(levelPage.problems);
    await close(levelPage.context);
  });

  test('a deep link to a level that does not exist shows the first level', async () => {
    const { context, page } = await open('/treemap/?node=no-such-level');
    await expectLevel(page, functionModel.display.id);
    await close(context);
  });

  test('no motion under prefers-reduced-motion', async () => {
    const { context, page } = await open('/treemap/', { reducedMotion: 'reduce' });
    await visibleTile(page, firstKuan.id).click();
    await expectLevel(page, firstKuan.id);
    expect(await page.evaluate(() => document.getAnimations().length)).toBe(0);
    await close(context);
  });
});

describe('treemap by unit (/treemap/unit/)', () => {
  test('units and one unsplit basic-expenditure tile; zooming into a unit lists its projects', async () => {
    const { context, page, problems } = await open('/treemap/unit/');
    const basic = unitModel.tree.children.find((node) => node.kind === 'basic')!;
    expect(await visibleTile(page, basic.id).getAttribute('aria-label')).toContain('未按单位拆分');
    const bureau = unitModel.placed.get('bureau')!;
    const path = bureau.path.map((node) => node.id);
    for (const id of path.slice(1)) {
      await visibleTile(page, id).click();
      await expectLevel(page, id);
    }
    expect(nodeParam(page)).toBe('bureau');
    expect(await page.locator('.tm-level:visible tbody tr').count()).toBe(
      budget.projects.filter((project) => project.unit_id === 'bureau').length,
    );
    expectClean(problems);
    await close(context);
  });
});

describe.each(['/treemap/', '/treemap/unit/'])('%s on phones and for assistive technology', (path) => {
  const model = path === '/treemap/' ? functionModel : unitModel;
  const slug = path === '/treemap/' ? 'treemap' : 'treemap-unit';
  // The deepest "其余 N 项" level holds the smallest tiles of the view.
  const othersLevels = model.zoomable.filter((node) => node.kind === 'others');
  const deepLevel = othersLevels.reduce(
    (deepest, node) => (node.id.length > deepest.id.length ? node : deepest),
    othersLevels[0] ?? model.zoomable.at(-1)!,
  );

  test('no horizontal overflow and tappable tiles at 375 px; axe finds nothing', async () => {
    const { context, page, problems } = await open(path, { viewport: { width: 375, height: 812 }, hasTouch: true, isMobile: true });
    expect(await hasHorizontalOverflow(page)).toBe(false);
    const sizes = await page
      .locator('.tm-layer:visible svg:visible .tm-tile')
      .evaluateAll((tiles) => tiles.map((tile) => tile.getBoundingClientRect()).map((rect) => Math.min(rect.width, rect.height)));
    expect(Math.min(...sizes), 'smallest tile side in CSS px').toBeGreaterThanOrEqual(24);
    await screenshot(page, `${slug}-375`);
    expect(await axeViolations(page)).toEqual([]);

    await page.goto(pageUrl(`${path}?node=${deepLevel.id}`));
    await expectLevel(page, deepLevel.id);
    expect(await hasHorizontalOverflow(page)).toBe(false);
    await screenshot(page, `${slug}-${deepLevel.id}-375`);
    expect(await axeViolations(page)).toEqual([]);
    expectClean(problems);
    await close(context);
  });

  test('at 1280 px: axe finds nothing at the top and a deep level', async () => {
    const { context, page, problems } = await open(path);
    await screenshot(page, `${slug}-1280`);
    expect(await axeViolations(page)).toEqual([]);
    await page.goto(pageUrl(`${path}?node=${deepLevel.id}`));
    await expectLevel(page, deepLevel.id);
    await screenshot(page, `${slug}-${deepLevel.id}-1280`);
    expect(await axeViolations(page)).toEqual([]);
    expectClean(problems);
    await close(context);
  });

  test('a tap on a project shows its details first, a second tap opens its page', async () => {
    const { context, page } = await open(path, { viewport: { width: 375, height: 812 }, hasTouch: true, isMobile: true });
    const levelWithProject = model.zoomable.find((node) => node.children.some((child) => child.project))!;
    await page.goto(pageUrl(`${path}?node=${levelWithProject.id}`));
    if (levelWithProject !== model.display) await expectLevel(page, levelWithProject.id);
    const project = levelWithProject.children.find((child) => child.project)!;
    const tile = visibleTile(page, project.id);
    await tile.tap();
    expect(new URL(page.url()).pathname).toMatch(new RegExp(`${path.replace(/\//g, '\\/')}$`));
    expect(await page.locator('[data-details-panel] .tm-details-title').innerText()).toBe(project.name);
    await Promise.all([page.waitForURL(/\/projects\//), tile.tap()]);
    expect(new URL(page.url()).pathname).toMatch(new RegExp(`/projects/${project.project!.id}/$`));
    await close(context);
  });

  test(`loads at most ${JS_BUDGET_BYTES / 1024} KB of JavaScript (gzip)`, async () => {
    const { context, problems } = await newCheckedContext(browser(), { viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const scripts: Promise<number>[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') scripts.push(response.body().then((body) => gzipSync(body).length));
    });
    await gotoSettled(page, pageUrl(path));
    const sizes = await Promise.all(scripts);
    expect(sizes.length, 'the treemap script is loaded').toBeGreaterThan(0);
    expect(sizes.reduce((sum, size) => sum + size, 0)).toBeLessThanOrEqual(JS_BUDGET_BYTES);
    expectClean(problems);
    await close(context);
  });
});

describe('/treemap/ by touch, at every width', () => {
  const inViewport = async (page: Page, selector: string) => {
    const box = await page.locator(selector).boundingBox();
    const height = page.viewportSize()!.height;
    return box !== null && box.y >= 0 && box.y + box.height <= height;
  };

  for (const width of [320, 375, 600, 1280]) {
    test(`${width} px: after each zoom, 返回上一级 and the breadcrumb are on screen; a first tap on a project stays in place`, async () => {
      const { context, page, problems } = await open('/treemap/', {
        viewport: { width, height: 740 },
        hasTouch: true,
        isMobile: width < 1000,
      });
      // Touch wording, no key names.
      const help = await page.locator('[data-help]').innerText();
      expect(help).toContain('轻点');
      expect(help).not.toMatch(/Esc|退格|回车/);
      expect(await page.locator('[data-zoom-out]').isVisible()).toBe(false);
      for (const id of knownPath.slice(1)) {
        const tile = visibleTile(page, id);
        await tile.scrollIntoViewIfNeeded();
        await tile.tap();
        await expectLevel(page, id);
        expect(await inViewport(page, '[data-zoom-out]'), `返回上一级 after zooming to ${id}`).toBe(true);
        expect(await inViewport(page, '.tm-breadcrumbs'), `breadcrumb after zooming to ${id}`).toBe(true);
      }
      const tile = visibleTile(page, `p-${KNOWN_PROJECT}`);
      await tile.scrollIntoViewIfNeeded();
      // The tile stays under the finger, so a second tap can open it.
      const before = (await tile.boundingBox())!;
      await tile.tap();
      const after = (await tile.boundingBox())!;
      expect(Math.abs(after.y - before.y), 'the tile did not move').toBeLessThanOrEqual(2);
      const picked = await page.locator('[data-picked]').innerText();
      expect(picked).toContain(knownProject.name);
      expect(picked).toContain(formatWan(knownProject.amount));
      expect(await inViewport(page, '[data-picked]')).toBe(true);
      // The details panel sits beside or below the chart, never over it.
      const panel = (await page.locator('[data-details-panel]').boundingBox())!;
      const chart = (await page.locator('.tm-chart').boundingBox())!;
      const overlap =
        panel.x < chart.x + chart.width &&
        chart.x < panel.x + panel.width &&
        panel.y < chart.y + chart.height &&
        chart.y < panel.y + panel.height;
      expect(overlap).toBe(false);
      await page.locator('[data-zoom-out]').tap();
      await expectLevel(page, knownPath.at(-2)!);
      if (width === 375) await screenshot(page, 'treemap-touch-375');
      expectClean(problems);
      await close(context);
    });
  }

  test('keyboard: one tab stop per drawing, arrow keys move between tiles and the panel follows', async () => {
    const { context, page, problems } = await open('/treemap/');
    expect(await page.locator('.tm-layer:visible svg:visible .tm-tile[tabindex="0"]').count()).toBe(1);
    expect(await page.locator('[data-help]').innerText()).toContain('键盘操作');
    await page.locator('.tm-layer:visible svg:visible .tm-tile[tabindex="0"]').focus();
    const first = await page.evaluate(() => (document.activeElement as HTMLElement).dataset.node);
    await page.keyboard.press('ArrowRight');
    const second = await page.evaluate(() => (document.activeElement as HTMLElement).dataset.node);
    expect(second).not.toBe(first);
    expect(await page.locator('.tm-layer:visible svg:visible .tm-tile[tabindex="0"]').getAttribute('data-node')).toBe(second);
    const title = functionModel.placed.get(second!)!.node.name;
    await expect.poll(() => page.locator('[data-details-panel] .tm-details-title').innerText()).toBe(title);
    await page.keyboard.press('ArrowLeft');
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.node)).toBe(first);
    // The next Tab leaves the chart.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('.tm-chart') === null)).toBe(true);
    expectClean(problems);
    await close(context);
  });

  test('a project page links to the treemap with the project picked and in view', async () => {
    const { context, page, problems } = await open(`/projects/${KNOWN_PROJECT}/`, { viewport: { width: 375, height: 740 } });
    await Promise.all([page.waitForURL(/\/treemap\//), page.getByRole('link', { name: '在资金去向图中查看它所在的科目' }).click()]);
    await expectLevel(page, knownLevel);
    await expect.poll(() => page.locator('[data-picked]').innerText()).toContain(knownProject.name);
    const box = (await visibleTile(page, `p-${KNOWN_PROJECT}`).boundingBox())!;
    expect(box.y + box.height / 2).toBeGreaterThan(0);
    expect(box.y).toBeLessThan(740);
    expectClean(problems);
    await close(context);
  });
});
