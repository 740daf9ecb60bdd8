/**
 * public/_headers (Netlify / Cloudflare Pages): the meta tag's Content-Security-Policy on every page,
 * framing by other sites allowed for /embed/ only, nosniff and a Referrer-Policy.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

/** The rules of a _headers file: path pattern → header lines. */
function parseHeaders(text: string): Map<string, string[]> {
  const rules = new Map<string, string[]>();
  let current: string[] | null = null;
  for (const line of text.split('\n')) {
    if (line.startsWith('#') || line.trim() === '') continue;
    if (!/^\s/.test(line)) rules.set(line.trim(), (current = []));
    else current!.push(line.trim());
  }
  return rules;
}

const rules = parseHeaders(readFileSync('public/_headers', 'utf8'));
const layout = readFileSync('src/layouts/BaseLayout.astro', 'utf8');
const metaPolicy = [.../const contentSecurityPolicy = \[([\s\S]*?)\]\.join\('; '\)/.exec(layout)![1]!.matchAll(/"([^"]+)"/g)].map((match) => match[1]).join('; ');

/** Does a _headers path pattern (a trailing * matches anything) cover this path? */
const covers = (pattern: string, path: string) => (pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : pattern === path);
const headersFor = (path: string) => [...rules].filter(([pattern]) => covers(pattern, path)).flatMap(([, lines]) => lines);

describe('public/_headers', () => {
  test('every path gets the meta tag\'s policy, nosniff and a Referrer-Policy', () => {
    expect(metaPolicy).toContain("script-src 'self'");
    expect(rules.get('/*')).toEqual([`Content-Security-Policy: ${metaPolicy}`, 'X-Content-Type-Options: nosniff', 'Referrer-Policy: strict-origin-when-cross-origin']);
  });

  // One page from every top-level route in src/pages.
  const routes = readdirSync('src/pages')
    .filter((name) => !name.startsWith('_') && !name.endsWith('.ts'))
    .map((name) => (name === 'index.astro' ? '/' : name === '404.astro' ? '/404.html' : `/${name.replace(/\.astro$/, '')}/`));

  test.each(routes.filter((path) => path !== '/embed/'))('%s may be framed by this site only', (path) => {
    expect(headersFor(path)).toContain("Content-Security-Policy: frame-ancestors 'self'");
    expect(headersFor(path)).toContain('X-Frame-Options: SAMEORIGIN');
  });

  test('the embeds may be framed by any site', () => {
    expect(routes).toContain('/embed/');
    for (const path of ['/embed/', '/embed/treemap/', '/embed/branch-zezhou/']) {
      expect(headersFor(path).filter((line) => /frame-ancestors|X-Frame-Options/.test(line)), path).toEqual([]);
    }
  });
});
