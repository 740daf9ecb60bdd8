/**
 * The prerendered images: share cards are 1200×630, chart images twice their layout size, the
 * same bytes on every run, and every character any image draws is in the committed font subset
 * (a page that needs a missing glyph fails here: run `node scripts/make-font-subset.mjs`).
 */
import { readFileSync } from 'node:fs';
import { Blob as HbBlob, Face } from 'harfbuzzjs';
import { describe, expect, test } from 'vitest';
import { chartImagePng, chartImages, chartImageSvg } from '../../src/components/share/chartImages';
import { shareCard, shareCardKeyFor, shareCardKeys, shareCardPng } from '../../src/components/share/shareCards';
import { CARD_HEIGHT, CARD_WIDTH, cardLines, cardSvg } from '../../src/lib/images/card';
import { CHART_IMAGE_SCALE } from '../../src/lib/images/chartImagePaths';
import { imageFontPaths } from '../../src/lib/images/font';
import { pngSize } from '../../src/lib/images/png';
import { qrData } from '../../src/lib/images/qr';
import { getBudget } from '../../src/lib/budget';
import { embedCharts } from '../../src/lib/embed/charts';

/** The text an SVG draws: the content of its <text> and <tspan> elements, entities decoded. */
function drawnText(svg: string): string {
  const entities: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
  return [...svg.matchAll(/<(?:text|tspan)\b[^>]*>([^<]*)/g)]
    .map((match) => match[1]!.replace(/&(amp|lt|gt|quot|#39);/g, (entity) => entities[entity]!))
    .join('');
}

describe('share cards', () => {
  test('a project card is a 1200×630 PNG, the same bytes every time', async () => {
    const key = `projects/${getBudget().projects[0]!.id}`;
    const first = await shareCardPng(key);
    expect(pngSize(first)).toEqual({ width: CARD_WIDTH, height: CARD_HEIGHT });
    expect(Buffer.from(await shareCardPng(key)).equals(Buffer.from(first))).toBe(true);
  });

  test("every project and branch has its own card; other pages share their section's", () => {
    const budget = getBudget();
    for (const project of budget.projects) expect(shareCardKeyFor(`/projects/${project.id}/`)).toBe(`projects/${project.id}`);
    for (const branch of budget.units.filter((unit) => unit.kind === 'branch')) expect(shareCardKeys()).toContain(`branches/${branch.id}`);
    expect(shareCardKeyFor('/')).toBe('index');
    expect(shareCardKeyFor('/methodology/')).toBe('index');
    expect(shareCardKeyFor('/treemap/levels/function/21103/')).toBe('treemap');
    expect(shareCardKeyFor('/treemap/levels/unit/401001/')).toBe('treemap-unit');
    expect(shareCardKeyFor('/flow/details/xiang/')).toBe('flow');
  });

  test('long titles wrap between characters but never inside a number, and are cut with …', () => {
    expect(cardLines('晋城市生态环境局2024年节能环保支出', 52, 520, 3)).toEqual(['晋城市生态环境局', '2024年节能环保支出']);
    const cut = cardLines('一'.repeat(40), 52, 520, 2);
    expect(cut).toHaveLength(2);
    expect(cut[1]!.endsWith('…')).toBe(true);
  });
});

describe('chart images', () => {
  test('there is one for every embeddable chart and each 款 level of the treemap', () => {
    const images = chartImages();
    expect(images.filter((image) => !image.level).map((image) => image.chart.slug)).toEqual(
      embedCharts(getBudget()).map((chart) => chart.slug),
    );
    const levels = images.filter((image) => image.level);
    expect(levels.length).toBeGreaterThan(0);
    for (const image of levels) expect(image.level!.id).toMatch(/^\d{5}$/);
  });

  test('a chart image is drawn at 2×, with its title, the source line and the page address', async () => {
    const image = chartImages().find((entry) => entry.chart.slug === 'home')!;
    const framed = await chartImageSvg(image);
    const png = await chartImagePng(image);
    expect(pngSize(png)).toEqual({ width: framed.width * CHART_IMAGE_SCALE, height: framed.height * CHART_IMAGE_SCALE });
    const text = drawnText(framed.svg);
    expect(text).toContain(image.chart.title);
    expect(text).toContain('数据来源：晋城市生态环境局2024年部门预算公开报告');
    expect(text).toContain(image.pageUrl);
    expect(framed.svg).not.toMatch(/var\(--/);
    expect(Buffer.from(await chartImagePng(image)).equals(Buffer.from(png))).toBe(true);
  });
});

test('every character drawn in any image is in the bundled font', { timeout: 180_000 }, async () => {
  const covered = new Set<number>();
  for (const file of imageFontPaths()) {
    const face = new Face(new HbBlob(readFileSync(file)), 0);
    for (const code of face.collectUnicodes()) covered.add(code);
  }
  // The subset is a subset: a rare character the site never uses is not in it.
  expect(covered.has('晋'.codePointAt(0)!)).toBe(true);
  expect(covered.has('龘'.codePointAt(0)!)).toBe(false);
  const svgs = [
    ...(await Promise.all(shareCardKeys().map(async (key) => cardSvg(await shareCard(key))))),
    ...(await Promise.all([...chartImages(), ...chartImages('en')].map(async (image) => (await chartImageSvg(image)).svg))),
  ];
  expect(svgs.map(drawnText).join('').length).toBeGreaterThan(1000);
  const missing = new Set<string>();
  for (const svg of svgs) for (const char of drawnText(svg)) if (!/\s/.test(char) && !covered.has(char.codePointAt(0)!)) missing.add(char);
  expect([...missing].join(''), 'characters missing from fonts/*.subset.ttf: run node scripts/make-font-subset.mjs').toBe('');
});

test('the QR code library encodes the whole address, byte for byte', () => {
  const url = 'https://jincheng-budget.example.org/projects/zezhou-wetlands/';
  const code = qrData(url);
  const encoded = code.segments
    .map((segment) =>
      String(
        (segment as { data: unknown }).data instanceof Uint8Array
          ? Buffer.from((segment as { data: Uint8Array }).data).toString('utf8')
          : (segment as { data: unknown }).data,
      ),
    )
    .join('');
  expect(encoded).toBe(url);
  expect(code.modules.size).toBeGreaterThanOrEqual(21);
});
