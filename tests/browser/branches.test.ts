import { describe, expect, test } from 'vitest';
import { newCheckedContext, gotoSettled } from './support/browser';
import { expectReadableAt, openChecked, useBrowser } from './support/pages';
import { pageUrl, slugForScreenshot } from './support/site';
import { getBudget } from '../../src/lib/budget';
import { branchOverview } from '../../src/lib/branches/summary';
import { formatShare, formatWan, formatWanNumber } from '../../src/lib/format';

const overview = branchOverview(getBudget());
const branchPaths = overview.branches.map((branch) => `/branches/${branch.id}/`);
const browser = useBrowser();

const open = (path: string, width = 375) => openChecked(browser(), path, { viewport: { width, height: 900 } });

describe('branch pages: a person on a phone and on a desktop', () => {
  test.each(['/branches/', ...branchPaths])('%s reads well at 375 px and 1280 px', async (path) => {
    const { page, problems, close } = await open(path);
    expect(await page.locator('main h1').count()).toBe(1);
    await expectReadableAt(page, slugForScreenshot(path), [375, 1280]);
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.failedRequests).toEqual([]);
    expect(problems.foreignRequests).toEqual([]);
    await close();
  });
});

describe('the locator map', () => {
  test('shows all six areas with visible names, each linking to its branch page', async () => {
    const { page, close } = await open('/branches/', 1280);
    const map = page.locator('.branch-map svg');
    await expect.poll(() => map.getAttribute('aria-label')).toMatch(/地图/);
    const areas = map.locator('a.area');
    expect(await areas.count()).toBe(overview.branches.length);
    for (const branch of overview.branches) {
      const link = map.locator(`a.area[href$="/branches/${branch.id}/"]`);
      expect(await link.count(), branch.id).toBe(1);
      const label = map.locator(`.area-labels text[data-branch="${branch.id}"]`);
      expect((await label.locator('tspan').first().textContent())?.trim(), branch.id).toBe(branch.county);
      expect((await label.locator('tspan.amount').textContent())?.trim(), branch.id).toBe(formatWanNumber(branch.total));
      expect(await link.getAttribute('aria-label'), branch.id).toContain(formatWan(branch.total));
      expect(await label.isVisible()).toBe(true);
    }
    // The list alternative has the same links.
    for (const branch of overview.branches) {
      expect(await page.locator(`.area-list a[href$="/branches/${branch.id}/"]`).count()).toBe(1);
    }
    await close();
  });

  test('shades each area by its branch project budget: more money, darker; the legend gives the amounts', async () => {
    const { page, close } = await open('/branches/', 375);
    const shades = await page.locator('.branch-map svg a.area').evaluateAll((links) =>
      links.map((link) => {
        const [r, g, b] = getComputedStyle(link.querySelector('path')!).fill.match(/\d+/g)!.map(Number) as [number, number, number];
        return { href: link.getAttribute('href')!, lightness: 0.2126 * r + 0.7152 * g + 0.0722 * b };
      }),
    );
    const byAmount = [...overview.branches].sort((a, b) => a.total - b.total);
    const lightness = byAmount.map((branch) => shades.find((shade) => shade.href.endsWith(`/branches/${branch.id}/`))!.lightness);
    for (let index = 1; index < lightness.length; index += 1)
      expect(lightness[index]!, byAmount[index]!.id).toBeLessThanOrEqual(lightness[index - 1]!);
    expect(lightness.at(-1)!).toBeLessThan(lightness[0]!);
    const legend = await page.locator('.branch-map .map-legend').innerText();
    expect(legend).toContain('万元');
    expect(legend).toMatch(/0–\d/);
    await close();
  });

  test('a tap on an area opens its branch page', async () => {
    const { context } = await newCheckedContext(browser(), { viewport: { width: 375, height: 800 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await gotoSettled(page, pageUrl('/branches/'));
    const area = page.locator('.branch-map svg a.area[href$="/branches/zezhou/"]');
    await area.scrollIntoViewIfNeeded();
    const box = (await area.locator('path').boundingBox())!;
    await Promise.all([
      page.waitForURL((url) => url.pathname.endsWith('/branches/zezhou/')),
      page.touchscreen.tap(box.x + box.width / 2, box.y + box.height * 0.75),
    ]);
    await context.close();
  });

  test('each area link leads to a page that exists', async () => {
    const { page, close } = await open('/branches/', 1280);
    const hrefs = await page.locator('.branch-map svg a.area').evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
    for (const href of hrefs) {
      const response = await page.request.get(new URL(href, page.url()).href);
      expect(response.status(), href).toBe(200);
    }
    await close();
  });

  test('can be used with the keyboard: Tab reaches an area, Enter opens its page', async () => {
    const { page, close } = await open('/branches/', 1280);
    const first = page.locator('.branch-map svg a.area').first();
    const target = await first.getAttribute('href');
    for (let step = 0; step < 60; step += 1) {
      await page.keyboard.press('Tab');
      if (await first.evaluate((element) => element === document.activeElement)) break;
    }
    expect(await first.evaluate((element) => element === document.activeElement), 'first map area focused by Tab').toBe(true);
    const strokeWidth = await first.locator('path').evaluate((path) => getComputedStyle(path).strokeWidth);
    expect(parseFloat(strokeWidth), 'visible focus outline on the area').toBeGreaterThanOrEqual(3);
    await Promise.all([page.waitForURL((url) => url.pathname.endsWith(target!)), page.keyboard.press('Enter')]);
    await close();
  });
});

describe('figures on branch pages equal the data', () => {
  test.each(overview.branches.map((branch) => [branch.id, branch] as const))('%s', async (_id, branch) => {
    const { page, close } = await open(`/branches/${branch.id}/`, 1280);
    const figures = page.locator('.key-figures dd');
    expect(await figures.nth(0).textContent()).toBe(formatWan(branch.total));
    expect(await figures.nth(1).textContent()).toBe(formatShare(branch.total, overview.total));
    expect(await figures.nth(2).textContent()).toBe(`第${branch.rank}位`);
    // The narrative's own <Amount unit=…> figure carries the same value.
    const unitAmount = page.locator('article [data-figure="amount"]').first();
    expect(await unitAmount.textContent()).toBe(formatWan(branch.total));
    // Figures sit in the sentence without stray spaces (“1,778.96万元，”, not “1,778.96万元 ，”).
    expect(await page.locator('article').innerText()).not.toMatch(/[\S] [，。；、）％%个位项]/u);
    // Every project of the branch is explained and charted, largest first.
    const headings = await page.locator('article h3.project-heading').allTextContents();
    expect(headings.map((text) => text.trim()).sort()).toEqual(branch.projects.map((project) => project.name).sort());
    const tableNames = await page.locator('.projects-chart tbody th').allTextContents();
    expect(tableNames.map((text) => text.trim())).toEqual(branch.projects.map((project) => project.name));
    await close();
  });
});

describe('without JavaScript', () => {
  test.each(['/branches/', ...branchPaths])('%s still has its story, charts and tables', async (path) => {
    const { context } = await newCheckedContext(browser(), { javaScriptEnabled: false, viewport: { width: 375, height: 900 } });
    const page = await context.newPage();
    await page.goto(pageUrl(path));
    expect((await page.locator('main').innerText()).length).toBeGreaterThan(600);
    expect(await page.locator('main table').count()).toBeGreaterThan(0);
    expect(await page.locator('main svg').count()).toBeGreaterThan(0);
    await context.close();
  });
});
