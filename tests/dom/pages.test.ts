import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { DIST_DIR, builtPagePaths } from '../browser/support/dist';

// One pass over every built page without a browser: what the HTML alone decides. What needs
// layout, scripts or styles (overflow, axe, console errors, text shown without JavaScript) stays
// in the browser sweep, tests/browser/pages.test.ts.
if (!existsSync(join(DIST_DIR, 'index.html'))) throw new Error(`${DIST_DIR}/ is missing: run \`npm run build\` before the DOM pass.`);

const base = process.env.BASE ?? '/';
const paths = builtPagePaths();
// Pure text pages ship no JavaScript at all (issue 9): project pages and the methodology.
const isTextPage = (path: string) => /^\/projects\/[^/]+\/$/.test(path) || path === '/methodology/';
const fileOf = (path: string) => join(DIST_DIR, path.endsWith('/') ? `${path}index.html` : path);
const checked = new Set<string>();

function sitemapPaths(): string[] {
  const files = readdirSync(DIST_DIR).filter((name) => /^sitemap-\d+\.xml$/.test(name));
  return files.flatMap((file) =>
    [...readFileSync(join(DIST_DIR, file), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => {
      const path = new URL(match[1]!).pathname;
      if (!path.startsWith(base)) throw new Error(`sitemap entry ${path} is outside base ${base}`);
      return `/${path.slice(base.length)}`;
    }),
  );
}

describe('every built page, from its HTML', () => {
  test.each(paths)('%s', (path) => {
    const html = readFileSync(fileOf(path), 'utf8');
    const { document } = parseHTML(html);
    expect(document.title.trim(), 'title').not.toBe('');
    expect(document.querySelector('meta[name="description"]')?.getAttribute('content')?.trim(), 'meta description').toBeTruthy();
    expect(document.querySelector('link[rel="canonical"]')?.getAttribute('href'), 'canonical').toMatch(/^https?:\/\//);
    expect(document.querySelectorAll('main h1').length, 'one h1 in main').toBe(1);
    expect(document.querySelectorAll('h1').length, 'no h1 outside main').toBe(1);
    if (isTextPage(path)) {
      expect(html.match(/<script\b[^>]*\b(src=|type="module")[^>]*>/g) ?? [], 'script tags in a text page').toEqual([]);
      expect(document.querySelectorAll('iframe, object, embed').length, 'frames in a text page').toBe(0);
    }
    checked.add(path);
  });
});

describe('coverage', () => {
  test('the sitemap lists the core pages, and every page it lists is built', () => {
    const listed = sitemapPaths();
    expect(listed).toContain('/');
    expect(listed).toContain('/methodology/');
    expect(
      listed.filter((path) => !paths.includes(path)),
      'sitemap entries with no page',
    ).toEqual([]);
  });

  test('the pass checked every HTML file in the build', () => {
    const files = readdirSync(DIST_DIR, { recursive: true }).filter((name) => String(name).endsWith('.html'));
    expect(paths.length).toBe(files.length);
    expect(
      paths.filter((path) => !checked.has(path)),
      'pages not checked',
    ).toEqual([]);
  });
});
