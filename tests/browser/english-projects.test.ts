/** The English project index, a few English project pages and the English data page in Chromium: axe, layout, the index's controls. */
import { describe, expect, test } from 'vitest';
import { axeViolations, hasHorizontalOverflow, newCheckedContext, screenshot } from './support/browser';
import { expectReadableAt, useBrowser } from './support/pages';
import { pageUrl, slugForScreenshot } from './support/site';
import { getBudget } from '../../src/lib/budget';

const budget = getBudget();
const browser = useBrowser();

describe('English pages: no axe violations, no sideways scrolling on a phone', () => {
  test.each(['/en/projects/central-air-fund-2022-2023/', '/en/projects/zezhou-wetlands/', '/en/projects/eia-permit-support/', '/en/data/'])(
    '%s',
    async (path) => {
      const { context, problems } = await newCheckedContext(browser(), { viewport: { width: 375, height: 900 } });
      const page = await context.newPage();
      await page.goto(pageUrl(path), { waitUntil: 'networkidle' });
      await expectReadableAt(page, slugForScreenshot(path), [375, 1280]);
      expect(problems.consoleErrors).toEqual([]);
      expect(problems.foreignRequests).toEqual([]);
      await context.close();
    },
  );
});

describe('the English project index', () => {
  test('sorts, filters and announces the row count in English', async () => {
    const { context, problems } = await newCheckedContext(browser(), { viewport: { width: 375, height: 900 } });
    const page = await context.newPage();
    await page.goto(pageUrl('/en/projects/'), { waitUntil: 'networkidle' });
    const status = page.getByRole('status');
    await page.getByLabel('Filter by budget unit').selectOption('zezhou');
    const zezhou = budget.projects.filter((project) => project.unit_id === 'zezhou');
    expect(await page.locator('tbody tr:visible').count()).toBe(zezhou.length);
    expect(await status.textContent()).toBe(`Showing ${zezhou.length} of ${budget.projects.length} projects`);
    await page.getByLabel('Filter by budget unit').selectOption('');
    expect(await status.textContent()).toBe(`Showing all ${budget.projects.length} projects`);

    const amountHeader = page.locator('thead th[data-sort-key="amount"]');
    await amountHeader.getByRole('button').click();
    expect(await amountHeader.getAttribute('aria-sort')).toBe('ascending');
    const smallest = [...budget.projects].sort((a, b) => a.amount - b.amount)[0]!;
    expect(await page.locator('tbody tr').first().getAttribute('data-project')).toBe(smallest.id);

    expect(await hasHorizontalOverflow(page)).toBe(false);
    await screenshot(page, 'en-projects-375');
    expect(await axeViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 1280, height: 900 });
    await screenshot(page, 'en-projects-1280');
    expect(await axeViolations(page)).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    await context.close();
  });
});
