import { describe, expect, test } from 'vitest';
import { axeViolations, hasHorizontalOverflow, newCheckedContext, screenshot, gotoSettled, settled } from './support/browser';
import { useBrowser } from './support/pages';
import { pageUrl, slugForScreenshot } from './support/site';
import { getBudget } from '../../src/lib/budget';
import { distinctIndicators } from '../../src/lib/projects/indicators';
import { formatWan, formatWanNumber, formatYuan } from '../../src/lib/format';

const budget = getBudget();
const SAMPLE = [
  'chengqu-street-sprinkling',
  'zezhou-wetlands',
  'gaoping-outfall-survey',
  'rural-black-odorous-water',
  'survivor-allowance',
].filter((id) => budget.projects.some((project) => project.id === id));
function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const browser = useBrowser();

describe('every project has a page', () => {
  test(`all ${budget.projects.length} project pages respond with the project's name as heading`, async () => {
    const { context } = await newCheckedContext(browser());
    for (const project of budget.projects) {
      const response = await context.request.get(pageUrl(`/projects/${project.id}/`));
      expect(response.status(), project.id).toBe(200);
      const html = await response.text();
      expect(html, project.id).toMatch(new RegExp(`<h1[^>]*>${escapeRegExp(project.name.replace(/&/g, '&amp;'))}</h1>`));
    }
    await context.close();
  });
});

describe('project pages: figures equal the data', () => {
  test.each(SAMPLE)('%s', async (id) => {
    const project = budget.projects.find((entry) => entry.id === id)!;
    const { context, problems } = await newCheckedContext(browser(), { viewport: { width: 375, height: 900 } });
    const page = await context.newPage();
    await gotoSettled(page, pageUrl(`/projects/${id}/`));
    expect(await page.locator('main h1').textContent()).toBe(project.name);
    expect(await page.locator('[data-figure="amount"]').first().textContent()).toBe(formatWan(project.amount));
    expect(await page.locator('td[data-field="amount"]').textContent()).toBe(formatWanNumber(project.amount));

    // Period vs annual funds, where the sheet gives different figures: in 元, as the sheet prints them.
    if (
      project.period_total_yuan !== null &&
      project.annual_total_yuan !== null &&
      project.period_total_yuan !== project.annual_total_yuan
    ) {
      const text = await page.locator('main').innerText();
      expect(text).toContain(formatYuan(project.period_total_yuan));
      expect(text).toContain(formatYuan(project.annual_total_yuan));
    }

    // Every indicator, grouped by level, with its source line.
    const indicators = distinctIndicators(budget.indicators.filter((indicator) => indicator.project_id === id));
    expect(await page.locator('table.indicators tbody tr').count()).toBe(indicators.length);
    for (const level of new Set(indicators.map((indicator) => indicator.level1))) {
      expect(await page.locator(`table.indicators[data-level="${level}"]`).count(), level).toBe(1);
    }

    // Links to its place in the treemap and the Sankey, and the basis of its functional code.
    // Each lands on the chart with this project picked (?highlight=).
    expect(await page.locator(`a[href$="/treemap/?node=${project.function_code}&highlight=p-${id}"]`).count()).toBe(1);
    expect(await page.locator(`a[href$="/flow/?highlight=project%3A${id}"]`).count()).toBe(1);
    expect(await page.locator('a[href$="/methodology/#function-basis"]').count()).toBe(1);
    expect(await page.locator('main').innerText()).toContain(`原文第${project.source_line}行`);

    expect(await hasHorizontalOverflow(page), 'horizontal scrolling at 375 px').toBe(false);
    await screenshot(page, `${slugForScreenshot(`/projects/${id}/`)}-375`);
    expect(await axeViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 1280, height: 900 });
    await screenshot(page, `${slugForScreenshot(`/projects/${id}/`)}-1280`);
    expect(await axeViolations(page)).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.foreignRequests).toEqual([]);
    await context.close();
  });
});

describe('the project index', () => {
  test('lists every project without JavaScript', async () => {
    const { context } = await newCheckedContext(browser(), { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(pageUrl('/projects/'));
    expect(await page.locator('tbody tr').count()).toBe(budget.projects.length);
    expect(await page.locator('[data-controls]').isVisible()).toBe(false);
    await context.close();
  });

  test('sorts by a column with the keyboard and says so with aria-sort', async () => {
    const { context, problems } = await newCheckedContext(browser(), { viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await gotoSettled(page, pageUrl('/projects/'));
    const amountHeader = page.locator('thead th[data-sort-key="amount"]');
    expect(await amountHeader.getAttribute('aria-sort')).toBe('descending');
    const button = amountHeader.getByRole('button');
    await button.focus();
    await page.keyboard.press('Enter');
    expect(await amountHeader.getAttribute('aria-sort')).toBe('ascending');
    const smallest = [...budget.projects].sort((a, b) => a.amount - b.amount)[0]!;
    expect(await page.locator('tbody tr').first().getAttribute('data-project')).toBe(smallest.id);

    const nameHeader = page.locator('thead th[data-sort-key="name"]');
    await nameHeader.getByRole('button').focus();
    await page.keyboard.press('Space');
    expect(await nameHeader.getAttribute('aria-sort')).toBe('ascending');
    expect(await amountHeader.getAttribute('aria-sort')).toBeNull();
    expect(problems.consoleErrors).toEqual([]);
    await context.close();
  });

  test('filters by unit and theme, and announces the row count', async () => {
    const { context } = await newCheckedContext(browser(), { viewport: { width: 375, height: 900 } });
    const page = await context.newPage();
    await gotoSettled(page, pageUrl('/projects/'));
    const status = page.getByRole('status');
    await page.getByLabel('按单位筛选').selectOption('zezhou');
    const zezhou = budget.projects.filter((project) => project.unit_id === 'zezhou');
    expect(await page.locator('tbody tr:visible').count()).toBe(zezhou.length);
    expect(await status.textContent()).toBe(`显示${zezhou.length}个项目（共${budget.projects.length}个）`);
    const theme = zezhou[0]!.theme;
    await page.getByLabel('按主题筛选').selectOption(theme);
    const both = zezhou.filter((project) => project.theme === theme);
    expect(await page.locator('tbody tr:visible').count()).toBe(both.length);
    await page.getByLabel('按单位筛选').selectOption('');
    await page.getByLabel('按主题筛选').selectOption('');
    expect(await status.textContent()).toBe(`显示全部${budget.projects.length}个项目`);
    expect(await hasHorizontalOverflow(page)).toBe(false);
    await screenshot(page, 'projects-375');
    expect(await axeViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 1280, height: 900 });
    await screenshot(page, 'projects-1280');
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});

describe('wide tables on phones', () => {
  test('at 375 px every project card shows its name and amount with no sideways scrolling', async () => {
    const { context, problems } = await newCheckedContext(browser(), {
      viewport: { width: 375, height: 812 },
      hasTouch: true,
      isMobile: true,
    });
    const page = await context.newPage();
    await gotoSettled(page, pageUrl('/projects/'));
    expect(await hasHorizontalOverflow(page)).toBe(false);
    const region = page.locator('[data-project-index] .scroll-region');
    expect(await region.evaluate((element) => element.scrollWidth <= element.clientWidth + 1)).toBe(true);
    const cards = await page.locator('[data-project-index] tbody tr').evaluateAll((rows) =>
      rows.map((row) => {
        const name = row.querySelector('th')!.getBoundingClientRect();
        const amount = row.querySelector('td.amount')!.getBoundingClientRect();
        return { name: name.right, amount: amount.right, text: row.querySelector('td.amount')!.textContent };
      }),
    );
    expect(cards).toHaveLength(budget.projects.length);
    for (const card of cards) {
      expect(card.name).toBeLessThanOrEqual(375);
      expect(card.amount).toBeLessThanOrEqual(375);
    }
    expect(cards.map((card) => card.text)).toContain(formatWanNumber(budget.projects[0]!.amount));
    await screenshot(page, 'projects-cards-375');
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
    await context.close();
  });

  test('at 375 px the branch-by-theme table stacks too', async () => {
    const { context } = await newCheckedContext(browser(), { viewport: { width: 375, height: 812 } });
    const page = await context.newPage();
    await gotoSettled(page, pageUrl('/branches/'));
    const table = page.locator('.theme-table');
    const width = await table.evaluate((element) => element.getBoundingClientRect().right);
    expect(width).toBeLessThanOrEqual(375);
    expect(await hasHorizontalOverflow(page)).toBe(false);
    await context.close();
  });

  test('at 1280 px the full table stays a table', async () => {
    const { context } = await newCheckedContext(browser(), { viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await gotoSettled(page, pageUrl('/projects/'));
    expect(await page.locator('[data-project-index] table').evaluate((element) => getComputedStyle(element).display)).toBe('table');
    expect(await page.locator('[data-project-index] thead th').count()).toBe(6);
    await context.close();
  });
});

describe('links that land', () => {
  test('在资金流向图中查看 opens /flow/ with the project highlighted and in view', async () => {
    const project = budget.projects.find((entry) => entry.id === 'rural-black-odorous-water') ?? budget.projects[0]!;
    const { context, problems } = await newCheckedContext(browser(), { viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await gotoSettled(page, pageUrl(`/projects/${project.id}/`));
    await Promise.all([page.waitForURL(/\/flow\//), page.getByRole('link', { name: '在资金流向图中查看' }).click()]);
    await settled(page);
    const node = page.locator(`[data-flow-canvas] svg:visible [data-key="project:${project.id}"]`);
    await expect.poll(() => node.evaluate((element) => element.classList.contains('is-lit'))).toBe(true);
    const box = (await node.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(900);
    await expect.poll(() => page.locator('[data-flow-panel]').innerText()).toContain(project.name);
    expect(problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
    await context.close();
  });
});
