import { describe, expect, inject, test } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { axeViolations, hasHorizontalOverflow, newCheckedContext, screenshot, gotoSettled } from './support/browser';
import { useBrowser } from './support/pages';
import { pageUrl } from './support/site';
import { useHostServer } from './support/hostPage';
import { getBudget } from '../../src/lib/budget';
import { embedCharts, type EmbedChart } from '../../src/lib/embed/charts';
import { iframeCode, pymCode } from '../../src/lib/embed/code';
import { embedCodeInput } from '../../src/lib/embed/codeInput';
import { REPORT_TITLE } from '../../src/lib/site';

const charts = embedCharts(getBudget());
const chart = (slug: string) => charts.find((entry) => entry.slug === slug)!;
const siteRoot = () => pageUrl('/');
/** Code as the host page pastes it, pointing at the site under test. */
const codeInput = (entry: EmbedChart, root = siteRoot()) => embedCodeInput(entry, root);
/** The published site root the build was made for (its canonical links), which the dialog's code uses. */
const publishedRoot = async (page: Page) =>
  new URL(inject('base'), (await page.locator('link[rel="canonical"]').getAttribute('href'))!).href;

const browser = useBrowser();
const host = useHostServer();

const hostPage = (name: string, body: string) => host().page(name, body);

async function openPage(url: string, width = 375) {
  const { context, problems } = await newCheckedContext(browser(), { viewport: { width, height: 800 } });
  const page = await context.newPage();
  const response = await gotoSettled(page, url);
  expect(response?.status(), url).toBe(200);
  return { page, problems, context };
}

/** The embed's content height, measured inside the frame. */
const contentHeight = (frame: Frame) =>
  frame.evaluate(() => Math.ceil(document.querySelector('[data-embed-root]')!.getBoundingClientRect().height));
const frameHeight = (page: Page, selector: string) =>
  page.locator(selector).evaluate((element) => Math.round(element.getBoundingClientRect().height));
const hasInnerScrollbar = (frame: Frame) => frame.evaluate(() => document.documentElement.scrollHeight > window.innerHeight + 1);

async function ourFrame(page: Page, selector = 'iframe[data-jincheng-embed]'): Promise<Frame> {
  const frame = await (await page.locator(selector).elementHandle())!.contentFrame();
  if (!frame) throw new Error('embed frame did not load');
  await frame.waitForSelector('[data-embed-root]');
  return frame;
}

/** Waits until the iframe is exactly as tall as its content, and returns that height. */
async function settledHeight(page: Page, frame: Frame, selector = 'iframe[data-jincheng-embed]'): Promise<number> {
  await expect.poll(async () => (await frameHeight(page, selector)) - (await contentHeight(frame)), { timeout: 15_000 }).toBe(0);
  return frameHeight(page, selector);
}

describe('embed pages', () => {
  test.each(charts.map((entry) => entry.slug))(
    '/embed/%s/ has the chart, its data table and a source line, and nothing else',
    async (slug) => {
      const entry = chart(slug);
      const { page, problems, context } = await openPage(pageUrl(`/embed/${slug}/`));
      expect(await page.locator('h1').textContent()).toBe(entry.title);
      expect(await page.locator('.embed-summary').textContent()).toBe(entry.summary);
      const source = page.locator('.embed-source');
      expect(await source.textContent()).toContain(`数据来源：${REPORT_TITLE}`);
      expect(await source.locator('a').getAttribute('href')).toMatch(new RegExp(`${entry.fullPath.replace(/\//g, '\\/')}$`));
      // The footer: the full chart, the data and its date.
      expect(await page.locator('.embed-footer a', { hasText: '查看完整图表' }).getAttribute('href')).toMatch(
        new RegExp(`${entry.fullPath.replace(/\//g, '\\/')}$`),
      );
      const csv = await page.locator('.embed-footer a', { hasText: '下载数据' }).getAttribute('href');
      expect(csv).toMatch(new RegExp(`/embed/${slug}/data\\.csv$`));
      expect((await page.request.get(new URL(csv!, page.url()).href)).status()).toBe(200);
      expect(await page.locator('.embed-footer').textContent()).toContain('数据日期：2024年');
      // Standing alone (no host has confirmed it sets the height), the page scrolls.
      expect(await page.evaluate(() => getComputedStyle(document.body).overflowY)).not.toBe('hidden');
      expect(await page.locator('meta[name="robots"]').getAttribute('content')).toBe('noindex');
      expect(new URL((await page.locator('link[rel="canonical"]').getAttribute('href'))!).pathname, 'canonical is the full page').toBe(
        new URL(pageUrl(entry.fullPath)).pathname,
      );
      expect(await page.locator('header, footer, nav[aria-label="主导航"]').count(), 'no site chrome').toBe(0);
      expect(await page.locator('table').count(), 'a data table').toBeGreaterThan(0);
      expect(await hasHorizontalOverflow(page)).toBe(false);
      await screenshot(page, `embed-${slug}-375`);
      expect(await axeViolations(page), 'axe at 375 px').toEqual([]);
      await page.setViewportSize({ width: 1280, height: 800 });
      await screenshot(page, `embed-${slug}-1280`);
      expect(await axeViolations(page), 'axe at 1280 px').toEqual([]);
      expect(problems.consoleErrors).toEqual([]);
      expect(problems.failedRequests).toEqual([]);
      expect(problems.foreignRequests).toEqual([]);
      await context.close();

      // Without JavaScript the chart's first level and its data table are still there.
      const noScript = await newCheckedContext(browser(), { javaScriptEnabled: false });
      const staticPage = await noScript.context.newPage();
      await staticPage.goto(pageUrl(`/embed/${slug}/`));
      // (The Sankey embed folds its long table into a <details>.)
      expect(await staticPage.locator('table').count(), 'a data table without JavaScript').toBeGreaterThan(0);
      expect(await staticPage.locator('svg, .bar-list').first().isVisible(), 'the chart without JavaScript').toBe(true);
      await noScript.context.close();
    },
  );

  test('the treemap embed accepts the same URL state as the full page', async () => {
    const { page, context } = await openPage(pageUrl('/embed/treemap/?node=2110301'), 1280);
    await expect.poll(() => page.locator('.tm-breadcrumbs ol:not([hidden]) [aria-current="location"]').textContent()).toContain('大气');
    // Zooming inside the embed works and keeps the state in the URL.
    await page.locator('.tm-breadcrumbs ol:not([hidden]) a').first().click();
    await expect.poll(() => new URL(page.url()).searchParams.get('node')).toBeNull();
    await context.close();
  });

  test('links to other pages open in a new tab, not inside the frame', async () => {
    const { page, context } = await openPage(pageUrl('/embed/branch-zezhou/'), 1280);
    const [popup] = await Promise.all([context.waitForEvent('page'), page.locator('.embed-source a').click()]);
    expect(new URL(popup.url()).pathname).toMatch(/\/branches\/zezhou\/$/);
    expect(new URL(page.url()).pathname).toMatch(/\/embed\/branch-zezhou\/$/);
    await context.close();
  });
});

describe('auto-height on a host page (another origin) with /embed.js', () => {
  test.each(charts.map((entry) => entry.slug))('%s: the iframe grows to its content with no inner scrollbar', async (slug) => {
    const entry = chart(slug);
    const url = hostPage(`auto-${slug}`, iframeCode(codeInput(entry)));
    const { page, problems, context } = await openPage(url, 375);
    const frame = await ourFrame(page);
    await settledHeight(page, frame);
    expect(await hasInnerScrollbar(frame), 'scrollbar inside the frame').toBe(false);
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.foreignRequests).toEqual([]);
    await context.close();
  });

  test('it shrinks again when the viewport widens, and grows when it narrows', async () => {
    const url = hostPage('resize', iframeCode(codeInput(chart('treemap'))));
    const { page, context } = await openPage(url, 375);
    const frame = await ourFrame(page);
    const narrow = await settledHeight(page, frame);
    await page.setViewportSize({ width: 1280, height: 800 });
    await expect.poll(() => frameHeight(page, 'iframe'), { timeout: 15_000 }).toBeLessThan(narrow);
    const wide = await settledHeight(page, frame);
    expect(await hasInnerScrollbar(frame)).toBe(false);
    await screenshot(page, 'embed-host-1280');
    await page.setViewportSize({ width: 375, height: 800 });
    await expect.poll(() => frameHeight(page, 'iframe'), { timeout: 15_000 }).toBeGreaterThan(wide);
    expect(await settledHeight(page, frame)).toBe(narrow);
    await screenshot(page, 'embed-host-375');
    await context.close();
  });

  test('it follows the chart when a reader zooms in the embed', async () => {
    const url = hostPage('zoom', iframeCode(codeInput(chart('treemap'))));
    const { page, context } = await openPage(url, 1280);
    const frame = await ourFrame(page);
    await settledHeight(page, frame);
    await frame.locator('.tm-layer:not([hidden]) .tm-wide .tm-tile').first().click();
    await expect.poll(() => frame.evaluate(() => new URL(location.href).searchParams.get('node'))).not.toBeNull();
    // settledHeight asserts that the frame is again exactly as tall as the zoomed chart.
    await settledHeight(page, frame);
    expect(await hasInnerScrollbar(frame)).toBe(false);
    await context.close();
  });

  test('messages from a foreign frame, from the page itself, or malformed ones are ignored', async () => {
    const foreign = `<iframe id="foreign" name="foreign" title="foreign" srcdoc="&lt;p&gt;an advert&lt;/p&gt;"></iframe>`;
    const url = hostPage('foreign', `${iframeCode(codeInput(chart('home')))}${foreign}`);
    const { page, context } = await openPage(url, 1280);
    const frame = await ourFrame(page);
    const settled = await settledHeight(page, frame);
    const attempts = [
      { from: 'foreign', data: 'pymxPYMxhomexPYMxheightxPYMx77' },
      { from: 'foreign', data: { sentinel: 'amp', type: 'embed-size', height: 77 } },
      { from: 'page', data: { sentinel: 'amp', type: 'embed-size', height: 77 } },
    ];
    const foreignFrame = page.frame({ name: 'foreign' })!;
    for (const attempt of attempts) {
      const target = attempt.from === 'foreign' ? foreignFrame : page.mainFrame();
      await target.evaluate((data) => (window.parent === window ? window : window.parent).postMessage(data, '*'), attempt.data);
    }
    // Malformed messages sent from inside our own frame.
    for (const data of [
      'pymxPYMxhomexPYMxheightxPYMx-5',
      'pymxPYMxhomexPYMxheightxPYMxabc',
      'pymxPYMxhomexPYMxheightxPYMx999999',
      { sentinel: 'amp', type: 'embed-size', height: '77px' },
      { type: 'embed-size', height: 77 },
      null,
      42,
    ]) {
      await frame.evaluate((message) => window.parent.postMessage(message, '*'), data);
    }
    await page.waitForTimeout(300);
    expect(await frameHeight(page, 'iframe[data-jincheng-embed]')).toBe(settled);
    // A well-formed one from our frame still works.
    await frame.evaluate(() => window.parent.postMessage({ sentinel: 'amp', type: 'embed-size', height: 321 }, '*'));
    await expect.poll(() => frameHeight(page, 'iframe[data-jincheng-embed]')).toBe(321);
    await context.close();
  });

  test('with a Pym.js childId, the chart reports its height in Pym’s format', async () => {
    const entry = chart('flow');
    const src = `${siteRoot()}embed/${entry.slug}/?childId=jincheng-flow&initialWidth=375`;
    const url = hostPage('pym', `<iframe id="pym-frame" title="${entry.title}" src="${src}" width="100%" scrolling="no"></iframe>`);
    const { page, context } = await openPage(url, 375);
    const messages: unknown[] = [];
    await page.exposeFunction('recordMessage', (data: unknown) => messages.push(data));
    await page.evaluate(() =>
      window.addEventListener('message', (event) =>
        (window as unknown as { recordMessage: (data: unknown) => void }).recordMessage(event.data),
      ),
    );
    const frame = await ourFrame(page, '#pym-frame');
    // Force a fresh report after our listener is in place.
    await page.setViewportSize({ width: 700, height: 800 });
    await expect.poll(() => messages.filter((data) => typeof data === 'string').length, { timeout: 15_000 }).toBeGreaterThan(0);
    const last = messages.filter((data): data is string => typeof data === 'string').at(-1)!;
    expect(last).toMatch(/^pymxPYMxjincheng-flowxPYMxheightxPYMx\d+$/);
    expect(Number(last.split('xPYMx')[3])).toBe(await contentHeight(frame));
    await context.close();
  });
});

describe('the 嵌入 dialog', () => {
  const chartPages = [
    { path: '/', slug: 'home' },
    { path: '/treemap/', slug: 'treemap' },
    { path: '/treemap/unit/', slug: 'treemap-unit' },
    { path: '/flow/', slug: 'flow' },
    { path: '/branches/', slug: 'branches' },
    ...charts.filter((entry) => entry.kind === 'branch-projects').map((entry) => ({ path: entry.fullPath, slug: entry.slug })),
  ];

  test('every chart page has one 嵌入 control per chart and points oEmbed at the chart', async () => {
    expect(chartPages.map((entry) => entry.slug).sort()).toEqual(charts.map((entry) => entry.slug).sort());
    for (const { path, slug } of chartPages) {
      const { page, context } = await openPage(pageUrl(path), 1280);
      expect(await page.locator(`[data-embed-open="embed-dialog-${slug}"]`).count(), path).toBe(1);
      const href = await page.locator('link[rel="alternate"][type="application/json+oembed"]').getAttribute('href');
      expect(href, path).toMatch(new RegExp(`/embed/${slug}/oembed\\.json$`));
      const oembed = (await (await page.request.get(pageUrl(`/embed/${slug}/oembed.json`))).json()) as Record<string, unknown>;
      expect(oembed).toMatchObject({ version: '1.0', type: 'rich', title: chart(slug).title });
      expect(String(oembed.html)).toContain(`/embed/${slug}/`);
      await context.close();
    }
  });

  test('opens from the keyboard, traps focus, closes on Escape and gives focus back', async () => {
    const { page, problems, context } = await openPage(pageUrl('/treemap/'), 375);
    const opener = page.locator('[data-embed-open="embed-dialog-treemap"]');
    await opener.focus();
    await page.keyboard.press('Enter');
    const dialog = page.locator('#embed-dialog-treemap');
    await expect.poll(() => dialog.evaluate((element) => (element as HTMLDialogElement).open)).toBe(true);
    // The dialog sits over the viewport: a full-page shot would not show what the reader sees.
    await page.screenshot({ path: 'screenshots/embed-dialog-375.png' });
    expect(await axeViolations(page), 'axe with the dialog open').toEqual([]);
    for (let step = 0; step < 25; step += 1) {
      await page.keyboard.press(step % 5 === 4 ? 'Shift+Tab' : 'Tab');
      const inside = await page.evaluate(() => {
        const active = document.activeElement;
        return Boolean(active?.closest('dialog[open]'));
      });
      expect(
        inside,
        `focus left the dialog after ${step + 1} presses (on ${await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 80))})`,
      ).toBe(true);
    }
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.evaluate((element) => (element as HTMLDialogElement).open)).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-embed-open'))).toBe('embed-dialog-treemap');
    expect(problems.consoleErrors).toEqual([]);
    await context.close();
  });

  test('the code in the dialog is exactly the code the embedding docs give, and copies', async () => {
    const docs = await openPage(pageUrl('/embed/'), 1280);
    const { page, context } = await openPage(pageUrl('/flow/'), 1280);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(pageUrl('/')).origin });
    await page.locator('[data-embed-open="embed-dialog-flow"]').click();
    const iframe = await page.locator('#embed-dialog-flow-iframe').inputValue();
    const pym = await page.locator('#embed-dialog-flow-pym').inputValue();
    expect(iframe).toBe(await docs.page.locator('#flow pre[data-doc-code="iframe"]').textContent());
    expect(pym).toBe(await docs.page.locator('#flow pre[data-doc-code="pym"]').textContent());
    // And both are what the generator makes for this site.
    const root = await publishedRoot(page);
    expect(iframe).toBe(iframeCode(codeInput(chart('flow'), root)));
    expect(pym).toBe(pymCode(codeInput(chart('flow'), root)));
    expect(await page.locator('#embed-dialog-flow-link').inputValue()).toBe(`${root}flow/`);

    await page.locator('#embed-dialog-flow [data-copy="embed-dialog-flow-iframe"]').click();
    await expect.poll(() => page.locator('#embed-dialog-flow [data-copy-status]').textContent()).toContain('已复制');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(iframe);
    // The dialog sits over the viewport: a full-page shot would not show what the reader sees.
    await page.screenshot({ path: 'screenshots/embed-dialog-1280.png' });
    expect(await axeViolations(page), 'axe with the dialog open').toEqual([]);
    await docs.context.close();
    await context.close();
  });

  test('the preview follows the chosen width, and the code carries the zoomed state', async () => {
    const { page, problems, context } = await openPage(pageUrl('/treemap/?node=2110301'), 1280);
    await page.locator('[data-embed-open="embed-dialog-treemap"]').click();
    const code = await page.locator('#embed-dialog-treemap-iframe').inputValue();
    expect(code).toBe(iframeCode(embedCodeInput(chart('treemap'), await publishedRoot(page), '?node=2110301')));
    // The frame's height is the one measured for that level, not the first level's.
    expect(code).toContain(`height="${embedCodeInput(chart('treemap'), '', '?node=2110301').initialHeight}"`);
    expect(embedCodeInput(chart('treemap'), '', '?node=2110301').initialHeight).not.toBe(
      embedCodeInput(chart('treemap'), '').initialHeight,
    );
    expect(await page.locator('#embed-dialog-treemap [data-embed-state]').isVisible()).toBe(true);
    const preview = page.locator('#embed-dialog-treemap [data-embed-preview] iframe');
    await page.locator('#embed-dialog-treemap input[value="600"]').check();
    await expect.poll(() => preview.evaluate((element) => element.getBoundingClientRect().width)).toBe(600);
    const frame = await (await preview.elementHandle())!.contentFrame();
    await frame!.waitForSelector('[data-embed-root]');
    await expect
      .poll(
        async () =>
          (await preview.evaluate((element) => Math.round(element.getBoundingClientRect().height))) - (await contentHeight(frame!)),
        { timeout: 15_000 },
      )
      .toBe(0);
    expect(problems.foreignRequests).toEqual([]);
    await context.close();
  });

  test('a build without SITE says, in the dialog and on /embed/, that the address in the code is a placeholder', async () => {
    const { page, context } = await openPage(pageUrl('/treemap/'), 1280);
    const placeholder = new URL(await publishedRoot(page)).host === 'jincheng-budget.example.org';
    expect(placeholder, 'the test build is made without SITE').toBe(!process.env.SITE);
    await page.locator('[data-embed-open="embed-dialog-treemap"]').click();
    const note = page.locator('#embed-dialog-treemap [data-embed-placeholder]');
    expect(await note.count()).toBe(placeholder ? 1 : 0);
    if (placeholder) expect(await note.textContent()).toContain('jincheng-budget.example.org 只是占位地址');
    await page.goto(pageUrl('/embed/'));
    expect(await page.locator('[data-embed-placeholder]').count()).toBe(placeholder ? 1 : 0);
    await context.close();
  });

  test('without JavaScript, 嵌入 leads to the embedding instructions for that chart', async () => {
    const { context } = await newCheckedContext(browser(), { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(pageUrl('/branches/zezhou/'));
    await page.locator('[data-embed-open="embed-dialog-branch-zezhou"]').click();
    await page.waitForURL(/\/embed\/#branch-zezhou$/);
    expect(await page.locator('#branch-zezhou pre[data-doc-code="iframe"]').textContent()).toBe(
      iframeCode(codeInput(chart('branch-zezhou'), await publishedRoot(page))),
    );
    await context.close();
  });
});
