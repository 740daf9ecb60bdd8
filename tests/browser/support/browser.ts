import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { CHROMIUM_ARGS, findChromium } from '../../../scripts/ensure-chromium.mjs';
import { countPage, counts } from './counts';
import { navigationTracker } from './navigationAborts';

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
  const navigations = navigationTracker();
  context.on('request', (request) => navigations.started(request));
  context.on('requestfailed', (request) => {
    const error = request.failure()?.errorText ?? 'failed';
    // A request the old page still had in flight when the test navigated on (the favicon Chromium
    // asks for after load, say) is cancelled by the browser: not a broken request.
    if (navigations.cancelledByNavigation(request, error)) return;
    problems.failedRequests.push(`${request.url()}: ${error}`);
  });
  context.on('response', (response) => {
    if (response.status() >= 400) problems.failedRequests.push(`${response.url()}: HTTP ${response.status()}`);
  });
  context.on('page', trackRequests);
  if (options.javaScriptEnabled === false) scriptless.add(context);
  return { context, problems };
}

/** Contexts without JavaScript: no script of the page runs there, and no frame callback either. */
const scriptless = new WeakSet<BrowserContext>();

/** Requests each page of a checked context has started and not yet finished (see `settled`). */
const inFlight = new WeakMap<Page, number>();

/** Counts a page's requests in flight, for `settled` (pages of newCheckedContext are counted already). */
export function trackRequests(page: Page): void {
  inFlight.set(page, 0);
  const done = () => inFlight.set(page, Math.max(0, (inFlight.get(page) ?? 1) - 1));
  page.on('request', () => inFlight.set(page, (inFlight.get(page) ?? 0) + 1));
  page.on('requestfinished', done);
  page.on('requestfailed', done);
}

const nextFrames = () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));

/**
 * Waits until a page of a checked context has loaded, every request it started has finished, and
 * two frames have been drawn with none started since: what the page's own scripts do on load is
 * then done (without JavaScript, once the requests have finished). Unlike Playwright's "networkidle"
 * it does not sit out a fixed 500 ms on every page.
 */
export async function settled(page: Page, timeout = 30_000): Promise<void> {
  if (!inFlight.has(page)) throw new Error('settled() needs a page of newCheckedContext() or one passed to trackRequests()');
  const deadline = Date.now() + timeout;
  await page.waitForLoadState('load', { timeout });
  for (;;) {
    if (Date.now() > deadline) throw new Error(`${page.url()}: requests still running after ${timeout} ms`);
    if (inFlight.get(page) === 0) {
      if (scriptless.has(page.context())) return;
      await page.evaluate(nextFrames);
      if (inFlight.get(page) === 0) return;
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** page.goto, then `settled`: for a page of newCheckedContext(). */
export async function gotoSettled(page: Page, url: string) {
  const response = await page.goto(url, { waitUntil: 'load' });
  await settled(page);
  return response;
}

// The axe-core that @axe-core/playwright itself uses (a dependency of it, not of this project).
const axeCorePath = createRequire(createRequire(import.meta.url).resolve('@axe-core/playwright')).resolve('axe-core/axe.min.js');
const axeSource = readFileSync(axeCorePath, 'utf8');

/**
 * axe-core's violations (WCAG 2.2 AA tags) on the page as it is now. A page without frames is
 * scanned by axe.run in the page, axe injected once per document; a page with frames (an embed in
 * a host page, a preview) goes through AxeBuilder, which injects axe into every frame, other
 * origins included, and merges the results in a blank page: slower, but the only way to reach them.
 */
export async function axeViolations(page: Page) {
  const options = { runOnly: { type: 'tag' as const, values: AXE_TAGS }, resultTypes: ['violations' as const] };
  let violations: import('axe-core').Result[];
  if (page.frames().length > 1) {
    violations = (await new AxeBuilder({ page }).options(options).analyze()).violations;
  } else {
    if (!(await page.evaluate('typeof window.axe === "object"'))) await page.evaluate(axeSource);
    violations = await page.evaluate(
      async (runOptions) => (await (window as unknown as { axe: typeof import('axe-core') }).axe.run(document, runOptions)).violations,
      options,
    );
  }
  counts.axeScans++;
  return violations.map((violation) => ({
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
