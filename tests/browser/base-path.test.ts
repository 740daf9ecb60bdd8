import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { inject } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, newCheckedContext, gotoSettled } from './support/browser';
import { pageUrl, sitemapPaths } from './support/site';
import { startHostServer } from './support/hostPage';
import { getBudget } from '../../src/lib/budget';
import { embedCharts } from '../../src/lib/embed/charts';
import { iframeCode } from '../../src/lib/embed/code';

// The site published under a sub-path, as newsrooms and schools host it. Build and run with the same base:
//   BASE=/jincheng-budget/ npx astro build --outDir /tmp/base-dist
//   BASE=/jincheng-budget/ DIST_DIR=/tmp/base-dist npx vitest run --config vitest.browser.config.ts tests/browser/base-path.test.ts
const base = inject('base');
const origin = inject('origin');
const underSubPath = base !== '/';

let browser: Browser;
beforeAll(async () => {
  if (underSubPath) browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Moving on to the next page aborts requests still in flight (the icon, a prefetched level): fetch those again. */
async function stillFailing(failedRequests: string[]): Promise<string[]> {
  const failed: string[] = [];
  for (const entry of failedRequests) {
    const aborted = /^(.*): net::ERR_ABORTED$/.exec(entry);
    if (!aborted || (await fetch(aborted[1]!)).status !== 200) failed.push(entry);
  }
  return failed;
}

describe.skipIf(!underSubPath)(`the site served under ${base}`, () => {
  const paths = underSubPath ? sitemapPaths() : [];
  const links = new Set<string>();

  test('every page loads every asset from under the base, with no failed request and no console error', async () => {
    const failures: string[] = [];
    const { context, problems } = await newCheckedContext(browser, { viewport: { width: 375, height: 812 } });
    const page = await context.newPage();
    for (const path of paths) {
      const response = await page.goto(pageUrl(path), { waitUntil: 'load' });
      if (response?.status() !== 200) failures.push(`${path}: HTTP ${response?.status()}`);
      const pageLinks = await page
        .locator('a[href]')
        .evaluateAll((anchors) => anchors.map((anchor) => new URL(anchor.getAttribute('href')!, document.baseURI).href));
      for (const href of pageLinks) if (href.startsWith('http://127.0.0.1')) links.add(href.split('#')[0]!);
      const assets = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name));
      for (const asset of assets)
        if (asset.startsWith('http://127.0.0.1') && !new URL(asset).pathname.startsWith(base))
          failures.push(`${path}: asset outside base ${asset}`);
    }
    await context.close();
    expect(failures).toEqual([]);
    expect(await stillFailing(problems.failedRequests), 'failed requests').toEqual([]);
    expect(problems.consoleErrors, 'console errors (incl. CSP violations)').toEqual([]);
    expect(problems.foreignRequests).toEqual([]);
  });

  test('every internal link on every page stays under the base and resolves', async () => {
    expect(links.size).toBeGreaterThan(50);
    const broken: string[] = [];
    for (const link of links) {
      const url = new URL(link);
      if (url.origin !== origin) continue;
      if (!url.pathname.startsWith(base)) {
        broken.push(`${link} is outside ${base}`);
        continue;
      }
      const response = await fetch(link);
      if (response.status !== 200) broken.push(`${link}: HTTP ${response.status}`);
    }
    expect(broken).toEqual([]);
  });

  test('the CSV downloads are real CSV files under the base', async () => {
    const csvLinks = [...links].filter((link) => new URL(link).pathname.endsWith('.csv'));
    // Each chart's data (下载 menu) is a CSV with Chinese headers and a BOM, for Excel.
    const chartCsvLinks = csvLinks.filter((link) => /\/embed\/[^/]+\/data\.csv$/.test(new URL(link).pathname));
    expect(chartCsvLinks.length, 'chart CSV links').toBeGreaterThan(5);
    for (const link of chartCsvLinks) {
      expect(new URL(link).pathname.startsWith(`${base}embed/`), link).toBe(true);
      const response = await fetch(link);
      expect(response.status, link).toBe(200);
      expect(
        Buffer.from(await response.arrayBuffer())
          .subarray(0, 3)
          .toString('hex'),
        `${link} starts with a BOM`,
      ).toBe('efbbbf');
    }
    const datasetLinks = csvLinks.filter((link) => !chartCsvLinks.includes(link));
    expect(datasetLinks.length, 'CSV download links').toBeGreaterThan(5);
    for (const link of datasetLinks) {
      expect(new URL(link).pathname.startsWith(`${base}data/`), link).toBe(true);
      const response = await fetch(link);
      expect(response.status, link).toBe(200);
      const text = await response.text();
      expect(text.split('\n')[0], `${link} starts with a header row`).toMatch(/^[a-z_]+(,[a-z_0-9]+)+\r?$/);
    }
  });

  test('zooming the treemap and opening every Sankey project keep the reader under the base', async () => {
    const { context, problems } = await newCheckedContext(browser, { viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    await page.goto(pageUrl('/treemap/'));
    await page.locator('[data-treemap-ready]').first().waitFor({ state: 'attached' });
    const tile = page.locator('a.tm-tile[data-zoom]:visible').first();
    const level = (await tile.getAttribute('data-node'))!;
    await tile.click();
    // The level is fetched from its page under the base and shown in place.
    await page.locator(`.tm-layer[data-level="${level}"]:visible`).waitFor();
    expect(new URL(page.url()).pathname.startsWith(base)).toBe(true);
    expect(new URL(page.url()).searchParams.get('node')).toBe(level);
    expect(fetched).toContain(`${base}treemap/levels/function/${level}/`);
    // A deep link to a level two steps down works under the base too.
    const deeper = (await page.locator(`.tm-layer[data-level="${level}"] a.tm-tile[data-zoom]`).first().getAttribute('data-node'))!;
    await page.goto(pageUrl(`/treemap/?node=${deeper}`));
    await page.locator(`.tm-layer[data-level="${deeper}"]:visible`).waitFor();
    // And the Sankey's 项 level and panel text.
    await page.goto(pageUrl('/flow/'));
    await page.locator('[data-flow-controls]:not([hidden])').first().waitFor();
    await page.getByLabel('项级').check();
    await page.locator('#flow-table-xiang').waitFor({ state: 'attached' });
    await page.locator('[data-flow-canvas] [data-key]').first().focus();
    await page.locator('[data-flow-panel-body]:not([hidden])').waitFor();
    expect(fetched).toContain(`${base}flow/details/xiang/`);
    expect(fetched).toContain(`${base}flow/panel.json`);
    await page.goto(pageUrl('/flow/'));
    await page.locator('[data-flow-controls]:not([hidden])').first().waitFor();
    await page.locator('[data-flow-all]').first().check();
    await page.waitForLoadState('networkidle');
    await context.close();
    expect(await stillFailing(problems.failedRequests), 'failed requests (e.g. Sankey variants fetched from the root)').toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
  });

  test('embeds, their code, /embed.js and oEmbed all live under the base', async () => {
    const charts = embedCharts(getBudget());
    const host = await startHostServer();
    const { context, problems } = await newCheckedContext(browser, { viewport: { width: 375, height: 812 } });
    const page = await context.newPage();
    for (const chart of charts) {
      const response = await gotoSettled(page, pageUrl(`/embed/${chart.slug}/`));
      expect(response?.status(), chart.slug).toBe(200);
    }
    await gotoSettled(page, pageUrl('/treemap/'));
    const oembed = await page.locator('link[rel="alternate"][type="application/json+oembed"]').getAttribute('href');
    expect(new URL(oembed!).pathname).toBe(`${base}embed/treemap/oembed.json`);
    await page.locator('[data-embed-open="embed-dialog-treemap"]').click();
    const code = await page.locator('#embed-dialog-treemap-iframe').inputValue();
    expect(code).toMatch(new RegExp(`src="https?://[^/]+${base}embed/treemap/"`));
    expect(code).toMatch(new RegExp(`src="https?://[^/]+${base}embed\\.js"`));

    // The same code, pointed at this server, resizes on another origin.
    const treemap = charts.find((chart) => chart.slug === 'treemap')!;
    await page.goto(
      host.page(
        'base',
        iframeCode({ slug: treemap.slug, title: treemap.title, initialHeight: treemap.initialHeight, siteRoot: pageUrl('/') }),
      ),
    );
    const frame = await (await page.locator('iframe').elementHandle())!.contentFrame();
    await frame!.waitForSelector('[data-embed-root]');
    await expect
      .poll(
        async () => {
          const outer = await page.locator('iframe').evaluate((element) => Math.round(element.getBoundingClientRect().height));
          const inner = await frame!.evaluate(() => Math.ceil(document.querySelector('[data-embed-root]')!.getBoundingClientRect().height));
          return outer - inner;
        },
        { timeout: 15_000 },
      )
      .toBe(0);
    await context.close();
    await host.close();
    expect(await stillFailing(problems.failedRequests)).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
  });
});
