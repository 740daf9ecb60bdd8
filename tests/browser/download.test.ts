/**
 * The 下载 menu under each chart, used as a reader would: opened and operated with the keyboard,
 * each file downloaded through the browser, then checked: the SVG parses and carries the title,
 * the chart and the source line; the PNG decodes at twice the SVG's size and is not blank; the
 * CSV starts with a BOM and parses into the chart's data (and matches the table on the page).
 */
import { mkdirSync, readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Download, Page } from 'playwright-core';
import { axeViolations, hasHorizontalOverflow, newCheckedContext, SCREENSHOT_DIR, type PageProblems, settled } from './support/browser';
import { useBrowser } from './support/pages';
import { pageUrl } from './support/site';
import { getBudget } from '../../src/lib/budget';
import { branchOverview, findBranch } from '../../src/lib/branches/summary';
import { chartData } from '../../src/lib/embed/chartData';
import { embedCharts, findEmbedChart } from '../../src/lib/embed/charts';
import { formatWan } from '../../src/lib/format';
import { compositionParts, headlineFigures } from '../../src/lib/headline';
import { buildTreemapModel } from '../../src/lib/treemap/model';
import { SOURCE_CREDIT } from '../../src/lib/site';

// Expected content comes from the data the site is built from.
const budget = getBudget();
const charts = embedCharts(budget);
const largestChild = (view: 'function' | 'unit') =>
  [...buildTreemapModel(budget, view).tree.children].sort((a, b) => b.amount - a.amount)[0]!;
const zezhou = findBranch(branchOverview(budget), 'zezhou');

interface Case {
  path: string;
  slug: string;
  /** Text the exported drawing must show, from the data. */
  drawn: string[];
  /** The data table on the page: which column holds the amount, and the CSV columns to match. */
  /** The data table to spot-check; `page` when it is on another page than the chart. */
  table: { page?: string; selector: string; amountHeader: string; csvName: string; csvAmount: string };
}

const CASES: Case[] = [
  {
    path: '/',
    slug: 'home',
    drawn: [...new Set(compositionParts(headlineFigures(budget)).map((part) => part.group))],
    table: { selector: '#home-composition table', amountHeader: '金额', csvName: '项目', csvAmount: '金额（万元）' },
  },
  {
    path: '/treemap/',
    slug: 'treemap',
    drawn: [largestChild('function').name],
    table: { selector: '.tm-level:not([hidden]) table', amountHeader: '金额', csvName: '名称', csvAmount: '金额（万元）' },
  },
  {
    path: '/treemap/unit/',
    slug: 'treemap-unit',
    drawn: [largestChild('unit').shortName],
    table: { selector: '.tm-level:not([hidden]) table', amountHeader: '金额', csvName: '名称', csvAmount: '金额（万元）' },
  },
  {
    path: '/flow/',
    slug: 'flow',
    drawn: ['单位：万元', headlineFigures(budget).sources[0]!.name],
    // The page keeps the 款-level table; the 项 level, with every project like the CSV, is its own page.
    table: { page: '/flow/details/xiang/', selector: '#table-xiang table', amountHeader: '金额', csvName: '到', csvAmount: '金额（万元）' },
  },
  {
    path: '/branches/',
    slug: 'branches',
    drawn: branchOverview(budget).branches.map((branch) => branch.shortName),
    table: { selector: '#branches-compare table', amountHeader: '项目预算', csvName: '分局', csvAmount: '项目预算（万元）' },
  },
  {
    path: '/branches/zezhou/',
    slug: 'branch-zezhou',
    drawn: [zezhou.projects[0]!.theme, formatWan(zezhou.projects[0]!.amount)],
    table: { selector: '#branch-projects-zezhou table', amountHeader: '金额', csvName: '项目', csvAmount: '金额（万元）' },
  },
];

const browser = useBrowser();
beforeAll(() => {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
});

function expectClean(problems: PageProblems) {
  expect(problems.consoleErrors, 'console errors').toEqual([]);
  expect(problems.foreignRequests, 'requests to other hosts').toEqual([]);
  expect(problems.failedRequests, 'failed requests').toEqual([]);
}

async function open(path: string, width = 1280) {
  const { context, problems } = await newCheckedContext(browser(), { viewport: { width, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(pageUrl(path), { waitUntil: 'load' });
  await settled(page);
  return { context, page, problems };
}

const menuOf = (page: Page, slug: string) => page.locator(`details[data-download-menu][data-slug="${slug}"]`);
const focused = (page: Page) => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');

/** Tab from the 嵌入 control to 下载 and open it with Enter. */
async function openWithKeyboard(page: Page, slug: string) {
  const menu = menuOf(page, slug);
  await page.locator(`[data-chart-actions]:has(details[data-slug="${slug}"]) [data-embed-open]`).focus();
  await page.keyboard.press('Tab');
  expect(await focused(page)).toMatch(/^下载/);
  await page.keyboard.press('Enter');
  expect(await menu.evaluate((details) => (details as HTMLDetailsElement).open)).toBe(true);
  return menu;
}

/** Tab to the next menu item, check its name, press Enter and wait for the file. */
async function downloadNext(page: Page, name: RegExp): Promise<Download> {
  await page.keyboard.press('Tab');
  expect(await focused(page)).toMatch(name);
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  return download;
}

interface ParsedSvg {
  error: string | null;
  width: number;
  height: number;
  text: string;
  rects: number;
}

/** Parses the file with the browser's XML parser, which reports any error as <parsererror>. */
async function parseSvg(page: Page, markup: string): Promise<ParsedSvg> {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const root = doc.documentElement;
    return {
      error: doc.querySelector('parsererror')?.textContent ?? (root.localName === 'svg' ? null : `root is <${root.localName}>`),
      width: Number(root.getAttribute('width')),
      height: Number(root.getAttribute('height')),
      text: root.textContent ?? '',
      rects: root.querySelectorAll('svg svg rect').length,
    };
  }, markup);
}

function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).toString('hex'), 'PNG signature').toBe('89504e470d0a1a0a');
  expect(bytes.subarray(12, 16).toString('ascii'), 'first chunk').toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Decodes the PNG in the browser; returns its size and the share of pixels that are not white. */
async function decodePng(page: Page, bytes: Buffer) {
  return page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.naturalWidth;
    canvas.height = image.naturalHeight;
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
    let inked = 0;
    for (let index = 0; index < data.length; index += 4)
      if (data[index]! < 240 || data[index + 1]! < 240 || data[index + 2]! < 240) inked += 1;
    const corner = [...data.subarray(0, 4)];
    return { width: image.naturalWidth, height: image.naturalHeight, inked: inked / (data.length / 4), corner };
  }, bytes.toString('base64'));
}

/** Name and amount of every row of the page's data table. */
async function tableRows(page: Page, selector: string, amountHeader: string) {
  return page
    .locator(selector)
    .first()
    .evaluate((table, header) => {
      const headers = [...table.querySelectorAll('thead th')].map((cell) => cell.textContent?.trim() ?? '');
      const column = headers.findIndex((text) => text.startsWith(header));
      return [...table.querySelectorAll('tbody tr')]
        .filter((row) => row.children.length === headers.length)
        .map((row) => ({
          name: (row as HTMLElement).dataset.name ?? row.querySelector('th')?.textContent?.trim() ?? '',
          amount: row.children[column]?.textContent?.trim() ?? '',
        }));
    }, amountHeader);
}

describe.each(CASES)('下载 under the chart on $path', ({ path, slug, drawn, table }) => {
  const chart = findEmbedChart(charts, slug);

  test('SVG, PNG and CSV download with the keyboard and hold the chart', async () => {
    const { context, page, problems } = await open(path);
    await openWithKeyboard(page, slug);

    const svgFile = await downloadNext(page, /^SVG/);
    expect(svgFile.suggestedFilename()).toBe(`${slug}.svg`);
    const markup = readFileSync((await svgFile.path())!, 'utf8');
    const svg = await parseSvg(page, markup);
    expect(svg.error).toBeNull();
    expect(svg.text).toContain(chart.title);
    expect(svg.text).toContain(SOURCE_CREDIT);
    expect(svg.text).toContain(chart.fullPath);
    for (const text of drawn) expect(svg.text, 'the chart itself is in the file').toContain(text);
    expect(svg.rects, 'the chart drawing is in the file').toBeGreaterThan(2);
    // Standalone: every style resolved, nothing that needs the page's CSS.
    expect(markup.match(/.{0,60}var\(--.{0,20}/)?.[0] ?? null, 'unresolved CSS variable').toBeNull();
    expect(markup.match(/.{0,60}\sclass=".{0,20}/)?.[0] ?? null, 'class that needs the page CSS').toBeNull();
    expect(Number.isInteger(svg.width) && Number.isInteger(svg.height)).toBe(true);

    const pngFile = await downloadNext(page, /^PNG/);
    expect(pngFile.suggestedFilename()).toBe(`${slug}.png`);
    await pngFile.saveAs(`${SCREENSHOT_DIR}/download-${slug}.png`);
    const pngBytes = readFileSync((await pngFile.path())!);
    expect(pngSize(pngBytes)).toEqual({ width: svg.width * 2, height: svg.height * 2 });
    const decoded = await decodePng(page, pngBytes);
    expect([decoded.width, decoded.height]).toEqual([svg.width * 2, svg.height * 2]);
    expect(decoded.corner, 'white background').toEqual([255, 255, 255, 255]);
    expect(decoded.inked, 'share of drawn pixels').toBeGreaterThan(0.03);

    const csvFile = await downloadNext(page, /^CSV/);
    expect(csvFile.suggestedFilename()).toBe(`${slug}.csv`);
    const csvBytes = readFileSync((await csvFile.path())!);
    expect(csvBytes.subarray(0, 3).toString('hex'), 'UTF-8 BOM').toBe('efbbbf');
    const parsed = Papa.parse<string[]>(csvBytes.toString('utf8').slice(1), { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    const expected = chartData(budget, chart);
    expect(parsed.data).toEqual([expected.columns, ...expected.rows]);

    // Spot check against what the page shows: every row of its data table is in the CSV.
    const [header = [], ...rows] = parsed.data;
    const nameColumn = header.indexOf(table.csvName);
    const amountColumn = header.indexOf(table.csvAmount);
    let tablePage = page;
    if (table.page) {
      tablePage = await context.newPage();
      await tablePage.goto(pageUrl(table.page));
    }
    const shown = await tableRows(tablePage, table.selector, table.amountHeader);
    expect(shown.length).toBeGreaterThan(2);
    for (const row of shown) {
      const match = rows.find((csvRow) => csvRow[nameColumn] === row.name && csvRow[amountColumn] === row.amount.replace(/,/g, ''));
      expect(match, `${row.name} ${row.amount} in the CSV`).toBeDefined();
    }

    await page.keyboard.press('Escape');
    expect(await menuOf(page, slug).evaluate((details) => (details as HTMLDetailsElement).open)).toBe(false);
    expect(await focused(page)).toMatch(/^下载/);
    expectClean(problems);
    await context.close();
  });

  test('the open menu passes axe and fits a phone screen', async () => {
    for (const width of [375, 1280]) {
      const { context, page, problems } = await open(path, width);
      const menu = await openWithKeyboard(page, slug);
      const items = menu.locator('.download-item');
      expect(await items.count()).toBe(3);
      for (const item of await items.all()) {
        const box = (await item.boundingBox())!;
        expect(box.height, 'touch target height').toBeGreaterThanOrEqual(44);
        expect(box.x, 'inside the screen').toBeGreaterThanOrEqual(0);
        expect(box.x + box.width, 'inside the screen').toBeLessThanOrEqual(width);
      }
      expect(await hasHorizontalOverflow(page), 'horizontal scrolling').toBe(false);
      await menu.scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${SCREENSHOT_DIR}/download-menu-${slug}-${width}.png` });
      expect(await axeViolations(page), `axe at ${width} px`).toEqual([]);
      expectClean(problems);
      await context.close();
    }
  });
});

describe('下载 in other states', () => {
  test('a zoomed treemap exports the level on screen', async () => {
    const model = buildTreemapModel(budget, 'function');
    const kuan = [...model.display.children].filter((node) => node.children.length > 0).sort((a, b) => b.amount - a.amount)[0]!;
    const { context, page, problems } = await open(`/treemap/?node=${kuan.id}`);
    const layer = page.locator(`.tm-layer[data-level="${kuan.id}"]`);
    expect(await layer.isVisible()).toBe(true);
    const rectsOnPage = await layer.locator('svg.tm-wide rect').count();
    const rootRects = await page.locator(`.tm-layer[data-level="${model.display.id}"] svg.tm-wide rect`).count();
    expect(rectsOnPage).not.toBe(rootRects);

    await openWithKeyboard(page, 'treemap');
    const file = await downloadNext(page, /^SVG/);
    const svg = await parseSvg(page, readFileSync((await file.path())!, 'utf8'));
    expect(svg.error).toBeNull();
    expect(svg.rects).toBe(rectsOnPage);
    expect(svg.text).toContain(`${model.display.name} › ${kuan.name}`);
    expect(svg.text).toContain(`?node=${kuan.id}`);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/download-menu-treemap-zoomed-1280.png` });
    expectClean(problems);
    await context.close();
  });

  test('without JavaScript only the CSV link is offered, and it works', async () => {
    const { context } = await newCheckedContext(browser(), { javaScriptEnabled: false, viewport: { width: 375, height: 812 } });
    const page = await context.newPage();
    await page.goto(pageUrl('/treemap/'));
    const menu = menuOf(page, 'treemap');
    await menu.locator('summary').click();
    expect(await menu.locator('button[data-download]').filter({ visible: true }).count()).toBe(0);
    const link = menu.locator('a[download]');
    expect(await link.isVisible()).toBe(true);
    const response = await page.request.get(new URL((await link.getAttribute('href'))!, page.url()).href);
    expect(response.status()).toBe(200);
    expect((await response.body()).subarray(0, 3).toString('hex')).toBe('efbbbf');
    await context.close();
  });
});
