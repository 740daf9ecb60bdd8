import { readFileSync, readdirSync } from 'node:fs';
import { inject } from 'vitest';
import { DIST_DIR } from './dist';

export { DIST_DIR };

/** Site-relative paths (without base) of every page in the built sitemap. */
export function sitemapPaths(): string[] {
  const files = readdirSync(DIST_DIR).filter((name) => /^sitemap-\d+\.xml$/.test(name));
  if (files.length === 0) throw new Error(`${DIST_DIR}/ has no sitemap: the build must produce one`);
  const base = inject('base');
  return files.flatMap((file) => {
    const xml = readFileSync(`${DIST_DIR}/${file}`, 'utf8');
    return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => {
      const path = new URL(match[1]!).pathname;
      if (!path.startsWith(base)) throw new Error(`sitemap entry ${path} is outside base ${base}`);
      return `/${path.slice(base.length)}`;
    });
  });
}

/** Absolute URL of a site-relative path on the local test server. */
export function pageUrl(path: string): string {
  const base = inject('base').replace(/\/$/, '');
  return `${inject('origin')}${base}${path}`;
}

export function slugForScreenshot(path: string): string {
  return path.replace(/^\/|\/$/g, '').replace(/[^a-z0-9-]+/gi, '_') || 'home';
}
