/**
 * The English flow chart's data files, read from dist/ (no browser): the details-panel text
 * (/en/flow/panel.json) and every prerendered variant (/en/flow/variants/*.svg) are in English,
 * cover the same nodes and links as the Chinese ones, and state the same shares. The pages
 * themselves are checked by english-edition.test.ts (twins, figures, stray Chinese).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { PanelContent } from '../../src/lib/flow/details';

const DIST = process.env.DIST_DIR ?? 'dist';
if (!existsSync(join(DIST, 'en/flow/panel.json')))
  throw new Error(`${DIST}/en/flow/ is missing: run \`npm run build\` before the DOM pass.`);

const HAN = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;
const panel = (path: string) => JSON.parse(readFileSync(join(DIST, path), 'utf8')) as Record<string, PanelContent>;
const svgs = (dir: string) =>
  readdirSync(join(DIST, dir))
    .filter((name) => name.endsWith('.svg'))
    .sort();

describe('/en/flow/panel.json', () => {
  const en = panel('en/flow/panel.json');
  const zh = panel('flow/panel.json');

  test('has no Chinese', () => {
    const hits = Object.entries(en)
      .filter(([, content]) => HAN.test(JSON.stringify(content)))
      .map(([key]) => key);
    expect(hits).toEqual([]);
  });

  test('covers every node and link of the Chinese panel, with the same shares and English project links', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    const shares = (content: PanelContent) => content.rows.map(([, value]) => value).filter((value) => /^[\d.]+%$/.test(value));
    for (const key of Object.keys(zh)) {
      expect(shares(en[key]!), key).toEqual(shares(zh[key]!));
      if (zh[key]!.href) expect(en[key]!.href, key).toBe(zh[key]!.href!.replace('/projects/', '/en/projects/'));
    }
  });
});

describe('/en/flow/variants/', () => {
  test('the same variants as the Chinese chart', () => {
    expect(svgs('en/flow/variants')).toEqual(svgs('flow/variants'));
  });

  test.each(svgs('en/flow/variants'))('%s has no Chinese and links to English project pages', (name) => {
    const text = readFileSync(join(DIST, 'en/flow/variants', name), 'utf8');
    expect(text.match(new RegExp(`.{0,30}${HAN.source}+.{0,30}`))?.[0]).toBeUndefined();
    expect(text).not.toMatch(/href="[^"]*(?<!\/en)\/projects\//);
  });
});
