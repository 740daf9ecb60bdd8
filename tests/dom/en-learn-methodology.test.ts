/**
 * /en/learn/ and /en/methodology/ read from dist/ with linkedom: each exists in English, its tables
 * hold the same numbers as the Chinese twin's (both computed from the same data), and no Chinese
 * appears in the main content outside lang="zh-CN". Runs in the DOM pass, after the build.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';

const DIST = process.env.DIST_DIR ?? 'dist';
const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;

function page(path: string): Document {
  const file = join(DIST, path, 'index.html');
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`npx astro build\` first`);
  return parseHTML(readFileSync(file, 'utf8')).document;
}

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
  walk(document.querySelector('main')!);
  return stray;
}

const numbers = (document: Document) => [...document.querySelectorAll('main table td.num')].map((cell) => cell.textContent?.trim());

describe.each([['learn'], ['methodology']])('/en/%s/', (path) => {
  const english = page(`en/${path}`);
  const chinese = page(path);

  test('is in English, with no Chinese outside lang="zh-CN"', () => {
    expect(english.documentElement.getAttribute('lang')).toBe('en');
    expect(english.querySelector('h1')?.textContent).toMatch(/^[A-Za-z ]+$/);
    expect(strayChinese(english)).toEqual([]);
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
