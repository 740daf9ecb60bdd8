/**
 * Embeds on the hosts journalists really have, each a page on another origin: Pym.js from npm,
 * a sandboxed frame (WordPress), a CMS that strips the script, a script that loads 3 s late, a dark
 * page, a 300 px sidebar. Each checks that the frame is as tall as its content (within 2 px) after
 * load, after zooming the chart and after resizing the window, that the chart responds, and that
 * nothing is cut off.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { axeViolations, newCheckedContext, screenshot, type PageProblems, gotoSettled } from './support/browser';
import { useBrowser } from './support/pages';
import { pageUrl } from './support/site';
import { useHostServer } from './support/hostPage';
import { getBudget } from '../../src/lib/budget';
import { embedCharts } from '../../src/lib/embed/charts';
import { iframeCode, pymCode, PYM_SCRIPT_URL } from '../../src/lib/embed/code';
import { embedCodeInput } from '../../src/lib/embed/codeInput';

const treemap = embedCharts(getBudget()).find((chart) => chart.slug === 'treemap')!;
const PYM_SOURCE = readFileSync('node_modules/pym.js/dist/pym.v1.min.js', 'utf8');
const code = (search = '') => iframeCode(embedCodeInput(treemap, pageUrl('/'), search));
const [frameOnly, ourScript] = code().split('\n') as [string, string];
const FRAME = 'iframe';

const browser = useBrowser();
const host = useHostServer();

const contentHeight = (frame: Frame) =>
  frame.evaluate(() => Math.ceil(document.querySelector('[data-embed-root]')!.getBoundingClientRect().height));
const frameHeight = (page: Page) =>
  page
    .locator(FRAME)
    .first()
    .evaluate((element) => element.getBoundingClientRect().height);
/** Frame height minus content height. */
const gap = async (page: Page, frame: Frame) => (await frameHeight(page)) - (await contentHeight(frame));

async function open(body: string, name: string, width = 375) {
  const { context, problems } = await newCheckedContext(browser(), { viewport: { width, height: 800 } });
  const page = await context.newPage();
  await page.goto(host().page(name, body), { waitUntil: 'load' });
  const element = await page.locator(FRAME).first().elementHandle();
  const frame = (await element!.contentFrame())!;
  await frame.waitForSelector('[data-treemap-ready]');
  return { context, problems, page, frame };
}

/** No errors on the host page or in the frame (the host server has no favicon). */
const noErrors = (problems: PageProblems) => expect(problems.consoleErrors.filter((error) => !error.includes('/favicon.ico'))).toEqual([]);

/** Waits until the frame is as tall as its content, within 2 px. */
const fits = (page: Page, frame: Frame) =>
  expect.poll(async () => Math.abs(await gap(page, frame)), { timeout: 15_000 }).toBeLessThanOrEqual(2);

/** Nothing is cut off: either the frame holds all of it, or the embed scrolls. */
async function nothingCutOff(page: Page, frame: Frame) {
  const [height, scrolls, scrollHeight] = await frame.evaluate(
    () =>
      [
        Math.ceil(document.querySelector('[data-embed-root]')!.getBoundingClientRect().height),
        getComputedStyle(document.documentElement).overflowY !== 'hidden' && getComputedStyle(document.body).overflowY !== 'hidden',
        document.documentElement.scrollHeight,
      ] as const,
  );
  const visible = await frameHeight(page);
  // scrollHeight is rounded down to whole pixels, the content's height up: 1 px apart at most.
  expect(
    visible >= height - 2 || (scrolls && scrollHeight >= height - 1),
    `content ${height} px in a ${visible} px frame that ${scrolls ? 'scrolls' : 'does not scroll'}`,
  ).toBe(true);
}

/** Zooms into the first group tile and checks that the chart went there without adding host history. */
async function zoomIn(page: Page, frame: Frame) {
  const before = await page.evaluate(() => history.length);
  await frame.locator('.tm-layer:not([hidden]) .tm-tile[data-zoom]').filter({ visible: true }).first().click();
  await expect.poll(() => frame.evaluate(() => new URL(location.href).searchParams.get('node')), { timeout: 15_000 }).not.toBeNull();
  await expect.poll(() => frame.evaluate(() => document.querySelector('[data-status]')?.textContent ?? '')).toContain('已进入');
  expect(await page.evaluate(() => history.length), 'a zoom inside the embed adds no entry to the article’s history').toBe(before);
}

/** Load, zoom, resize: the frame fits its content each time. */
async function fitsThroughout(page: Page, frame: Frame, resizeTo = 1000) {
  await fits(page, frame);
  await zoomIn(page, frame);
  await fits(page, frame);
  await page.setViewportSize({ width: resizeTo, height: 800 });
  await fits(page, frame);
  await nothingCutOff(page, frame);
}

describe('embeds on real hosts', () => {
  test('Pym.js 1.3.2 from npm, its auto-init code pasted twice on one page: two frames, each fitted', async () => {
    const pym = pymCode(embedCodeInput(treemap, pageUrl('/'))).replace(`<script src="${PYM_SCRIPT_URL}"></script>`, '');
    const { page, frame, problems, context } = await open(`${pym}${pym}<script>${PYM_SOURCE}</script>`, 'pym-npm');
    const ids = await page.locator('[data-pym-src]').evaluateAll((elements) => elements.map((element) => element.id));
    expect(ids).toHaveLength(2);
    expect(new Set(ids).size, 'unique container ids').toBe(2);
    expect(await page.locator('[data-pym-src] iframe').count()).toBe(2);
    await fitsThroughout(page, frame);
    noErrors(problems);
    await context.close();
  });

  test('a sandboxed frame (allow-scripts, no allow-same-origin) with /embed.js: resized, interactive, links open a tab', async () => {
    const sandboxed = frameOnly.replace('<iframe ', '<iframe sandbox="allow-scripts" ');
    const { page, frame, problems, context } = await open(`${sandboxed}\n${ourScript}`, 'sandboxed');
    expect(await frame.evaluate(() => window.origin)).toBe('null');
    await fitsThroughout(page, frame);
    const [tab] = await Promise.all([context.waitForEvent('page'), frame.locator('[data-full-chart]').click()]);
    expect(new URL(tab.url()).pathname).toMatch(/\/treemap\/$/);
    expect(new URL(tab.url()).searchParams.get('node'), 'the full chart opens in the embed’s state').not.toBeNull();
    expect(new URL(frame.url()).pathname, 'the frame stays on the embed').toMatch(/\/embed\/treemap\/$/);
    noErrors(problems);
    await context.close();
  });

  test('a CMS that strips the script: the frame has the chart’s height in a 600 px column, and the embed scrolls after a zoom', async () => {
    const { page, frame, context } = await open(`<div style="width:600px">${frameOnly}</div>`, 'no-script', 800);
    expect(Math.abs(await gap(page, frame))).toBeLessThanOrEqual(2);
    await nothingCutOff(page, frame);
    await zoomIn(page, frame);
    await nothingCutOff(page, frame);
    await page.setViewportSize({ width: 375, height: 800 });
    await nothingCutOff(page, frame);
    expect(await frame.evaluate(() => document.documentElement.hasAttribute('data-embed-resized')), 'no host confirmed resizing').toBe(
      false,
    );
    await context.close();
  });

  test('/embed.js loaded 3 s late: the embed scrolls until then, and fits from then on', async () => {
    const late = `<script>setTimeout(() => { const script = document.createElement('script'); script.src = ${JSON.stringify(`${pageUrl('/')}embed.js`)}; document.body.append(script); }, 3000);</script>`;
    const { page, frame, problems, context } = await open(`${frameOnly}${late}`, 'late');
    await nothingCutOff(page, frame);
    await fitsThroughout(page, frame);
    noErrors(problems);
    await context.close();
  });

  test('a dark host with ?theme=dark: dark colours and colour scheme, no white box', async () => {
    const dark = frameOnly.replace('/embed/treemap/"', '/embed/treemap/?theme=dark"');
    const { page, frame, problems, context } = await open(`<style>body{background:#111;color:#eee}</style>${dark}\n${ourScript}`, 'dark');
    expect(await frame.evaluate(() => getComputedStyle(document.documentElement).colorScheme)).toBe('dark');
    expect(await frame.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(23, 25, 28)');
    await fitsThroughout(page, frame);
    await screenshot(page, 'embed-host-dark');
    noErrors(problems);
    await context.close();
  });

  test('a 300 px sidebar', async () => {
    const { page, frame, problems, context } = await open(`<aside style="width:300px">${frameOnly}\n${ourScript}</aside>`, 'sidebar', 1280);
    await fits(page, frame);
    expect(await frame.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1), 'no sideways overflow').toBe(true);
    await zoomIn(page, frame);
    await fits(page, frame);
    await page.setViewportSize({ width: 900, height: 800 });
    await fits(page, frame);
    await nothingCutOff(page, frame);
    await screenshot(page, 'embed-host-sidebar');
    noErrors(problems);
    await context.close();
  });
});

describe('the handshake', () => {
  test('a frame out of view is right after the host resizes, and hovering never changes the height', async () => {
    const spacer = '<div style="height:3000px"></div>';
    const { page, frame, context } = await open(`${spacer}${frameOnly}\n${ourScript}`, 'offscreen', 1280);
    await fits(page, frame);
    await page.setViewportSize({ width: 375, height: 800 });
    await page.waitForTimeout(500);
    // Measured without scrolling the frame into view.
    expect(Math.abs(await gap(page, frame))).toBeLessThanOrEqual(2);
    await page.locator(FRAME).scrollIntoViewIfNeeded();
    const settled = await frameHeight(page);
    for (const tile of await frame.locator('.tm-layer:not([hidden]) .tm-tile').filter({ visible: true }).all()) {
      await tile.hover();
      expect(await frameHeight(page), 'height while hovering a tile').toBe(settled);
    }
    await context.close();
  });
});

describe('themes', () => {
  test.each(['light', 'dark'])('?theme=%s: axe finds nothing', async (theme) => {
    const { context } = await newCheckedContext(browser(), { viewport: { width: 600, height: 800 } });
    const page = await context.newPage();
    for (const slug of embedCharts(getBudget())
      .map((chart) => chart.slug)
      .filter((slug) => !slug.startsWith('branch-') || slug === 'branch-zezhou')) {
      await gotoSettled(page, pageUrl(`/embed/${slug}/?theme=${theme}`));
      expect(await page.evaluate(() => document.documentElement.hasAttribute('data-dark'))).toBe(theme === 'dark');
      expect(await axeViolations(page), `${slug} in ${theme}`).toEqual([]);
      await screenshot(page, `embed-${slug}-${theme}`);
    }
    await context.close();
  });

  test('?bg=transparent lets the host’s background through', async () => {
    const transparent = frameOnly.replace('/embed/treemap/"', '/embed/treemap/?bg=transparent"');
    const { frame, context } = await open(`<style>body{background:#fdf6e3}</style>${transparent}`, 'transparent');
    expect(await frame.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgba(0, 0, 0, 0)');
    await context.close();
  });
});
