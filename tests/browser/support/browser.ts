import { mkdirSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { CHROMIUM_ARGS, findChromium } from '../../../scripts/ensure-chromium.mjs';
import { countPage, counts } from './counts';

export { CHROMIUM_ARGS };

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export async function launchBrowser(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium found: run `node scripts/ensure-chromium.mjs`.');
  return chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
}

export interface PageProblems {
  consoleErrors: string[];
  failedRequests: string[];
  foreignRequests: string[];
}

/**
 * A context that blocks and records any request to a host other than 127.0.0.1,
 * so a stray CDN or analytics call fails the test instead of leaving the machine.
 */
export async function newCheckedContext(
  browser: Browser,
  options: BrowserContextOptions = {},
): Promise<{ context: BrowserContext; problems: PageProblems }> {
  const context = await browser.newContext({ locale: 'zh-CN', ...options });
  const problems: PageProblems = { consoleErrors: [], failedRequests: [], foreignRequests: [] };
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (route.request().isNavigationRequest()) countPage(url.href);
    if (url.protocol === 'data:' || url.protocol === 'blob:' || url.hostname === '127.0.0.1') return route.continue();
    problems.foreignRequests.push(url.href);
    return route.abort('blockedbyclient');
  });
  context.on('console', (message) => {
    if (message.type() === 'error') problems.consoleErrors.push(`${message.location().url}: ${message.text()}`);
  });
  context.on('weberror', (error) => problems.consoleErrors.push(`uncaught: ${error.error().message}`));
  context.on('requestfailed', (request) => {
    problems.failedRequests.push(`${request.url()}: ${request.failure()?.errorText ?? 'failed'}`);
  });
  context.on('response', (response) => {
    if (response.status() >= 400) problems.failedRequests.push(`${response.url()}: HTTP ${response.status()}`);
  });
  return { context, problems };
}

export async function axeViolations(page: Page, exclude: string[] = []) {
  let builder = new AxeBuilder({ page }).withTags(AXE_TAGS);
  for (const selector of exclude) builder = builder.exclude(selector);
  const results = await builder.analyze();
  counts.axeScans++;
  return results.violations.map((violation) => ({
    id: violation.id,
    impact: violation.impact,
    help: violation.help,
    targets: violation.nodes.slice(0, 5).map((node) => node.target.join(' ')),
  }));
}

export async function hasHorizontalOverflow(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1);
}

export const SCREENSHOT_DIR = 'screenshots';
/** Screenshots cost time on every page; they are taken only when asked for (SCREENSHOTS=1). */
export const SCREENSHOTS = process.env.SCREENSHOTS === '1';

export async function screenshot(page: Page, name: string): Promise<void> {
  if (!SCREENSHOTS) return;
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOT_DIR}/${name}.png`, fullPage: true });
}
