/**
 * The English embeds (/en/embed/<chart>/) as a newsroom uses them: pasted into another site's page
 * with /embed.js and with the real Pym.js, on a dark page; and the Embed dialog on an English page.
 * No errors, axe zero, fitted frames, and no Chinese outside elements marked lang="zh-CN".
 */
import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { describe, expect, inject, test } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { axeViolations, gotoSettled, newCheckedContext, type PageProblems } from './support/browser';
import { useBrowser } from './support/pages';
import { pageUrl } from './support/site';
import { useHostServer } from './support/hostPage';
import { getBudget } from '../../src/lib/budget';
import { embedCharts } from '../../src/lib/embed/charts';
import { iframeCode, pymCode, PYM_SCRIPT_URL } from '../../src/lib/embed/code';
import { embedCodeInput } from '../../src/lib/embed/codeInput';

const PYM_SOURCE = readFileSync('node_modules/pym.js/dist/pym.v1.min.js', 'utf8');
const charts = embedCharts(getBudget(), 'en');
const chart = (slug: string) => charts.find((entry) => entry.slug === slug)!;
/** The published site root the build was made for (its canonical link), which the code on the site uses. */
const publishedRoot = async (page: Page) =>
  new URL(inject('base'), (await page.locator('link[rel="canonical"]').getAttribute('href'))!).href;

const browser = useBrowser();
const host = useHostServer();

/** Text and labels a reader sees or hears that contain Chinese, outside elements marked lang="zh-CN". */
const strayChinese = (target: Page | Frame) =>
  target.evaluate(() => {
    const chinese = /[\u3400-\u9fff\uff01-\uff5e\u3001-\u3011]/;
    const outside = (element: Element | null) => !element?.closest('[lang="zh-CN"]');
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (parent?.closest('script, style, template') || !chinese.test(node.textContent ?? '')) continue;
      if (outside(parent)) found.push((node.textContent ?? '').trim().slice(0, 60));
    }
    for (const element of document.querySelectorAll('[aria-label], [title], [alt], [placeholder]')) {
      for (const name of ['aria-label', 'title', 'alt', 'placeholder']) {
        const value = element.getAttribute(name);
        if (value && chinese.test(value) && outside(element)) found.push(`${name}="${value.slice(0, 60)}"`);
      }
    }
    if (chinese.test(document.title)) found.push(`<title>${document.title}`);
    return found;
  });

const contentHeight = (frame: Frame) =>
  frame.evaluate(() => Math.ceil(document.querySelector('[data-embed-root]')!.getBoundingClientRect().height));
const noErrors = (problems: PageProblems) => {
  expect(problems.consoleErrors.filter((error) => !error.includes('/favicon.ico'))).toEqual([]);
  expect(problems.foreignRequests).toEqual([]);
};

async function frameOf(page: Page, selector: string): Promise<Frame> {
  const frame = (await (await page.locator(selector).elementHandle())!.contentFrame())!;
  await frame.waitForSelector('[data-embed-root]');
  return frame;
}

describe('English embeds on another site', () => {
  test('every English embed, pasted with /embed.js on a dark page: English, dark, fitted, no errors', async () => {
    const { context, problems } = await newCheckedContext(browser(), { viewport: { width: 600, height: 900 } });
    const page = await context.newPage();
    const body = charts
      .map((entry, index) =>
        iframeCode({ ...embedCodeInput(entry, pageUrl('/')), search: '?theme=dark' }).replace(
          'data-jincheng-embed',
          `data-jincheng-embed id="frame-${index}"`,
        ),
      )
      .join('\n');
    await page.goto(host().page('english-dark', `<div style="background:#111;color:#eee">${body}</div>`), { waitUntil: 'load' });
    for (const [index, entry] of charts.entries()) {
      const selector = `#frame-${index}`;
      // The code's frames load lazily: bring each into view first.
      await page.locator(selector).scrollIntoViewIfNeeded();
      const frame = await frameOf(page, selector);
      expect(new URL(frame.url()).pathname, entry.slug).toMatch(new RegExp(`/en/embed/${entry.slug}/$`));
      expect(await frame.evaluate(() => [document.documentElement.lang, document.documentElement.dataset.theme]), entry.slug).toEqual([
        'en',
        'dark',
      ]);
      expect(await frame.locator('h1').textContent(), entry.slug).toBe(entry.title);
      await expect
        .poll(
          async () =>
            Math.abs(
              (await page.locator(selector).evaluate((element) => element.getBoundingClientRect().height)) - (await contentHeight(frame)),
            ),
          { timeout: 15_000 },
        )
        .toBeLessThanOrEqual(2);
      expect(await strayChinese(frame), `${entry.slug}: Chinese outside lang="zh-CN"`).toEqual([]);
    }
    noErrors(problems);
    await context.close();
  });

  test('the real Pym.js fits the English treemap; axe finds nothing, host page and frame', async () => {
    const { context, problems } = await newCheckedContext(browser(), { viewport: { width: 375, height: 800 } });
    const page = await context.newPage();
    const pym = pymCode({ ...embedCodeInput(chart('treemap'), pageUrl('/')), search: '?theme=dark' }).replace(
      `<script src="${PYM_SCRIPT_URL}"></script>`,
      '',
    );
    await page.goto(host().page('english-pym', `${pym}<script>${PYM_SOURCE}</script>`), { waitUntil: 'load' });
    const frame = await frameOf(page, '[data-pym-src] iframe');
    await frame.waitForSelector('[data-treemap-ready]');
    expect(new URL(frame.url()).pathname).toMatch(/\/en\/embed\/treemap\/$/);
    await expect
      .poll(
        async () =>
          Math.abs(
            (await page.locator('[data-pym-src] iframe').evaluate((element) => element.getBoundingClientRect().height)) -
              (await contentHeight(frame)),
          ),
        { timeout: 15_000 },
      )
      .toBeLessThanOrEqual(2);
    expect(await axeViolations(page), 'axe, host page with the English embed').toEqual([]);
    noErrors(problems);
    await context.close();
  });

  test.each(charts.map((entry) => [entry.slug] as const))('/en/embed/%s/ on its own, dark: axe zero, English only', async (slug) => {
    const { context, problems } = await newCheckedContext(browser(), { viewport: { width: 375, height: 800 }, locale: 'en-GB' });
    const page = await context.newPage();
    const response = await gotoSettled(page, pageUrl(`/en/embed/${slug}/?theme=dark`));
    expect(response?.status()).toBe(200);
    expect(await axeViolations(page)).toEqual([]);
    expect(await strayChinese(page)).toEqual([]);
    noErrors(problems);
    await context.close();
  });
});

describe('the English embedding instructions', () => {
  test('/en/embed/ gives every English embed’s code, passes axe and has no stray Chinese', async () => {
    const { context, problems } = await newCheckedContext(browser(), { viewport: { width: 375, height: 800 }, locale: 'en-GB' });
    const page = await context.newPage();
    await gotoSettled(page, pageUrl('/en/embed/'));
    for (const entry of charts) {
      expect(await page.locator(`#${entry.slug} pre[data-doc-code="iframe"]`).textContent(), entry.slug).toBe(
        iframeCode(embedCodeInput(entry, await publishedRoot(page))),
      );
    }
    expect(await axeViolations(page)).toEqual([]);
    expect(await strayChinese(page)).toEqual([]);
    noErrors(problems);
    await context.close();
  });
});

describe('the Embed dialog on an English page', () => {
  test('gives the English embed’s code, in English, and passes axe', async () => {
    const { context, problems } = await newCheckedContext(browser(), { viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
    const page = await context.newPage();
    await gotoSettled(page, pageUrl('/en/treemap/'));
    const oembed = await page.locator('link[rel="alternate"][type="application/json+oembed"]').getAttribute('href');
    expect(oembed).toMatch(/\/en\/embed\/treemap\/oembed\.json$/);
    const opener = page.locator('[data-embed-open="embed-dialog-treemap"]');
    expect(await opener.textContent()).toBe('Embed');
    await opener.click();
    const dialog = page.locator('#embed-dialog-treemap');
    await expect.poll(() => dialog.evaluate((element) => (element as HTMLDialogElement).open)).toBe(true);
    const code = await page.locator('#embed-dialog-treemap-iframe').inputValue();
    expect(code).toContain('/en/embed/treemap/');
    expect(code).toContain(`title="${chart('treemap').title}"`);
    expect(await dialog.locator('h2').textContent()).toBe(`Embed “${chart('treemap').title}”`);
    expect(await axeViolations(page), 'axe with the dialog open').toEqual([]);
    expect(await strayChinese(page), 'Chinese outside lang="zh-CN" on the page with the dialog open').toEqual([]);
    noErrors(problems);
    await context.close();
  });
});

describe('the Download menu on an English page', () => {
  test('draws the English branch chart as SVG, in English with the English source line, and says so in English', async () => {
    const { context, problems } = await newCheckedContext(browser(), {
      viewport: { width: 1280, height: 900 },
      locale: 'en-GB',
      acceptDownloads: true,
    });
    const page = await context.newPage();
    await gotoSettled(page, pageUrl('/en/branches/zezhou/'));
    const menu = page.locator('details[data-download-menu][data-slug="branch-zezhou"]');
    await menu.locator('summary').click();
    expect(await menu.locator('summary').textContent()).toMatch(/^Download/);
    const [download] = await Promise.all([page.waitForEvent('download'), menu.locator('button[data-download="svg"]').click()]);
    const svg = await readFile((await download.path())!, 'utf8');
    // The title's opening words (an apostrophe later in it may be written as an entity).
    expect(svg).toContain(chart('branch-zezhou').title.slice(0, 20));
    expect(svg).toContain('Source: the 2024 departmental budget report');
    expect(svg.replace(/<style[\s\S]*?<\/style>/g, '')).not.toMatch(/[\u3400-\u9fff]/);
    await expect.poll(() => menu.locator('[data-download-status]').textContent()).toMatch(/^Downloaded /);
    noErrors(problems);
    await context.close();
  });
});
