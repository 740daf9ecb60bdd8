import { mkdirSync, writeFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot, SCREENSHOT_DIR } from './support/browser';
import { expectReadableAt, openChecked, useBrowser } from './support/pages';
import { getBudget } from '../../src/lib/budget';
import { buildExercises } from '../../src/lib/teach/exercises';

// The lesson page, the printable worksheet and the answer key, on screen and on A4 paper, in both languages.
const EXERCISES = { zh: buildExercises(getBudget()), en: buildExercises(getBudget(), 'en') };

/** A4 is 210 mm wide; the worksheet's @page margins are 14 mm each side. 1 mm = 96 / 25.4 px. */
/** A4 less the margins of PrintablePage's @page rule (13 mm each side, 12 mm top, 14 mm bottom), in CSS px. */
const PRINTABLE_WIDTH_PX = Math.floor(((210 - 2 * 13) * 96) / 25.4);
const PRINTABLE_HEIGHT_PX = Math.floor(((297 - 12 - 14) * 96) / 25.4);

const browser = useBrowser();

const openPage = (path: string, width = 1280) => openChecked(browser(), path, { viewport: { width, height: 900 } });

/** Elements that stick out of the page, or whose content is cut off inside them, in print. */
async function clippedInPrint(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const problems: string[] = [];
    const name = (element: Element) =>
      `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${element.classList.length ? `.${[...element.classList].join('.')}` : ''}`;
    for (const element of document.body.querySelectorAll('*')) {
      const style = getComputedStyle(element);
      if (style.display === 'none' || style.visibility === 'hidden') continue;
      // Visually hidden text (for screen readers) is clipped on purpose.
      if (element.closest('.visually-hidden')) continue;
      const box = element.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      if (box.left < -1 || box.right > width + 1)
        problems.push(`${name(element)} spans ${Math.round(box.left)}–${Math.round(box.right)} of ${width} px`);
      if (element instanceof HTMLElement && element.clientWidth > 0 && element.scrollWidth > element.clientWidth + 1) {
        problems.push(`${name(element)} scrolls: ${element.scrollWidth} > ${element.clientWidth} px`);
      }
    }
    return problems.slice(0, 20);
  });
}

function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
}

describe.each([
  { path: '/teach/', lang: 'zh', slug: 'teach', lastStep: /–45分钟$/ },
  { path: '/en/teach/', lang: 'en', slug: 'en-teach', lastStep: /–45 min$/ },
] as const)('$path', ({ path, lang, slug, lastStep }) => {
  const exercises = EXERCISES[lang];
  test('goals, a 45-minute plan, the exercises with their answers, and discussion prompts', async () => {
    const { context, problems, page } = await openPage(path);
    expect(await page.locator('#goals + p + ol li').count()).toBeGreaterThanOrEqual(3);
    const minutes = await page.locator('.lesson-plan tbody td.num').allInnerTexts();
    const last = minutes[minutes.length - 1]!;
    expect(last).toMatch(lastStep);
    const cards = page.locator('article.exercise-teacher');
    expect(await cards.count()).toBe(exercises.length);
    for (const exercise of exercises) {
      const card = page.locator(`#exercise-${exercise.number}`);
      const answer = card.locator('details .answer');
      expect(await answer.isVisible()).toBe(false);
      await card.locator('summary').click();
      expect(await answer.innerText()).toBe(exercise.answer);
    }
    expect(await page.locator('.discussion li').count()).toBeGreaterThanOrEqual(3);
    expect(await page.locator('a[href$="/teach/worksheet/"]').count()).toBeGreaterThan(0);
    expect(await page.locator('a[href$="/teach/answers/"]').count()).toBeGreaterThan(0);
    await expectReadableAt(page, slug, [1280, 375]);
    expect(problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
    await context.close();
  });
});

// Page limits: the Chinese sheets print on 3 and 2 pages (limits 4 and 3). English runs about 1.6 times
// as long and its taller blocks, kept whole, leave more room at the foot of a page: one page of slack.
describe.each([
  { path: '/teach/worksheet/', slug: 'teach-worksheet', mode: 'worksheet', lang: 'zh', maxPages: 4, slackPages: 0, answerLabel: '答案：' },
  { path: '/teach/answers/', slug: 'teach-answers', mode: 'answers', lang: 'zh', maxPages: 3, slackPages: 0, answerLabel: '答案：' },
  {
    path: '/en/teach/worksheet/',
    slug: 'en-teach-worksheet',
    mode: 'worksheet',
    lang: 'en',
    maxPages: 5,
    slackPages: 1,
    answerLabel: 'Answer: ',
  },
  {
    path: '/en/teach/answers/',
    slug: 'en-teach-answers',
    mode: 'answers',
    lang: 'en',
    maxPages: 4,
    slackPages: 1,
    answerLabel: 'Answer: ',
  },
] as const)('$path', ({ path, slug, mode, lang, maxPages, slackPages, answerLabel }) => {
  const exercises = EXERCISES[lang];
  test('on screen: every exercise, no site navigation, accessible, no overflow at 375 px', async () => {
    const { context, problems, page } = await openPage(path);
    expect(await page.locator('.site-header, nav[aria-label="主导航"], .site-footer').count()).toBe(0);
    expect(await page.locator(`article.exercise-${mode}`).count()).toBe(exercises.length);
    if (mode === 'answers') {
      for (const exercise of exercises) {
        expect(await page.locator(`#answer-${exercise.number} .answer`).innerText()).toBe(`${answerLabel}${exercise.answer}`);
      }
    } else {
      expect(await page.locator('.answer').count(), 'no answers on the worksheet').toBe(0);
      expect(await page.locator('section.material').count()).toBeGreaterThanOrEqual(5);
    }
    await expectReadableAt(page, slug, [1280, 375]);
    expect(problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
    await context.close();
  });

  test('prints on A4 without clipped content, compact, with page numbers, readable in grey', async () => {
    const { context, page } = await openPage(path, PRINTABLE_WIDTH_PX);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.screen-bar').isVisible(), 'screen-only controls hidden in print').toBe(false);
    expect(await clippedInPrint(page)).toEqual([]);
    // Sections follow on (a forced break left half-empty pages); an exercise is never split.
    const breaks = await page
      .locator('.sheet-section')
      .evaluateAll((elements) => elements.map((element) => getComputedStyle(element).breakBefore));
    for (const value of breaks) expect(value).toBe('auto');
    expect(
      await page
        .locator('.exercise')
        .first()
        .evaluate((element) => getComputedStyle(element).breakInside),
    ).toBe('avoid');
    // Page numbers ("2 / 4") in the bottom margin of every page.
    const pageRules = await page.evaluate(() =>
      [...document.styleSheets]
        .flatMap((sheet) => [...sheet.cssRules])
        .filter((rule) => rule instanceof CSSPageRule)
        .map((rule) => rule.cssText)
        .join('\n'),
    );
    expect(pageRules).toMatch(/@bottom-center\s*\{[^}]*counter\(page\)/);
    const contentHeight = await page.evaluate(() => document.documentElement.scrollHeight);
    // Charts carry their own words: every bar has a written label, and bars have dark outlines.
    for (const chart of await page.locator('.material svg[role="img"]').all()) {
      const bars = await chart.locator('rect').count();
      const labels = await chart.locator('text').count();
      expect(bars).toBeGreaterThan(0);
      expect(labels).toBeGreaterThanOrEqual(bars);
      expect(await chart.locator('rect[stroke], g[stroke] rect').count(), 'every bar outlined').toBe(bars);
    }
    // A grey rendering of the printed page, for a person to look at.
    await page.addStyleTag({ content: 'html { filter: grayscale(1); }' });
    await screenshot(page, `${slug}-print-grey`);

    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: false });
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    writeFileSync(`${SCREENSHOT_DIR}/${slug}.pdf`, pdf);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const pages = pdfPageCount(pdf);
    expect(pages, `at most ${maxPages} A4 pages`).toBeLessThanOrEqual(maxPages);
    // No half-empty pages: all the blocks kept whole waste less than one page in all.
    expect(pages, `${contentHeight} px of content`).toBeLessThanOrEqual(Math.ceil(contentHeight / PRINTABLE_HEIGHT_PX) + slackPages);
    await context.close();
  });
});
