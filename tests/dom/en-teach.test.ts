/**
 * The English lesson (/en/teach/, the worksheet and the answers) read from dist/ with linkedom: each
 * page exists in English, its tables hold the same numbers as its Chinese twin's, every exercise and
 * data sheet is there, the answers are the ones computed from the data, and no Chinese appears
 * outside lang="zh-CN". Runs in the DOM pass, after the build.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { getBudget } from '../../src/lib/budget';
import { buildExercises } from '../../src/lib/teach/exercises';

const DIST = process.env.DIST_DIR ?? 'dist';
const HAN = /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/;
const exercises = buildExercises(getBudget(), 'en');

function page(path: string): Document {
  const file = join(DIST, path, 'index.html');
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`npx astro build\` first`);
  return parseHTML(readFileSync(file, 'utf8')).document as unknown as Document;
}

/** Chinese text (and names a reader hears) outside elements marked lang="zh-CN". */
function strayChinese(document: Document): string[] {
  const stray: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      const text = node.textContent ?? '';
      if (HAN.test(text) && !node.parentElement?.closest('[lang="zh-CN"]')) stray.push(text.trim().slice(0, 60));
      return;
    }
    if (node.nodeType !== 1) return;
    const element = node as Element;
    if (['SCRIPT', 'STYLE', 'TEMPLATE'].includes(element.tagName)) return;
    for (const attribute of ['aria-label', 'title', 'alt']) {
      const value = element.getAttribute(attribute);
      if (value && HAN.test(value) && !element.closest('[lang="zh-CN"]')) stray.push(`${attribute}="${value.slice(0, 60)}"`);
    }
    element.childNodes.forEach(walk);
  };
  walk(document.body);
  return [`title: ${document.title}`].filter((text) => HAN.test(text)).concat(stray);
}

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
    expect(strayChinese(english)).toEqual([]);
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
