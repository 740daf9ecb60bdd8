#!/usr/bin/env node
// Checks every internal link, asset reference and #anchor in the built site: zero broken.
// Usage: node scripts/check-links.mjs [distDir]   (BASE=/sub/ for a build made under a sub-path)
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const distDir = process.argv[2] ?? process.env.DIST_DIR ?? 'dist';
const base = process.env.BASE ?? '/';
const origin = 'http://site.invalid';

const htmlFiles = readdirSync(distDir, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
  .map((entry) => join(entry.parentPath, entry.name));

/** The page's URL path under base, as a static host serves it (dir/index.html → dir/). */
function pagePath(file) {
  const rel = relative(distDir, file).split('\\').join('/');
  const path = rel.endsWith('index.html') ? rel.slice(0, -'index.html'.length) : rel;
  return `${base}${path}`;
}

/** The file a URL path resolves to, like a static host: exact file, or dir/index.html. */
function resolveFile(pathname) {
  if (!pathname.startsWith(base)) return null;
  const rel = decodeURIComponent(pathname.slice(base.length));
  const candidate = join(distDir, rel);
  if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  const index = join(candidate, 'index.html');
  return existsSync(index) ? index : null;
}

const idCache = new Map();
function idsOf(file) {
  if (!idCache.has(file)) {
    const html = readFileSync(file, 'utf8');
    const ids = new Set([...html.matchAll(/\s(?:id|name)="([^"]*)"/g)].map((match) => decodeEntities(match[1])));
    idCache.set(file, ids);
  }
  return idCache.get(file);
}

// Named entities Astro and the Markdown pipeline write, and every numeric one (Astro writes & as &#38;).
const NAMED_ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"' };
const decodeEntities = (text) =>
  text.replace(/&(?:(amp|lt|gt|quot)|#(\d+)|#x([0-9a-f]+));/gi, (_, name, decimal, hex) =>
    name ? NAMED_ENTITIES[name] : String.fromCodePoint(decimal ? Number(decimal) : parseInt(hex, 16)),
  );

// Attributes that hold URLs; srcset is split on commas.
const URL_ATTRIBUTES = /\s(href|src|action|poster|data-variants-url|data-methodology|xlink:href)="([^"]*)"/g;

const broken = [];
let checked = 0;
for (const file of htmlFiles) {
  const html = readFileSync(file, 'utf8');
  const here = new URL(pagePath(file), origin);
  const targets = [];
  for (const match of html.matchAll(URL_ATTRIBUTES)) targets.push({ attribute: match[1], value: decodeEntities(match[2]) });
  for (const match of html.matchAll(/\ssrcset="([^"]*)"/g)) {
    for (const part of match[1].split(',')) targets.push({ attribute: 'srcset', value: part.trim().split(/\s+/)[0] });
  }
  for (const { attribute, value } of targets) {
    if (!value || /^(mailto:|tel:|data:|javascript:|blob:)/i.test(value)) continue;
    // data-* URL attributes are templates the scripts complete; only check their fixed part.
    if (attribute.startsWith('data-') && /[{}]/.test(value)) continue;
    let url;
    try {
      url = new URL(value, here);
    } catch {
      broken.push(`${relative(distDir, file)}: ${attribute}="${value}" is not a valid URL`);
      continue;
    }
    if (url.origin !== origin) continue; // external: not ours to check here (the CSP forbids loading them anyway)
    checked++;
    if (url.pathname === here.pathname && url.search === '' && value.startsWith('#')) {
      const id = decodeURIComponent(url.hash.slice(1));
      if (id && id !== 'top' && !idsOf(file).has(id))
        broken.push(`${relative(distDir, file)}: ${attribute}="${value}" — no element with id "${id}" on the page`);
      continue;
    }
    // A data-* URL ending in "/" is a folder the script fetches files from: the folder must exist.
    if (attribute.startsWith('data-') && url.pathname.endsWith('/') && url.pathname.startsWith(base)) {
      const folder = join(distDir, decodeURIComponent(url.pathname.slice(base.length)));
      if (!existsSync(folder) || !statSync(folder).isDirectory())
        broken.push(`${relative(distDir, file)}: ${attribute}="${value}" → folder ${url.pathname} does not exist`);
      continue;
    }
    const target = resolveFile(url.pathname);
    if (!target) {
      broken.push(
        `${relative(distDir, file)}: ${attribute}="${value}" → ${url.pathname} does not exist${url.pathname.startsWith(base) ? '' : ` (outside base ${base})`}`,
      );
      continue;
    }
    if (url.hash.length > 1 && target.endsWith('.html')) {
      const id = decodeURIComponent(url.hash.slice(1));
      if (!idsOf(target).has(id))
        broken.push(`${relative(distDir, file)}: ${attribute}="${value}" — ${relative(distDir, target)} has no id "${id}"`);
    }
  }
}

console.log(`check-links: ${htmlFiles.length} pages, ${checked} internal links/assets/anchors checked, ${broken.length} broken`);
for (const line of broken) console.log(`  ${line}`);
process.exit(broken.length ? 1 : 0);
