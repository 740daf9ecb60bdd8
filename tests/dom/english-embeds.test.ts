/**
 * The English embeds and images in the built site (linkedom, no browser): every English page's
 * link preview is an English image that exists, each English chart page points oEmbed consumers
 * at its English embed, and each English oEmbed's thumbnail is the English PNG at its real size.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { DIST_DIR, builtPagePaths } from '../browser/support/dist';
import { getBudget } from '../../src/lib/budget';
import { embedCharts } from '../../src/lib/embed/charts';
import { pngSize } from '../../src/lib/images/png';

if (!existsSync(join(DIST_DIR, 'index.html'))) throw new Error(`${DIST_DIR}/ is missing: run \`npm run build\` before the DOM pass.`);

const base = (process.env.BASE ?? '/').replace(/\/$/, '');
const fileOf = (path: string) => join(DIST_DIR, path.endsWith('/') ? `${path}index.html` : path);
const documentOf = (path: string) => parseHTML(readFileSync(fileOf(path), 'utf8')).document as unknown as Document;
/** A published URL's file in dist/, without the base. */
const distPathOf = (url: string) => decodeURI(new URL(url).pathname).slice(base.length);
const charts = embedCharts(getBudget(), 'en');
const englishPages = builtPagePaths().filter((path) => path.startsWith('/en/'));

describe('English images', () => {
  test('every English page’s og:image is an English share card or English chart image, and exists', () => {
    expect(englishPages.length).toBeGreaterThan(100);
    const wrong: string[] = [];
    for (const path of englishPages) {
      const image = documentOf(path).querySelector('meta[property="og:image"]')?.getAttribute('content');
      const file = image ? distPathOf(image) : '';
      if (!/^\/(og\/en\/|en\/embed\/)/.test(file) || !existsSync(join(DIST_DIR, file))) wrong.push(`${path} → ${image}`);
    }
    expect(wrong).toEqual([]);
  });

  test('an English embed page previews as its own chart image', () => {
    for (const chart of charts) {
      const image = documentOf(`/en/embed/${chart.slug}/`).querySelector('meta[property="og:image"]')?.getAttribute('content');
      expect(distPathOf(image!), chart.slug).toBe(`/en/embed/${chart.slug}/image.png`);
    }
  });
});

describe('English oEmbed', () => {
  test('each English chart page links its English oEmbed, whose thumbnail is the English PNG at its size', () => {
    for (const chart of charts) {
      const link = documentOf(chart.fullPath).querySelector('link[rel="alternate"][type="application/json+oembed"]');
      expect(link?.getAttribute('title'), chart.fullPath).toBe(chart.title);
      const file = distPathOf(link!.getAttribute('href')!);
      expect(file).toBe(`/en/embed/${chart.slug}/oembed.json`);
      const oembed = JSON.parse(readFileSync(join(DIST_DIR, file), 'utf8')) as Record<string, string | number>;
      expect(oembed).toMatchObject({
        title: chart.title,
        provider_name: 'Jincheng Environment Budget 2024',
        author_name: 'Jincheng Environment Budget 2024',
      });
      const thumbnail = distPathOf(String(oembed.thumbnail_url));
      expect(thumbnail).toBe(`/en/embed/${chart.slug}/image.png`);
      expect(pngSize(readFileSync(join(DIST_DIR, thumbnail)))).toEqual({ width: oembed.thumbnail_width, height: oembed.thumbnail_height });
    }
  });
});
