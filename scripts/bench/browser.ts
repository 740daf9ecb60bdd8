import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../ensure-chromium.mjs';
import { serveStatic } from '../../tests/browser/support/server';

export interface BrowserCost {
  page: string;
  cpuSlowdown: number;
  /** ms from navigation start until the chart's script has made it interactive. */
  navigationToInteractiveMs: number;
  /** Longest main-thread task (Long Tasks API, ≥ 50 ms, else 0) from clicking until the transition settles. */
  longestTaskDuringZoomMs: number;
  interaction: string;
}

/** Charts and how to tell their script is ready, and what "zoom" means for each. */
const CHARTS = [
  {
    page: '/treemap/',
    ready: '[data-treemap-ready]',
    interaction: 'click the first zoomable tile',
    act: (page: Page) => page.locator('a.tm-tile[data-zoom]:visible').first().click(),
  },
  {
    page: '/flow/',
    ready: '[data-flow-controls]:not([hidden])',
    interaction: 'tick 显示全部 (redraws every ribbon)',
    act: (page: Page) => page.locator('[data-flow-all]').first().check(),
  },
];

async function longTasksDuring(page: Page, act: () => Promise<unknown>): Promise<number> {
  await page.evaluate(() => {
    const store = window as unknown as { __longest: number };
    store.__longest = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) store.__longest = Math.max(store.__longest, entry.duration);
    }).observe({ type: 'longtask' });
  });
  await act();
  await page.waitForTimeout(1500);
  return page.evaluate(() => Math.round((window as unknown as { __longest: number }).__longest));
}

/**
 * Navigation-to-interactive and the longest task during a zoom, in headless Chromium at a phone
 * viewport, unthrottled and with the CPU slowed 4× (roughly a mid-range phone).
 */
export async function benchBrowser(distDir: string, base = '/'): Promise<BrowserCost[]> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium: run `node scripts/ensure-chromium.mjs`.');
  const server = await serveStatic(distDir, base);
  const browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
  const results: BrowserCost[] = [];
  try {
    for (const cpuSlowdown of [1, 4]) {
      for (const chart of CHARTS) {
        const context = await browser.newContext({
          viewport: { width: 375, height: 800 },
          deviceScaleFactor: 2,
          locale: 'zh-CN',
          hasTouch: false,
        });
        const page = await context.newPage();
        const cdp = await context.newCDPSession(page);
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
        await page.goto(`${server.origin}${base.replace(/\/$/, '')}${chart.page}`, { waitUntil: 'commit' });
        await page.waitForSelector(chart.ready, { state: 'attached', timeout: 60_000 });
        const navigationToInteractiveMs = Math.round(
          await page.evaluate(() => {
            // The chart script marks itself ready synchronously when it runs; the load of the module is the cost.
            const entry = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((resource) =>
              resource.name.endsWith('.js'),
            );
            const scriptsDone = Math.max(0, ...entry.map((resource) => resource.responseEnd));
            const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
            return Math.max(scriptsDone, nav?.domContentLoadedEventEnd ?? 0);
          }),
        );
        await page.waitForLoadState('load');
        const longestTaskDuringZoomMs = await longTasksDuring(page, () => chart.act(page));
        results.push({ page: chart.page, cpuSlowdown, navigationToInteractiveMs, longestTaskDuringZoomMs, interaction: chart.interaction });
        await context.close();
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return results;
}
