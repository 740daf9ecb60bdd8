/**
 * Charts that speak: headline titles, annotations that never overlap (at 320, 375 and 1280 px),
 * and one colour per concept, as a reader's browser draws them.
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot } from './support/browser';
import { openChecked, useBrowser } from './support/pages';
import { slugForScreenshot } from './support/site';
import { getBudget } from '../../src/lib/budget';
import { embedCharts } from '../../src/lib/embed/charts';
import { branchComparisonTitle, flowTitle, functionTreemapTitle, unitTreemapTitle } from '../../src/lib/titles';

const budget = getBudget();
const browser = useBrowser();

const open = (path: string, width: number, javaScriptEnabled = true) =>
  openChecked(browser(), path, { viewport: { width, height: 900 }, javaScriptEnabled });

type Rect = { left: number; top: number; right: number; bottom: number; what: string };

/** Every drawn annotation box, and every other text it must keep clear of, in each visible chart SVG. */
async function annotationClashes(page: Page): Promise<{ annotations: number; clashes: string[] }> {
  return page.evaluate(() => {
    const rect = (element: Element, what: string) => {
      const box = element.getBoundingClientRect();
      return { left: box.left, top: box.top, right: box.right, bottom: box.bottom, what };
    };
    const meet = (a: Rect, b: Rect) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
    let annotations = 0;
    const clashes: string[] = [];
    for (const svg of document.querySelectorAll('svg')) {
      const boxes = [...svg.querySelectorAll('.chart-annotations .annotation-box')].filter((box) => box.getBoundingClientRect().width > 0);
      if (!boxes.length) continue;
      annotations += boxes.length;
      const frame = svg.getBoundingClientRect();
      const others = [...svg.querySelectorAll('text')].filter(
        (text) => !text.closest('.chart-annotations') && text.getBoundingClientRect().width > 0,
      );
      const own = boxes.map((box, index) => rect(box, `annotation ${index}`));
      for (const [index, box] of own.entries()) {
        if (box.left < frame.left - 0.5 || box.right > frame.right + 0.5 || box.top < frame.top - 0.5 || box.bottom > frame.bottom + 0.5)
          clashes.push(`${box.what} leaves its chart`);
        for (const other of own.slice(index + 1)) if (meet(box, other)) clashes.push(`${box.what} / ${other.what}`);
        for (const text of others)
          if (meet(box, rect(text, text.textContent ?? ''))) clashes.push(`${box.what} covers “${text.textContent}”`);
      }
    }
    return { annotations, clashes };
  });
}

describe('annotations: on the chart, never on top of other labels', () => {
  const cases: [string, number[]][] = [
    ['/treemap/', [320, 375, 1280]],
    ['/treemap/unit/', [320, 375, 1280]],
    ['/flow/', [1280]], // the ribbon chart is for wide screens; phones get the stepped list
  ];
  for (const [path, widths] of cases) {
    for (const width of widths) {
      test(`${path} at ${width} px`, async () => {
        const { page, problems, close } = await open(path, width);
        const { annotations, clashes } = await annotationClashes(page);
        expect(annotations, 'annotations drawn').toBeGreaterThan(0);
        expect(clashes).toEqual([]);
        // The same facts are in the text for screen readers and readers without the picture.
        expect(await page.locator('.chart-note').first().innerText()).toContain('最大的单个项目');
        await screenshot(page, `${slugForScreenshot(path)}-annotated-${width}`);
        expect(problems.consoleErrors).toEqual([]);
        await close();
      });
    }
  }

  test.each([320, 375, 1280])('branch bars and the county map at %i px: labels apart, inside the page', async (width) => {
    for (const path of ['/branches/zezhou/', '/branches/']) {
      const { page, close } = await open(path, width);
      if (path === '/branches/zezhou/') {
        const note = page.locator('.projects-chart .bar-annotation');
        expect(await note.count()).toBe(1);
        const box = (await note.locator('span').boundingBox())!;
        const list = (await page.locator('.projects-chart .bar-list').boundingBox())!;
        expect(box.x).toBeGreaterThanOrEqual(list.x - 1);
        expect(box.x + box.width).toBeLessThanOrEqual(list.x + list.width + 1);
        expect(await note.innerText()).toMatch(/^最大，占泽州分局项目预算的\d+\.\d%$/);
      }
      const labels = await page
        .locator('.branch-map svg .area-labels text')
        .evaluateAll((texts) => texts.map((text) => text.getBoundingClientRect().toJSON() as DOMRect));
      for (const [i, a] of labels.entries()) {
        for (const b of labels.slice(i + 1))
          expect(
            a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom,
            `${path} map labels overlap at ${width} px`,
          ).toBe(false);
      }
      await close();
    }
  });

  test('annotations are there without JavaScript', async () => {
    const { page, close } = await open('/treemap/', 375, false);
    expect(await page.locator('.chart-annotations .annotation').count()).toBeGreaterThan(0);
    expect(await page.locator('.chart-annotations text').first().textContent()).toContain('最大的单个项目');
    await close();
  });
});

describe('headline titles', () => {
  test.each([
    ['/treemap/', functionTreemapTitle(budget)],
    ['/treemap/unit/', unitTreemapTitle(budget)],
    ['/flow/', flowTitle(budget)],
    ['/branches/', branchComparisonTitle(budget)],
  ])('%s states its finding, with the descriptive name under it', async (path, heading) => {
    const { page, close } = await open(path, 375);
    const title = page.locator('.chart-heading .chart-title').first();
    expect(await title.innerText()).toBe(heading.title);
    expect(await page.locator('.chart-heading .chart-subtitle').first().innerText()).toBe(heading.subtitle);
    expect(await title.isVisible()).toBe(true);
    await close();
  });

  test('every embed carries the same title as its chart', async () => {
    for (const chart of embedCharts(budget).filter((entry) => entry.slug !== 'home')) {
      const { page, close } = await open(`/embed/${chart.slug}/`, 375);
      expect(await page.locator('h1').innerText(), chart.slug).toBe(chart.title);
      expect(await page.title(), chart.slug).toContain(chart.title);
      await close();
    }
  });
});

describe('one colour per concept', () => {
  /** A custom property as the browser computes it, turned into rgb() by a probe element. */
  async function token(page: Page, name: string): Promise<string> {
    return page.evaluate((property) => {
      const probe = document.createElement('span');
      probe.style.color = `var(--${property})`;
      document.body.append(probe);
      const colour = getComputedStyle(probe).color;
      probe.remove();
      return colour;
    }, name);
  }

  test('a funding source has the same colour on the home chart, the flow and its embed', async () => {
    for (const path of ['/flow/', '/embed/flow/']) {
      const { page, close } = await open(path, 1280);
      const general = await token(page, 'source-general');
      const fills = await page
        .locator('.flow-link[data-funds="source:general-budget"]')
        .evaluateAll((links) => [...new Set(links.map((link) => getComputedStyle(link).fill))]);
      expect(fills, path).toEqual([general]);
      expect(
        await page
          .locator('.swatch--general')
          .first()
          .evaluate((swatch) => getComputedStyle(swatch).backgroundColor),
      ).toBe(general);
      await close();
    }
    const { page, close } = await open('/', 1280);
    const general = await token(page, 'source-general');
    // The home chart labels its bars on the bars themselves: the bar's own fill is what carries the colour.
    const fills = await page.locator('.composition svg rect').evaluateAll((rects) => rects.map((rect) => getComputedStyle(rect).fill));
    expect(fills).toContain(general);
    await close();
  });

  test('a functional class has the same colour in both treemaps; a theme the same on every branch page', async () => {
    for (const path of ['/treemap/', '/treemap/unit/', '/embed/treemap/']) {
      const { page, close } = await open(path, 1280);
      const pollution = await token(page, 'fn-21103');
      const swatch = page.locator('.tm-swatch.tm-c21103').first();
      expect(await swatch.evaluate((element) => getComputedStyle(element).backgroundColor), path).toBe(pollution);
      await close();
    }
    const colours = new Set<string>();
    let water = '';
    for (const path of ['/branches/', '/branches/zezhou/', '/branches/chengqu/']) {
      const { page, close } = await open(path, 375);
      water = await token(page, 'theme-water');
      const swatches = await page.locator('.theme-legend li').evaluateAll((items) =>
        items.map((item) => ({
          name: item.textContent!.trim(),
          colour: getComputedStyle(item.querySelector('.swatch')!).backgroundColor,
        })),
      );
      for (const entry of swatches.filter((swatch) => swatch.name === '水')) colours.add(entry.colour);
      await close();
    }
    expect([...colours]).toEqual([water]);
  });

  test('chart marks have at least 3:1 contrast against the page', async () => {
    const { page, close } = await open('/treemap/', 1280);
    const ratios = await page.evaluate(() => {
      const luminance = (rgb: string) => {
        const [r, g, b] = rgb
          .match(/\d+(\.\d+)?/g)!
          .slice(0, 3)
          .map((value) => {
            const channel = Number(value) / 255;
            return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
          }) as [number, number, number];
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
      };
      const page = luminance(getComputedStyle(document.body).backgroundColor);
      return [...document.querySelectorAll('.tm-legend .tm-swatch, .tm-swatch')].map((swatch) => {
        const mark = luminance(getComputedStyle(swatch).backgroundColor);
        return (Math.max(mark, page) + 0.05) / (Math.min(mark, page) + 0.05);
      });
    });
    expect(ratios.length).toBeGreaterThan(0);
    for (const ratio of ratios) expect(ratio).toBeGreaterThanOrEqual(3);
    await close();
  });
});
