/**
 * /en/glossary/ read from dist/ with linkedom: the same terms, ids and sections as /glossary/, each
 * with its Chinese original in a lang="zh-CN" element, and no other Chinese in the page's main text.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import Papa from 'papaparse';
import { expect, test } from 'vitest';

const DIST = process.env.DIST_DIR ?? 'dist';
const HAN = /\p{Script=Han}/u;
const page = (path: string) => parseHTML(readFileSync(join(DIST, path, 'index.html'), 'utf8')).document;
const english = page('en/glossary');
const chinese = page('glossary');
const main = english.querySelector('main')!;
const terms = Papa.parse<Record<string, string>>(readFileSync('data/site_glossary.csv', 'utf8').replace(/^\uFEFF/, ''), {
  header: true,
  skipEmptyLines: true,
}).data;

test('the page is English', () => {
  expect(english.documentElement.getAttribute('lang')).toBe('en');
  expect(main.querySelector('h1')!.textContent).toBe('Glossary');
});

test('every term is there, under the same id as on /glossary/, with its Chinese original beside it', () => {
  const ids = [...main.querySelectorAll('article.entry')].map((entry) => entry.id);
  expect(ids).toEqual([...chinese.querySelectorAll('main article.entry')].map((entry) => entry.id));
  expect(new Set(ids)).toEqual(new Set(terms.map((term) => term.id)));
  for (const term of terms) {
    const heading = main.querySelector(`#${term.id}-name`)!;
    const original = heading.querySelector('[lang="zh-CN"]');
    expect(original?.textContent, term.id).toBe(term.term);
    expect(heading.textContent!.replace(term.term!, ''), term.id).toMatch(/[A-Za-z]{3}/);
    expect(heading.textContent!.replace(term.term!, ''), term.id).not.toMatch(HAN);
  }
});

test('no Chinese outside lang="zh-CN" elements in the main text', () => {
  const copy = main.cloneNode(true) as Element;
  for (const element of copy.querySelectorAll('[lang="zh-CN"], script, style')) element.remove();
  const stray = (copy.textContent ?? '').match(/\p{Script=Han}+/gu) ?? [];
  expect(stray).toEqual([]);
  expect(copy.textContent).toMatch(/10,000 yuan/);
});

test('the report’s definitions are quoted in English and in the original, and examples are there as in Chinese', () => {
  const figures = main.querySelectorAll('figure.report-definition');
  expect(figures.length).toBe(chinese.querySelectorAll('main figure.report-definition').length);
  for (const figure of figures) {
    const [translation, original] = [...figure.querySelectorAll('blockquote')];
    expect(translation!.textContent).not.toMatch(HAN);
    expect(original!.getAttribute('lang')).toBe('zh-CN');
    expect(original!.textContent).toMatch(HAN);
  }
  expect(main.querySelectorAll('.example').length).toBe(chinese.querySelectorAll('main .example').length);
  expect(main.querySelectorAll('.note').length).toBe(chinese.querySelectorAll('main .note').length);
  expect(main.querySelector('#department-budget .example')!.textContent).toContain('¥254.17 million');
});

test('related terms link to English entries that exist', () => {
  const links = [...main.querySelectorAll('.related a')];
  expect(links.length).toBe(chinese.querySelectorAll('main .related a').length);
  for (const link of links) {
    const [path, id] = link.getAttribute('href')!.split('#');
    expect(path).toMatch(/\/en\/glossary\/$/);
    expect(main.querySelector(`#${id}`), id).not.toBeNull();
  }
});

test('a term popover on an English page speaks English, with the Chinese term beside it', () => {
  const term = main.querySelector('[data-term="department-budget"]')!;
  const short = terms.find((row) => row.id === 'department-budget')!;
  expect(term.querySelector('a.term-link')!.getAttribute('href')).toMatch(/\/en\/glossary\/#department-budget$/);
  for (const popover of term.querySelectorAll('.term-tip, .term-card')) {
    expect(popover.querySelector('.term-tip-name')!.textContent).toMatch(/^Departmental budget 部门预算: $/);
    expect(popover.querySelector('[lang="zh-CN"]')!.textContent).toBe(short.term);
    expect(popover.textContent).toMatch(/A government department’s plan/);
  }
  expect(term.querySelector('.term-card-link a')!.textContent).toBe('See “Departmental budget” in the glossary');
});
