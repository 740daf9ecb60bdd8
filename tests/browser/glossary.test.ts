import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import type { BrowserContextOptions, Locator, Page } from 'playwright-core';
import { axeViolations, hasHorizontalOverflow, screenshot } from './support/browser';
import { expectReadableAt, openChecked, useBrowser } from './support/pages';

// The glossary page, the explainer and the term popovers, as a reader uses them.
type Row = Record<string, string>;
const siteTerms = Papa.parse<Row>(readFileSync('data/site_glossary.csv', 'utf8'), { header: true, skipEmptyLines: true }).data;
const reportTerms = Papa.parse<Row>(readFileSync('data/glossary.csv', 'utf8'), { header: true, skipEmptyLines: true }).data;
const shortOf = (id: string) => siteTerms.find((row) => row.id === id)!.short!;

const browser = useBrowser();

const openPage = (path: string, options: BrowserContextOptions = {}) => openChecked(browser(), path, options);

/** The popover of the first term on the page, and its link. */
function firstTerm(page: Page) {
  const root = page.locator('[data-term]').first();
  return { root, link: root.locator('a.term-link'), tip: root.locator('[role="tooltip"]') };
}

describe('/glossary/', () => {
  test('defines every term, quoting the report’s own 12 definitions with their source lines', async () => {
    const { context, problems, page } = await openPage('/glossary/');
    for (const term of siteTerms) {
      const entry = page.locator(`article#${term.id}`);
      await expect(entry.locator('h3').innerText()).resolves.toBe(term.term);
      await expect(entry.innerText()).resolves.toContain(term.plain);
    }
    const quotes = page.locator('.report-definition blockquote');
    expect(await quotes.count()).toBe(reportTerms.length);
    for (const report of reportTerms) {
      await expect(
        page.locator('.report-definition', { hasText: report.definition! }).locator('figcaption').innerText(),
      ).resolves.toContain(`原文第${Number(report.source_line).toLocaleString('zh-CN')}行`);
    }
    await expectReadableAt(page, 'glossary', [1280, 375]);
    expect(problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
    await context.close();
  });
});

describe('/learn/', () => {
  test('seven steps, each with a chart and a question whose answer is behind a disclosure', async () => {
    const { context, problems, page } = await openPage('/learn/');
    const steps = page.locator('section.learn-step');
    expect(await steps.count()).toBe(7);
    for (let index = 0; index < 7; index++) {
      const step = steps.nth(index);
      expect(await step.locator('h2').innerText()).toContain(`第${index + 1}步`);
      expect(await step.locator('svg[role="img"]').count(), `step ${index + 1} chart`).toBeGreaterThan(0);
      expect(await step.locator('table').count(), `step ${index + 1} data table`).toBeGreaterThan(0);
      const answer = step.locator('.step-question details .answer');
      expect(await answer.isVisible(), `step ${index + 1} answer hidden at first`).toBe(false);
      await step.locator('.step-question summary').click();
      expect(await answer.isVisible(), `step ${index + 1} answer shown after opening`).toBe(true);
    }
    expect(await page.locator('.step-question').count()).toBe(7);
    await expectReadableAt(page, 'learn', [1280, 375]);
    expect(problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
    await context.close();
  });

  test('the carried-over amount is explained with per-day, per-resident and share figures', async () => {
    const { context, page } = await openPage('/learn/');
    const scale = page.locator('#carryover .scale');
    const text = await scale.innerText();
    expect(text).toMatch(/每天约[\d,.]+万元/);
    expect(text).toMatch(/每人每年约[\d,.]+元/);
    const totals = Papa.parse<Row>(readFileSync('data/report_totals.csv', 'utf8'), { header: true }).data;
    const amount = (id: string) => Number(totals.find((row) => row.id === id)!.amount);
    const share = ((amount('carryover-total') / amount('grand-total')) * 100).toFixed(1);
    expect(text).toContain(`${share}%`);
    const residents = Number(
      Papa.parse<Row>(readFileSync('data/external_figures.csv', 'utf8'), { header: true }).data.find(
        (row) => row.id === 'jincheng-resident-population',
      )!.value,
    );
    expect(text).toContain(`${residents.toLocaleString('en-US')}人`);
    await context.close();
  });
});

/** Waits for a term's popover to show or hide: interest invokers act after a short delay (about 0.5 s). */
async function expectShown(tip: Locator, shown: boolean, message?: string) {
  await expect.poll(() => tip.isVisible(), { message, timeout: 3000 }).toBe(shown);
}

/** The width a popover's text takes when nothing but its own max-width constrains it. */
function naturalWidth(tip: Locator): Promise<number> {
  return tip.evaluate((element) => {
    const probe = element.cloneNode(true) as HTMLElement;
    probe.removeAttribute('id');
    probe.removeAttribute('popover');
    probe.style.cssText = 'position: absolute; top: 0; left: 0; visibility: hidden';
    document.body.append(probe);
    const width = probe.getBoundingClientRect().width;
    probe.remove();
    return width;
  });
}

/** Presses Tab from the top of the page until `link` has focus, as a keyboard user would. */
async function tabTo(page: Page, link: Locator, maxPresses = 120): Promise<boolean> {
  for (let presses = 0; presses < maxPresses; presses++) {
    await page.keyboard.press('Tab');
    if (await link.evaluate((element) => element === document.activeElement)) return true;
  }
  return false;
}

describe('term popovers', () => {
  test('are a link to the glossary entry, described by a hint popover it invokes', async () => {
    const { context, page } = await openPage('/learn/');
    const { link, tip } = firstTerm(page);
    const tipId = await tip.getAttribute('id');
    expect(await link.getAttribute('interestfor')).toBe(tipId);
    expect(await link.getAttribute('aria-describedby')).toBe(tipId);
    expect(await tip.getAttribute('popover')).toBe('hint');
    expect(await tip.isVisible()).toBe(false);
    await context.close();
  });

  test('mouse: hover shows the definition, the popover stays open under the pointer, leaving or Escape hides it', async () => {
    const { context, problems, page } = await openPage('/learn/');
    const { root, link, tip } = firstTerm(page);
    const id = (await root.getAttribute('data-term'))!;
    await link.hover();
    await expectShown(tip, true, 'opens on hover');
    expect(await tip.innerText()).toContain(shortOf(id));
    // Just below the term, starting where it starts (there is room at 1280 px).
    const linkBox = (await link.boundingBox())!;
    const tipBox = (await tip.boundingBox())!;
    expect(tipBox.y).toBeGreaterThanOrEqual(linkBox.y + linkBox.height);
    expect(tipBox.y - (linkBox.y + linkBox.height)).toBeLessThan(10);
    expect(Math.abs(tipBox.x - linkBox.x)).toBeLessThan(1);
    // WCAG 1.4.13: the pointer can move onto the popover without it closing.
    await tip.hover();
    await page.waitForTimeout(1000);
    expect(await tip.isVisible(), 'still open with the mouse on the popover').toBe(true);
    await page.mouse.move(5, 880);
    await expectShown(tip, false, 'closes when the mouse leaves');
    // Escape closes a hover popover without moving the mouse (WCAG 1.4.13).
    await link.hover();
    await expectShown(tip, true, 'opens again on hover');
    await page.keyboard.press('Escape');
    await expectShown(tip, false, 'closes on Escape');
    // With the term at the bottom of the window, the popover opens above it.
    await page.mouse.move(5, 5);
    await page.evaluate(() => window.scrollTo(0, 0));
    const termBottom = await link.evaluate((element) => element.getBoundingClientRect().bottom);
    await page.setViewportSize({ width: 1280, height: Math.ceil(termBottom + 10) });
    await link.hover();
    await expectShown(tip, true, 'opens at the bottom of the window');
    const low = (await link.boundingBox())!;
    const above = (await tip.boundingBox())!;
    expect(above.y + above.height, 'above the term').toBeLessThanOrEqual(low.y);
    expect(low.y - (above.y + above.height)).toBeLessThan(10);
    expect(problems.consoleErrors).toEqual([]);
    await context.close();
  });

  test('keyboard: focus shows the definition, Escape hides it and focus stays, Enter opens the glossary entry', async () => {
    const { context, page } = await openPage('/learn/');
    const { root, link, tip } = firstTerm(page);
    const id = (await root.getAttribute('data-term'))!;
    expect(await tabTo(page, link, 80), 'the term is reachable with Tab').toBe(true);
    await expectShown(tip, true, 'opens on keyboard focus');
    expect(await tip.innerText()).toContain(shortOf(id));
    expect(await axeViolations(page), 'axe with a popover open').toEqual([]);
    await page.keyboard.press('Escape');
    await expectShown(tip, false, 'closes on Escape');
    expect(await link.evaluate((element) => element === document.activeElement), 'focus stays on the term').toBe(true);
    await page.keyboard.press('Tab');
    await page.waitForTimeout(1000);
    expect(await tip.isVisible(), 'stays closed when focus moves on').toBe(false);
    await link.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname.endsWith('/glossary/') && url.hash === `#${id}`);
    expect(await page.locator(`article#${id}`).isVisible()).toBe(true);
    await context.close();
  });

  test('touch: a tap shows the definition in place, with the glossary link inside', async () => {
    const { context, page } = await openPage('/learn/', { viewport: { width: 375, height: 812 }, hasTouch: true, isMobile: true });
    const { root } = firstTerm(page);
    const id = (await root.getAttribute('data-term'))!;
    const button = root.locator('button.term-button');
    const card = root.locator('.term-card');
    expect(await root.locator('a.term-link').isVisible(), 'the link gives way to the button on touch screens').toBe(false);
    await button.scrollIntoViewIfNeeded();
    const before = page.url();
    await button.tap();
    await expect.poll(() => card.isVisible()).toBe(true);
    expect(page.url()).toBe(before);
    expect(await card.innerText()).toContain(shortOf(id));
    // In place: the card opens next to the term, on screen.
    const termBox = (await button.boundingBox())!;
    const cardBox = (await card.boundingBox())!;
    // Below the term, or above it when the term sits low in the window (the card flips, as the hover tooltip does).
    const below = Math.abs(cardBox.y - (termBox.y + termBox.height));
    const above = Math.abs(cardBox.y + cardBox.height - termBox.y);
    expect(Math.min(below, above), `card ${JSON.stringify(cardBox)} next to term ${JSON.stringify(termBox)}`).toBeLessThan(40);
    expect(cardBox.x).toBeGreaterThanOrEqual(0);
    expect(cardBox.x + cardBox.width).toBeLessThanOrEqual(375);
    expect(await axeViolations(page)).toEqual([]);
    // The glossary link is inside, and a tap elsewhere closes the card.
    await Promise.all([
      page.waitForURL((url) => url.pathname.endsWith('/glossary/') && url.hash === `#${id}`),
      card.getByRole('link').tap(),
    ]);
    expect(await page.locator(`article#${id}`).isVisible()).toBe(true);
    await context.close();
  });

  test('every term marked on /learn/ and /teach/ has a glossary entry', async () => {
    const ids = new Set(siteTerms.map((row) => row.id));
    for (const path of ['/learn/', '/teach/']) {
      const { context, page } = await openPage(path, { javaScriptEnabled: false });
      const marked = await page
        .locator('[data-term]')
        .evaluateAll((elements) => elements.map((element) => element.getAttribute('data-term')!));
      expect(marked.length, path).toBeGreaterThan(0);
      for (const id of marked) expect(ids.has(id), `${path}: ${id}`).toBe(true);
      await context.close();
    }
  });
});

// One page of each kind: terms are marked where they first appear in the prose, and each works.
const TERM_PAGES = [
  { kind: 'treemap', path: '/treemap/' },
  { kind: 'flow', path: '/flow/' },
  { kind: 'branch', path: '/branches/zezhou/' },
  { kind: 'project', path: '/projects/zezhou-wetlands/' },
  { kind: 'methodology', path: '/methodology/' },
];

/**
 * For every marked term, whether its words already appeared in the page's prose before it (the
 * text of <main> outside headings, tables, charts and their titles, legends and panels, navigation,
 * other links, popovers and the closed embed dialog).
 */
function markedTerms(page: Page) {
  return page.evaluate(() => {
    const skip =
      'h1, h2, h3, h4, h5, h6, table, svg, nav, script, style, [hidden], .visually-hidden, .term-tip, .term-button, .term-card, a:not(.term-link), .chart-heading, .tm-legend, .flow-legend, .tm-details, .flow-panel, dialog';
    const main = document.querySelector('main')!;
    const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
    let prose = '';
    const terms: { id: string; text: string; seenBefore: boolean }[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement!;
      if (parent.closest(skip)) continue;
      const link = parent.closest('.term-link');
      if (link && link.firstChild === node) {
        const text = link.textContent!.trim();
        terms.push({ id: link.closest('[data-term]')!.getAttribute('data-term')!, text, seenBefore: prose.includes(text) });
      }
      prose += node.textContent;
    }
    return terms;
  });
}

describe.each(TERM_PAGES)('terms on a $kind page ($path)', ({ kind, path }) => {
  test('are marked once each, where they first appear in the prose, never in headings, tables or charts', async () => {
    const { context, page } = await openPage(path, { javaScriptEnabled: false });
    const terms = await markedTerms(page);
    expect(terms.length, 'at least one term is marked').toBeGreaterThan(0);
    const ids = terms.map((term) => term.id);
    expect(ids.length, `each term marked once: ${ids.join(', ')}`).toBe(new Set(ids).size);
    for (const term of terms) {
      expect(shortOf(term.id), `${term.id} is in the glossary`).toBeTruthy();
      expect(term.seenBefore, `“${term.text}” (${term.id}) already appeared earlier in the prose`).toBe(false);
    }
    const misplaced = page.locator(':is(h1, h2, h3, h4, h5, h6, table, svg, a:not(.term-link)) [data-term]');
    expect(await misplaced.count()).toBe(0);
    await context.close();
  });

  test('each shows its glossary short definition on hover and on keyboard focus, and Escape closes it', async () => {
    const { context, problems, page } = await openPage(path);
    const roots = page.locator('[data-term]');
    const count = await roots.count();
    for (let index = 0; index < count; index++) {
      const root = roots.nth(index);
      const id = (await root.getAttribute('data-term'))!;
      const tip = root.locator('[role="tooltip"]');
      await root.locator('a.term-link').hover();
      await expectShown(tip, true, `${id} opens on hover`);
      expect(await tip.innerText()).toContain(shortOf(id));
      expect(await page.locator('[data-term] [role="tooltip"]:visible').count(), 'one popover at a time').toBe(1);
      await page.keyboard.press('Escape');
      await expectShown(tip, false, `${id} closes on Escape`);
    }
    await page.mouse.move(5, 5);

    // Keyboard: Tab from the top of the page to the first term.
    const first = roots.first();
    const link = first.locator('a.term-link');
    const tip = first.locator('[role="tooltip"]');
    expect(await tabTo(page, link), 'the first term is reachable with Tab').toBe(true);
    await expectShown(tip, true, 'opens on keyboard focus');
    expect(await tip.innerText()).toContain(shortOf((await first.getAttribute('data-term'))!));
    expect(await axeViolations(page), 'axe with a popover open').toEqual([]);
    await screenshot(page, `terms-${kind}-popover-1280`);
    await page.keyboard.press('Escape');
    await expectShown(tip, false, 'closes on Escape');
    expect(await link.evaluate((element) => element === document.activeElement), 'focus stays on the term').toBe(true);

    // On a phone-sized screen every popover stays inside the viewport, wherever its term is.
    await page.setViewportSize({ width: 375, height: 812 });
    expect(await hasHorizontalOverflow(page)).toBe(false);
    expect(await axeViolations(page), 'axe at 375 px').toEqual([]);
    for (let index = 0; index < count; index++) {
      const root = roots.nth(index);
      const id = (await root.getAttribute('data-term'))!;
      const tip = root.locator('[role="tooltip"]');
      await root.locator('a.term-link').hover();
      await expectShown(tip, true, `${id} opens on hover at 375 px`);
      const box = (await tip.boundingBox())!;
      expect(box.width, `${id}: as wide as its text needs, not squeezed beside the term`).toBeGreaterThanOrEqual(
        (await naturalWidth(tip)) - 1,
      );
      expect(box.x, `${id}: left edge`).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, `${id}: right edge`).toBeLessThanOrEqual(375);
      expect(box.y, `${id}: top edge`).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height, `${id}: bottom edge`).toBeLessThanOrEqual(812);
      if (index === 0) {
        expect(await hasHorizontalOverflow(page), 'no horizontal scrolling with a popover open').toBe(false);
        await screenshot(page, `terms-${kind}-popover-375`);
      }
      await page.keyboard.press('Escape');
      await expectShown(tip, false, `${id} closes on Escape at 375 px`);
    }
    expect(problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
    await context.close();
  });
});

describe('relatable figures (Scale) near the headline sums', () => {
  // Expected text from the CSVs and the calendar, independently of the site's own code.
  const csv = (file: string) => Papa.parse<Row>(readFileSync(`data/${file}`, 'utf8'), { header: true, skipEmptyLines: true }).data;
  const toFen = (wan: string) => Math.round(Number(wan) * 1_000_000);
  const grandTotal = toFen(csv('report_totals.csv').find((row) => row.id === 'grand-total')!.amount!);
  const residents = Number(csv('external_figures.csv').find((row) => row.id === 'jincheng-resident-population')!.value);
  const days = (Date.UTC(2025, 0, 1) - Date.UTC(2024, 0, 1)) / 86_400_000;
  // Rounded to 0.01 万元 (= 100 元) in integer fen, so no floating-point edge decides a digit.
  const wan = (fen: number) =>
    `${(Math.round(fen / 10_000) / 100).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}万元`;
  const share = (part: number) => `${((part / grandTotal) * 100).toFixed(1)}%`;
  function expectScale(text: string, amount: number, wholeLabel: string | null) {
    expect(text).toContain(`每天约${wan(amount / days)}`);
    const perYuan = (fen: number) => `${(Math.round(fen) / 100).toFixed(2)}元`;
    expect(text).toContain(`每人每年约${perYuan(amount / residents)}，每天约${perYuan(amount / residents / days)}`);
    expect(text).toContain('人口不是预算报告里的数字');
    if (wholeLabel) expect(text).toContain(`占${wholeLabel}${share(amount)}`);
    else expect(text).not.toContain('占比');
    expect(text).toContain(`${days}天`);
    expect(text).toContain(`${residents.toLocaleString('en-US')}人`);
  }

  test('a branch page has none: the report cites no county population, so there is no per-county figure', async () => {
    const { context, page } = await openPage('/branches/zezhou/', { javaScriptEnabled: false });
    expect(await page.locator('.scale').count()).toBe(0);
    await context.close();
  });

  test('the treemap, flow and home pages: the class 211 total and the whole budget', async () => {
    const energy = toFen(csv('functions.csv').find((row) => row.code === '211')!.total!);
    for (const [path, amount, wholeLabel] of [
      ['/treemap/', energy, '全部预算'],
      ['/treemap/unit/', energy, '全部预算'],
      ['/flow/', grandTotal, null],
      ['/', grandTotal, null],
    ] as const) {
      const { context, page } = await openPage(path, { javaScriptEnabled: false });
      const scale = page.locator('.scale');
      expect(await scale.count(), path).toBe(1);
      expectScale(await scale.innerText(), amount, wholeLabel);
      await context.close();
    }
  });
});
