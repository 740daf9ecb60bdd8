/**
 * The English lesson (/en/teach/, the worksheet and the answers) read from dist/ with linkedom: each
 * page exists in English, its tables hold the same numbers as its Chinese twin's, every exercise and
 * data sheet is there, the answers are the ones computed from the data, and no Chinese appears
 * outside lang="zh-CN". Runs in the DOM pass, after the build.
 */
import { describe, expect, test } from 'vitest';
import { getBudget } from '../../src/lib/budget';
import { buildExercises } from '../../src/lib/teach/exercises';
import { HAN_OR_CJK_PUNCTUATION as HAN, builtPage as page, strayChinese } from './support/builtPages';

const exercises = buildExercises(getBudget(), 'en');

/** Chinese text (and names a reader hears) outside elements marked lang="zh-CN", the page's title too. */
const strayInPage = (document: Document) =>
  [`title: ${document.title}`].filter((text) => HAN.test(text)).concat(strayChinese(document.body, { han: HAN }));

/** Every numeric table cell, in order: the figures both languages must share. */
const numbers = (document: Document) =>
  [...document.querySelectorAll('table td, table th')]
    .map((cell) => (cell.textContent ?? '').trim())
    .filter((text) => /^[-−+]?[\d,]+(\.\d+)?%?$/.test(text));

describe.each([['teach'], ['teach/worksheet'], ['teach/answers']])('/en/%s/', (path) => {
  const english = page(`en/${path}`);
  const chinese = page(path);

  test('is in English, with no Chinese outside lang="zh-CN"', () => {
    expect(english.documentElement.getAttribute('lang')).toBe('en');
    expect(english.querySelector('h1')?.textContent).toMatch(/^[A-Za-z ,:]+$/);
    expect(strayInPage(english)).toEqual([]);
  });

  test('has every exercise, with the same numbers in its tables as the Chinese page', () => {
    expect(english.querySelectorAll('article.exercise')).toHaveLength(exercises.length);
    expect(numbers(english)).toEqual(numbers(chinese));
  });

  test('has the same sections and data sheets, by anchor', () => {
    const anchors = (document: Document) =>
      [...document.querySelectorAll('main h2[id], section[id]')].map((element) => element.id).filter((id) => id !== 'terms');
    expect(anchors(english)).toEqual(anchors(chinese));
  });
});

describe('/en/teach/', () => {
  const english = page('en/teach');

  test('explains the Chinese budget terms for teachers outside China, each with its original', () => {
    const terms = [...english.querySelectorAll('#terms + dl dt')].map((term) => term.textContent ?? '');
    for (const original of ['万元', '类/款/项', '基本支出', '项目支出', '上年结转', '分局']) {
      expect(
        terms.some((term) => term.includes(original)),
        original,
      ).toBe(true);
    }
  });

  test('the teacher sees the computed answers', () => {
    const answers = [...english.querySelectorAll('article.exercise-teacher .answer')].map((answer) => answer.textContent);
    expect(answers).toEqual(exercises.map((exercise) => exercise.answer));
  });

  test('links to the English worksheet and answers', () => {
    const hrefs = [...english.querySelectorAll('a.download')].map((link) => link.getAttribute('href'));
    expect(hrefs.some((href) => href?.endsWith('/en/teach/worksheet/'))).toBe(true);
    expect(hrefs.some((href) => href?.endsWith('/en/teach/answers/'))).toBe(true);
  });

  test('every translated name on the data sheets shows its Chinese original', () => {
    const rows = [...english.querySelectorAll('.material tbody th[scope="row"]')].filter(
      (row) => !/Staff actually in post/.test(row.textContent ?? ''),
    );
    expect(rows.length).toBeGreaterThan(20);
    expect(rows.filter((row) => !row.querySelector('[lang="zh-CN"]')).map((row) => row.textContent)).toEqual([]);
  });
});

describe('/en/teach/answers/', () => {
  test('prints the computed answers', () => {
    const answers = [...page('en/teach/answers').querySelectorAll('.answer')].map((answer) => answer.textContent);
    expect(answers).toEqual(exercises.map((exercise) => `Answer: ${exercise.answer}`));
  });
});
