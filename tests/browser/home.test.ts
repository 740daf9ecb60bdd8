import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, hasHorizontalOverflow, newCheckedContext, screenshot, gotoSettled } from './support/browser';
import { openChecked, useBrowser } from './support/pages';
import { pageUrl } from './support/site';

// The home page as a resident reads it, the phone header, the per-resident scale, the report's
// year-on-year changes and the dates, at 320, 375 and 1280 px. Expected figures are worked out
// here from the CSVs, not taken from the site's own code.
type Row = Record<string, string>;
const csv = (file: string) => Papa.parse<Row>(readFileSync(`data/${file}`, 'utf8'), { header: true, skipEmptyLines: true }).data;
const byId = (rows: Row[], id: string, key = 'id') => {
  const row = rows.find((entry) => entry[key] === id);
  if (!row) throw new Error(`no row ${id}`);
  return row;
};
const changes = csv('changes.csv');
const totals = csv('report_totals.csv');
const units = csv('units.csv');
const functions = csv('functions.csv');
const population = Number(byId(csv('external_figures.csv'), 'jincheng-resident-population').value);
const wan = (value: number) => value.toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const pct = (part: number, whole: number) => `${((part / whole) * 100).toFixed(1)}%`;
const grandTotal = Number(byId(totals, 'grand-total').amount);

const WIDTHS = [320, 375, 1280];
const NAV = ['/treemap/', '/flow/', '/branches/', '/projects/', '/data/', '/glossary/', '/teach/', '/methodology/', '/learn/'];

const browser = useBrowser();

const open = (path: string, width: number, javaScriptEnabled = true) =>
  openChecked(browser(), path, { viewport: { width, height: 812 }, javaScriptEnabled });

const mainText = (page: Page) => page.locator('main').innerText();

describe('the home page tells the story', () => {
  test.each(WIDTHS)('at %i px: a headline with the finding, 3–5 findings each with one sentence, a chart and a link', async (width) => {
    const { page, problems, close } = await open('/', width);
    const h1 = await page.locator('main h1').innerText();
    expect(h1).toContain(`${(grandTotal / 10_000).toFixed(2)}亿元`);
    expect(h1).toContain(`${byId(changes, 'expenditure-total-change-pct').value}%`);
    expect(h1).toContain(`${byId(changes, 'general-budget-change-pct').value}%`);

    const findings = page.locator('section.finding');
    const count = await findings.count();
    expect(count).toBeGreaterThanOrEqual(3);
    expect(count).toBeLessThanOrEqual(5);
    for (let index = 0; index < count; index++) {
      const finding = findings.nth(index);
      const sentence = await finding.locator('.finding-sentence').innerText();
      expect(sentence.match(/。/g)?.length, `one sentence: ${sentence}`).toBe(1);
      expect(sentence.endsWith('。')).toBe(true);
      expect(await finding.locator('svg[role="img"]:visible').count(), 'one small chart').toBe(1);
      const title = await finding.locator('h3').innerText();
      expect(await finding.locator('svg[role="img"]:visible').getAttribute('aria-label')).toContain(title);
      const links = await finding
        .locator('.finding-links a')
        .evaluateAll((anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).href));
      expect(links.length).toBeGreaterThan(0);
      for (const href of links) expect((await page.request.get(href)).status(), href).toBe(200);
    }

    // Numbers in the sentences, from the CSVs.
    const text = await mainText(page);
    expect(text).toContain(wan(Number(byId(changes, 'expenditure-total-change').value)));
    expect(text).toContain(wan(Number(byId(changes, 'general-budget-change').value)));
    const branches = units
      .filter((unit) => unit.kind === 'branch')
      .map((unit) => ({ name: unit.short_name!, total: Number(unit.project_total) }));
    const branchTotal = branches.reduce((sum, branch) => sum + branch.total, 0);
    const top = [...branches].sort((a, b) => b.total - a.total)[0]!;
    expect(await page.locator('#counties .finding-sentence').innerText()).toContain(`${top.name}占${pct(top.total, branchTotal)}`);
    const energy = Number(byId(totals, 'energy-environment-total').amount);
    const kuan = functions
      .filter((row) => row.level === '款' && row.parent_code === '211')
      .sort((a, b) => Number(b.total) - Number(a.total))[0]!;
    expect(await page.locator('#where-it-goes h3').innerText()).toBe(`${kuan.name}占节能环保支出的${pct(Number(kuan.total), energy)}`);
    const running = byId(changes, 'running-cost-change');
    const runningTotal = Number(byId(totals, 'running-cost-total').amount);
    const computed = ((Number(running.value) / (runningTotal + Number(running.value))) * 100).toFixed(2);
    expect(await page.locator('#office-costs').innerText()).toContain(
      `报告写${byId(changes, 'running-cost-change-pct').value}%；按报告自己的两个金额算是${computed}%`,
    );

    // Every section is one tap away; the unit count says what the report says.
    const hrefs = await page
      .locator('main a')
      .evaluateAll((anchors) => anchors.map((anchor) => new URL((anchor as HTMLAnchorElement).href).pathname));
    for (const path of NAV)
      expect(
        hrefs.some((href) => href.endsWith(path)),
        `home links to ${path}`,
      ).toBe(true);
    expect(text).not.toContain('局及下属');
    expect(text).toContain(`${units.length}个预算单位（含局机关本级`);

    expect(await hasHorizontalOverflow(page)).toBe(false);
    await screenshot(page, `home-story-${width}`);
    expect(await axeViolations(page)).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.failedRequests).toEqual([]);
    expect(problems.foreignRequests).toEqual([]);
    await close();
  });
});

describe('chart labels: on their segment, or outside with a leader line, never overlapping', () => {
  test.each([320, 340, 375, 414, 599, 600, 768, 1280])('at %i px', async (width) => {
    const { page, close } = await open('/', width);
    const problems = await page.locator('#home-composition svg:visible, section.finding svg:visible').evaluateAll((svgs) =>
      svgs.flatMap((svg) => {
        const found: string[] = [];
        const name = svg.getAttribute('class');
        const box = (element: Element) => element.getBoundingClientRect();
        const labels = [...svg.querySelectorAll('text.bar-label')];
        const rects = [...svg.querySelectorAll('rect')].map(box);
        const leaders = [...svg.querySelectorAll('line.leader')].map(box);
        const frame = box(svg);
        labels.forEach((label, index) => {
          const own = box(label);
          const text = label.textContent;
          if (own.left < frame.left - 1 || own.right > frame.right + 1) found.push(`${name}: "${text}" leaves the chart`);
          if (label.classList.contains('outside')) {
            const leader = leaders.find(
              (line) => line.left >= own.left - 2 && line.left <= own.right + 2 && Math.abs(line.bottom - own.top) < 8,
            );
            if (!leader) found.push(`${name}: "${text}" outside without a leader line to it`);
          } else if (
            !rects.some(
              (rect) =>
                own.left >= rect.left - 0.5 &&
                own.right <= rect.right + 0.5 &&
                own.top >= rect.top - 0.5 &&
                own.bottom <= rect.bottom + 0.5,
            )
          ) {
            found.push(`${name}: "${text}" is not inside its segment`);
          }
          labels.slice(index + 1).forEach((other) => {
            const them = box(other);
            const overlap = own.left < them.right && them.left < own.right && own.top < them.bottom && them.top < own.bottom;
            if (overlap) found.push(`${name}: "${text}" overlaps "${other.textContent}"`);
          });
          for (const line of leaders) {
            const crosses = line.left > own.left + 1 && line.left < own.right - 1 && line.top < own.bottom - 2 && line.bottom > own.top + 2;
            if (crosses) found.push(`${name}: a leader line crosses "${text}"`);
          }
        });
        return found;
      }),
    );
    expect(problems).toEqual([]);
    // Every part of the composition is named on the chart.
    const drawn = await page.locator('#home-composition svg:visible').textContent();
    const parts = await page.locator('#home-composition tbody th').allInnerTexts();
    for (const part of parts) expect(drawn).toContain(part);
    await close();
  });
});

describe('charts in the first screen; a one-line header with a menu that needs no JavaScript', () => {
  const MAIN_CHART: Record<string, string> = {
    '/': '#home-composition svg:visible',
    '/treemap/': '.tm-layer:visible svg:visible',
    '/flow/': '.flow-narrow:visible, .flow-canvas svg:visible',
    // The branch page's first chart is the county map that locates it.
    '/branches/zezhou/': 'main figure svg:visible',
  };
  test.each(Object.keys(MAIN_CHART))(
    '%s at 375×812: the chart starts within the first 812 px, the header is at most 64 px',
    async (path) => {
      const { page, close } = await open(path, 375);
      for (const width of [320, 375]) {
        await page.setViewportSize({ width, height: 812 });
        const header = await page.locator('.site-header').boundingBox();
        expect(header!.height, `header at ${width} px`).toBeLessThanOrEqual(64);
      }
      await page.setViewportSize({ width: 375, height: 812 });
      const chart = await page.locator(MAIN_CHART[path]!).first().boundingBox();
      expect(chart!.y, `${path}: the chart's top`).toBeLessThan(812);
      await close();
    },
  );

  test.each(WIDTHS)('at %i px, without JavaScript: the menu opens by tap and by keyboard and leads to every section', async (width) => {
    const { page, close } = await open('/methodology/', width, false);
    const header = await page.locator('.site-header').boundingBox();
    if (width < 960) {
      expect(header!.height).toBeLessThanOrEqual(64);
      const menu = page.locator('details.nav-menu');
      await expect.poll(() => menu.locator('a').first().isVisible()).toBe(false);
      await menu.locator('summary').click();
      for (const path of NAV.filter((entry) => entry !== '/learn/'))
        expect(await menu.locator(`a[href$="${path}"]`).isVisible(), path).toBe(true);
      expect(await page.getByRole('searchbox', { name: '搜索全站' }).isVisible(), 'the search box is in the menu').toBe(true);
      await menu.locator('summary').click();
      await menu.locator('summary').focus();
      await page.keyboard.press('Enter');
      expect(await menu.getAttribute('open')).not.toBeNull();
      await Promise.all([page.waitForURL(/\/treemap\/$/), menu.locator('a[href$="/treemap/"]').click()]);
    } else {
      expect(await page.locator('details.nav-menu').isVisible()).toBe(false);
      for (const path of NAV.filter((entry) => entry !== '/learn/'))
        expect(await page.locator(`.nav-wide a[href$="${path}"]`).isVisible(), path).toBe(true);
      expect(await page.getByRole('searchbox', { name: '搜索全站' }).isVisible()).toBe(true);
    }
    await close();
    // axe needs JavaScript in the page: the same header, checked with its menu open.
    const checked = await open('/methodology/', width);
    if (width < 960) await checked.page.locator('details.nav-menu summary').click();
    expect(await axeViolations(checked.page)).toEqual([]);
    await checked.close();
  });
});

describe('a scale people feel: per resident of Jincheng, with the source of the population', () => {
  test.each(WIDTHS)(
    'at %i px: the home page gives per resident per year and per day, and says the figure is not from the report',
    async (width) => {
      const { page, close } = await open('/', width);
      const scale = await page.locator('.scale').first().innerText();
      const perYear = (grandTotal * 10_000) / population;
      expect(scale).toContain(`每人每年约${perYear.toFixed(2)}元`);
      expect(scale).toContain(`每天约${(perYear / 366).toFixed(2)}元`);
      expect(scale).toContain(population.toLocaleString('zh-CN'));
      expect(scale).toContain('山西省第七次全国人口普查公报（第二号）');
      expect(scale).toContain('不是预算报告里的数字');
      expect(scale).not.toContain('在职人员');
      await close();
    },
  );

  test('no per-staff figure anywhere it was; no per-county figure on branch pages', async () => {
    for (const path of ['/', '/treemap/', '/flow/', '/learn/', '/branches/zezhou/', '/branches/qinshui/']) {
      const { page, close } = await open(path, 375);
      expect(await mainText(page), path).not.toContain('每位在职人员');
      if (path.startsWith('/branches/')) expect(await page.locator('main .scale').count(), path).toBe(0);
      await close();
    }
  });
});

describe('year on year, as the report states it', () => {
  test.each(WIDTHS)('at %i px: funding sources on /flow/, 三公 and running costs in the glossary', async (width) => {
    const { page, close } = await open('/flow/', width);
    const flow = await page.locator('.year-on-year').innerText();
    expect(flow).toContain(
      `减少${wan(Number(byId(changes, 'expenditure-total-change').value))}万元，下降${byId(changes, 'expenditure-total-change-pct').value}%`,
    );
    expect(flow).toContain(
      `增加${wan(Number(byId(changes, 'general-budget-change').value))}万元，增长${byId(changes, 'general-budget-change-pct').value}%`,
    );
    await page.goto(pageUrl('/glossary/'));
    expect(await page.locator('#three-public-expenses').innerText()).toContain(
      `${wan(Number(byId(changes, 'three-public-change').value))}万元`,
    );
    const running = await page.locator('#running-costs').innerText();
    expect(running).toContain(`报告写下降${byId(changes, 'running-cost-change-pct').value}%`);
    expect(running).toContain('截去了尾数');
    expect(await hasHorizontalOverflow(page)).toBe(false);
    await close();
  });
});

describe('dates: when the report is from and which data the site shows', () => {
  const source = readFileSync('data/source/jincheng-eeb-2024-budget.txt', 'utf8');
  const stamps = [...source.matchAll(/填报日期：\s*(\d{4})(\d{2})(\d{2})\d{6}/g)].map((match) => match.slice(1, 4).join('-')).sort();
  const [year, month, day] = stamps.at(-1)!.split('-').map(Number);
  const hash = createHash('sha256');
  for (const name of readdirSync('data')
    .filter((file) => file.endsWith('.csv'))
    .sort()) {
    hash.update(`${name}\0`);
    hash.update(readFileSync(`data/${name}`));
  }
  const version = hash.digest('hex').slice(0, 8);

  test.each(WIDTHS)('at %i px: every kind of page says both in its footer', async (width) => {
    for (const path of [
      '/',
      '/treemap/',
      '/flow/',
      '/branches/zezhou/',
      '/projects/',
      '/projects/zezhou-wetlands/',
      '/glossary/',
      '/methodology/',
    ]) {
      const { page, close } = await open(path, width);
      const footer = await page.locator('.site-footer .edition').innerText();
      expect(footer, path).toContain(`${year}年${month}月${day}日`);
      expect(footer, path).toContain('没有印公开日期');
      expect(await page.locator('.site-footer [data-data-version]').innerText(), path).toBe(version);
      await close();
    }
  });
});

describe('the JavaScript budget', () => {
  test('text pages load no JavaScript; the home page stays under 40 KB gzip', async () => {
    for (const [path, limit] of [
      ['/methodology/', 0],
      ['/glossary/', 0],
      ['/', 40 * 1024],
    ] as const) {
      const { context } = await newCheckedContext(browser(), { viewport: { width: 375, height: 812 } });
      const page = await context.newPage();
      const scripts: Promise<number>[] = [];
      page.on('response', (response) => {
        if (response.request().resourceType() === 'script') scripts.push(response.body().then((body) => gzipSync(body).length));
      });
      await gotoSettled(page, pageUrl(path));
      const bytes = (await Promise.all(scripts)).reduce((sum, size) => sum + size, 0);
      if (limit === 0) expect(scripts.length, path).toBe(0);
      else expect(bytes, path).toBeLessThanOrEqual(limit);
      await context.close();
    }
  });
});
