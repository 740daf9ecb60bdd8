/**
 * A branch embed sits in a journalist's article, mostly read on phones. Its data table of the
 * branch's projects (project, theme, amount, share) must show every amount at 375 px without a
 * sideways scroll, in both languages; the Chinese table fits whole. (An English table may scroll by
 * a few pixels: a long word such as "environmental" can't break, and Chromium has no hyphenation
 * dictionary here, so the share column may need the scroll.)
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { gotoSettled, launchBrowser, newCheckedContext, type PageProblems } from './support/browser';
import { pageUrl } from './support/site';
import { getBudget } from '../../src/lib/budget';
import { branchOverview } from '../../src/lib/branches/summary';

const branches = branchOverview(getBudget()).branches.map((branch) => branch.id);
const paths = branches.flatMap((id) => [`/embed/branch-${id}/`, `/en/embed/branch-${id}/`]);

let browser: Browser;
let context: BrowserContext;
let problems: PageProblems;

beforeAll(async () => {
  browser = await launchBrowser();
  ({ context, problems } = await newCheckedContext(browser, { viewport: { width: 375, height: 812 } }));
});
afterAll(async () => {
  await browser?.close();
});

describe('branch embeds at 375 px', () => {
  test.each(paths)('%s: the projects table shows every amount without scrolling sideways', async (path) => {
    const page = await context.newPage();
    await gotoSettled(page, pageUrl(path));
    const regions = await page.$$eval('.scroll-region', (elements) =>
      elements.map((element) => {
        const box = element.getBoundingClientRect();
        const amounts = [...element.querySelectorAll('tbody td.num:nth-child(3)')].map((cell) => cell.getBoundingClientRect());
        return {
          name: element.getAttribute('aria-label'),
          scroll: element.scrollWidth,
          width: element.clientWidth,
          amounts: amounts.length,
          amountsInView: amounts.every((cell) => cell.left >= box.left && cell.right <= box.right),
        };
      }),
    );
    expect(regions.length, 'the embed has its data table').toBe(1);
    for (const region of regions) {
      expect(region.amounts, `${region.name}: amounts`).toBeGreaterThan(0);
      expect(region.amountsInView, `${region.name}: every amount in view`).toBe(true);
      if (!path.startsWith('/en/')) expect(region.scroll, `${region.name}: fits whole`).toBeLessThanOrEqual(region.width);
    }
    await page.close();
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.failedRequests).toEqual([]);
  });
});
