import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** One page of each type, and three English twins; `chart` pages may ship up to 40 KB of JS, text pages none. */
export const PAGE_TYPES = [
  { type: 'home', path: '/', chart: true },
  { type: 'treemap', path: '/treemap/', chart: true },
  { type: 'sankey', path: '/flow/', chart: true },
  { type: 'branch', path: '/branches/zezhou/', chart: true },
  { type: 'project', path: '/projects/zezhou-wetlands/', chart: false },
  { type: 'text (methodology)', path: '/methodology/', chart: false },
  { type: 'embed', path: '/embed/treemap/', chart: true },
  { type: 'home (English)', path: '/en/', chart: true },
  { type: 'sankey (English)', path: '/en/flow/', chart: true },
  { type: 'project (English)', path: '/en/projects/zezhou-wetlands/', chart: false },
] as const;

export const BUDGETS = { chartJsGzip: 40 * 1024, textJsGzip: 0, homeTotalGzip: 150 * 1024 };

export interface PageWeight {
  type: string;
  path: string;
  html: number;
  css: number;
  js: number;
  other: number;
  /** Lazy-loaded images, not in `total`. */
  lazy: number;
  total: number;
  files: number;
  problems: string[];
}

const gzipSize = (bytes: Uint8Array) => gzipSync(bytes, { level: 9 }).byteLength;

/** Site-relative URL of an asset (base stripped) → file in dist. */
function fileFor(distDir: string, url: string, base: string): string | null {
  if (/^(https?:|data:|#|mailto:)/.test(url)) return null;
  const path = url.split(/[?#]/)[0]!;
  const relative = path.startsWith(base) ? path.slice(base.length) : path.replace(/^\//, '');
  return join(distDir, decodeURIComponent(relative));
}

/** JS chunks a module imports statically (Astro splits shared code into chunks). */
function staticImports(source: string): string[] {
  return [...source.matchAll(/(?:import|export)\s*(?:[^'"]*?from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g)].map((match) => match[1]!);
}

/**
 * What a first visit transfers, gzip -9 (what a CDN serves): the HTML, its stylesheets, its module
 * scripts with their static imports, images and the icon. Lazy imports (e.g. the search index,
 * loaded only when someone searches) are not counted.
 */
export function pageWeight(distDir: string, type: string, path: string, base = '/'): PageWeight | null {
  const htmlFile = join(distDir, path, 'index.html');
  if (!existsSync(htmlFile)) return null;
  const html = readFileSync(htmlFile);
  const text = html.toString('utf8');
  const weight: PageWeight = { type, path, html: gzipSize(html), css: 0, js: 0, other: 0, lazy: 0, total: 0, files: 1, problems: [] };
  const seen = new Set<string>();
  const add = (file: string | null, kind: 'css' | 'js' | 'other' | 'lazy') => {
    if (!file || seen.has(file)) return;
    seen.add(file);
    if (!existsSync(file)) {
      weight.problems.push(`missing ${file}`);
      return;
    }
    const bytes = readFileSync(file);
    weight[kind] += gzipSize(bytes);
    weight.files++;
    if (kind === 'js') for (const imported of staticImports(bytes.toString('utf8'))) add(join(file, '..', imported), 'js');
  };
  for (const match of text.matchAll(/<link\b[^>]*>/g)) {
    const tag = match[0];
    const href = /href="([^"]+)"/.exec(tag)?.[1];
    if (!href) continue;
    if (/rel="stylesheet"/.test(tag)) add(fileFor(distDir, href, base), 'css');
    else if (/rel="modulepreload"/.test(tag)) add(fileFor(distDir, href, base), 'js');
    else if (/rel="(icon|preload)"/.test(tag)) add(fileFor(distDir, href, base), 'other');
  }
  for (const match of text.matchAll(/<script\b[^>]*\bsrc="([^"]+)"[^>]*>/g)) add(fileFor(distDir, match[1]!, base), 'js');
  // A lazy image (the chart image offered for download, below the chart) loads only when scrolled
  // to: counted apart, not as part of the first visit.
  for (const match of text.matchAll(/<img\b[^>]*\bsrc="([^"]+)"[^>]*>/g))
    add(fileFor(distDir, match[1]!, base), /\bloading="lazy"/.test(match[0]) ? 'lazy' : 'other');
  weight.total = weight.html + weight.css + weight.js + weight.other;
  return weight;
}

export function budgetVerdicts(weights: PageWeight[]): string[] {
  const failures: string[] = [];
  for (const weight of weights) {
    const spec = PAGE_TYPES.find((page) => page.path === weight.path);
    const jsBudget = spec?.chart ? BUDGETS.chartJsGzip : BUDGETS.textJsGzip;
    if (weight.js > jsBudget) failures.push(`${weight.type} ${weight.path}: ${kb(weight.js)} of JS (budget ${kb(jsBudget)})`);
    if ((weight.path === '/' || weight.path === '/en/') && weight.total > BUDGETS.homeTotalGzip)
      failures.push(`${weight.type}: ${kb(weight.total)} transferred (budget ${kb(BUDGETS.homeTotalGzip)})`);
  }
  return failures;
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
