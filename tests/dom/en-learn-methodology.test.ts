/**
 * /en/learn/ and /en/methodology/ read from dist/ with linkedom: each exists in English, its tables
 * hold the same numbers as the Chinese twin's (both computed from the same data), and no Chinese
 * appears in the main content outside lang="zh-CN". Runs in the DOM pass, after the build.
 */
import { describe, expect, test } from 'vitest';
import { builtPage as page, mainOf, strayChinese } from './support/builtPages';

const numbers = (document: Document) => [...document.querySelectorAll('main table td.num')].map((cell) => cell.textContent?.trim());

describe.each([['learn'], ['methodology']])('/en/%s/', (path) => {
  const english = page(`en/${path}`);
  const chinese = page(path);

  test('is in English, with no Chinese outside lang="zh-CN"', () => {
    expect(english.documentElement.getAttribute('lang')).toBe('en');
    expect(english.querySelector('h1')?.textContent).toMatch(/^[A-Za-z ]+$/);
    expect(strayChinese(mainOf(english))).toEqual([]);
  });

  test('its tables hold the same numbers as the Chinese page', () => {
    expect(numbers(english).length).toBeGreaterThan(10);
    expect(numbers(english)).toEqual(numbers(chinese));
  });

  test('has the same sections, by anchor', () => {
    const anchors = (document: Document) => [...document.querySelectorAll('main h2[id], main section[id]')].map((element) => element.id);
    expect(anchors(english)).toEqual(anchors(chinese));
  });
});
