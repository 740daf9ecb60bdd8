/**
 * The English edition against the Chinese site, from the built HTML (linkedom, no browser):
 * every page has its twin in the other language (exceptions: src/i18n/twins.ts), `lang`,
 * hreflang alternates and the language switch are right, English reader text has no Chinese
 * outside elements marked lang="zh-CN", and every figure an English page shows in a table or a
 * <data> element equals its Chinese twin's, in the same order. Runs in the DOM pass, after the build.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { DIST_DIR, builtPagePaths } from '../browser/support/dist';
import { NO_TWIN, TWINS_PENDING } from '../../src/i18n/twins';

if (!existsSync(join(DIST_DIR, 'index.html'))) throw new Error(`${DIST_DIR}/ is missing: run \`npm run build\` before the DOM pass.`);

const base = (process.env.BASE ?? '/').replace(/\/$/, '');
const paths = builtPagePaths();
const isEnglish = (path: string) => path.startsWith('/en/');
const chineseOf = (path: string) => (path === '/en/' ? '/' : path.slice(3));
const englishOf = (path: string) => `/en${path}`;
const exception = (path: string) => [...NO_TWIN, ...TWINS_PENDING].find((entry) => entry.path.test(path));
const fileOf = (path: string) => join(DIST_DIR, path.endsWith('/') ? `${path}index.html` : path);
const documents = new Map<string, Document>();
const documentOf = (path: string): Document => {
  if (!documents.has(path)) documents.set(path, parseHTML(readFileSync(fileOf(path), 'utf8')).document as unknown as Document);
  return documents.get(path)!;
};
const pathOfUrl = (href: string) => {
  const path = new URL(href, 'https://example.org').pathname;
  return base && path.startsWith(`${base}/`) ? path.slice(base.length) : path;
};

const english = paths.filter(isEnglish);
const chinese = paths.filter((path) => !isEnglish(path));
const twinned = english.filter((path) => paths.includes(chineseOf(path)));

describe('twins', () => {
  test('the English edition is built', () => {
    expect(english.length).toBeGreaterThan(20);
  });

  test('every Chinese page has an English twin, except the listed ones', () => {
    const missing = chinese.filter((path) => !exception(path) && !paths.includes(englishOf(path)));
    expect(missing).toEqual([]);
  });

  test('every English page has a Chinese twin', () => {
    expect(english.filter((path) => !paths.includes(chineseOf(path)))).toEqual([]);
  });

  test('a listed exception really has no twin (the list stays current)', () => {
    const stale = chinese.filter((path) => exception(path) && paths.includes(englishOf(path)));
    expect(stale).toEqual([]);
  });
});

describe('lang, hreflang and the language switch', () => {
  test.each(paths)('%s', (path) => {
    const document = documentOf(path);
    const lang = isEnglish(path) ? 'en' : 'zh-CN';
    expect(document.documentElement.getAttribute('lang')).toBe(lang);
    const zhPath = isEnglish(path) ? chineseOf(path) : path;
    const enPath = isEnglish(path) ? path : englishOf(path);
    const hasTwin = paths.includes(zhPath) && paths.includes(enPath);
    const alternates = [...document.querySelectorAll('link[rel="alternate"][hreflang]')].map((link) => [
      link.getAttribute('hreflang'),
      pathOfUrl(link.getAttribute('href')!),
    ]);
    const switchLink = document.querySelector('header a.lang-switch');
    if (!hasTwin) {
      expect(alternates, 'no alternates without a twin').toEqual([]);
      return;
    }
    expect(alternates).toEqual([
      ['zh-CN', zhPath],
      ['en', enPath],
      ['x-default', zhPath],
    ]);
    // Embeds have no header; every other page switches to its twin.
    if (document.querySelector('header.site-header')) {
      expect(switchLink, 'language switch').not.toBeNull();
      expect(pathOfUrl(switchLink!.getAttribute('href')!)).toBe(isEnglish(path) ? zhPath : enPath);
      expect(switchLink!.getAttribute('hreflang')).toBe(isEnglish(path) ? 'zh-CN' : 'en');
      expect(switchLink!.getAttribute('lang')).toBe(isEnglish(path) ? 'zh-CN' : 'en');
    }
  });
});

/** Visible text of an English page that is not marked as Chinese, without scripts and code. */
function englishReaderText(document: Document): string {
  for (const element of document.querySelectorAll('script, style, template, code, pre, [lang="zh-CN"]')) element.remove();
  return `${document.title} ${document.body.textContent ?? ''}`;
}

/** Attributes a reader hears or sees (names of links, charts, images). */
function englishAttributeText(document: Document): string[] {
  return [...document.querySelectorAll('[aria-label], [alt], [title], [placeholder]')]
    .filter((element) => !element.closest('[lang="zh-CN"]'))
    .flatMap((element) => ['aria-label', 'alt', 'title', 'placeholder'].map((name) => element.getAttribute(name) ?? ''));
}

const HAN = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;

describe('no Chinese in English reader text, except originals marked lang="zh-CN"', () => {
  test('the check finds Chinese and lets marked originals pass', () => {
    const { document } = parseHTML(
      '<!doctype html><html lang="en"><head><title>t</title></head><body><p>Zezhou Branch <span lang="zh-CN">泽州分局</span></p><p aria-label="分局">x</p></body></html>',
    );
    expect(HAN.test(englishReaderText(document as unknown as Document))).toBe(false);
    expect(
      englishAttributeText(parseHTML('<html><body><p aria-label="分局">x</p></body></html>').document as unknown as Document).some((text) =>
        HAN.test(text),
      ),
    ).toBe(true);
  });

  test.each(english)('%s', (path) => {
    const { document } = parseHTML(readFileSync(fileOf(path), 'utf8'));
    // JSON data blocks hold text the client script shows later (details panels): no Chinese there either.
    const data = [...document.querySelectorAll('script[type="application/json"]')].map((script) => script.textContent ?? '');
    expect(data.filter((text) => HAN.test(text)).map((text) => text.match(new RegExp(`.{0,30}${HAN.source}+.{0,30}`))![0])).toEqual([]);
    const hits = [englishReaderText(document as unknown as Document), ...englishAttributeText(document as unknown as Document)].flatMap(
      (text) => [...text.matchAll(new RegExp(`.{0,30}${HAN.source}+.{0,30}`, 'g'))].map((match) => match[0].replace(/\s+/g, ' ')),
    );
    expect(hits).toEqual([]);
  });
});

/**
 * The figures a page states: <data value> attributes, the raw target of each indicator cell
 * (data-value), and numeric table cells (without the Chinese originals an English cell shows beside
 * its text). Sorted: English prose may name the same figures in another order (“ranks fourth of
 * six” / “6个分局中排第4位”), but not other figures.
 */
function figures(document: Document): { values: string[]; cells: string[]; tokens: Set<string> } {
  const values = [
    ...[...document.querySelectorAll('data[value]')].map((element) => `data:${element.getAttribute('value')}`),
    ...[...document.querySelectorAll('td.target[data-value]')].map((cell) => `target:${cell.getAttribute('data-value')}`),
  ].sort();
  const texts = [...document.querySelectorAll('table td, table th')]
    .filter((cell) => !cell.matches('td.target[data-value]'))
    .map((cell) => {
      const copy = cell.cloneNode(true) as Element;
      for (const original of copy.querySelectorAll('[lang="zh-CN"]')) original.remove();
      return { text: (copy.textContent ?? '').trim(), full: (cell.textContent ?? '').trim() };
    });
  const cells = texts
    .map(({ text }) => text)
    .filter((text) => /^[-−+]?\d[\d,]*(\.\d+)?%?$/.test(text))
    .sort();
  // Every number written anywhere in a cell (“2110102 一般行政管理事务”), for English cells that
  // show a code or count alone where the Chinese cell has it with words.
  const tokens = new Set(texts.flatMap(({ full }) => full.match(/\d[\d,]*(\.\d+)?%?/g) ?? []));
  return { values, cells, tokens };
}

describe('every figure on an English page equals its Chinese twin’s', () => {
  test.each(twinned)('%s', (path) => {
    const en = figures(documentOf(path));
    const zh = figures(documentOf(chineseOf(path)));
    expect(en.values).toEqual(zh.values);
    // Every numeric cell of the Chinese page is on the English page; an English numeric cell the
    // Chinese page writes with words around it must still be one of the Chinese page's numbers.
    const unmatched = [...en.cells];
    for (const cell of zh.cells) {
      const at = unmatched.indexOf(cell);
      expect(at, `${cell} from the Chinese page is missing`).toBeGreaterThanOrEqual(0);
      unmatched.splice(at, 1);
    }
    expect(unmatched.filter((cell) => !zh.tokens.has(cell))).toEqual([]);
  });

  test('the comparison sees figures', () => {
    expect(twinned.filter((path) => figures(documentOf(path)).cells.length > 0).length).toBeGreaterThan(10);
  });
});
