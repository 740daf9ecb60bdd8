/**
 * Sharing (issue 15.6, issue 17.7): every built page names a preview image that exists, at the
 * size it says; the share block copies the page's address (and shows it without JavaScript) and
 * its QR code is the library's code for that address; the 嵌入 dialog and /embed/ offer each
 * chart's image with alt text, source line, code and download. axe stays at zero.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { inject } from 'vitest';
import { axeViolations, hasHorizontalOverflow, newCheckedContext, screenshot, gotoSettled } from './support/browser';
import { useBrowser } from './support/pages';
import { DIST_DIR, pageUrl } from './support/site';
import { pngSize } from '../../src/lib/images/png';
import { qrSvg } from '../../src/lib/images/qr';
import { getBudget } from '../../src/lib/budget';
import { embedCharts } from '../../src/lib/embed/charts';
import { SOURCE_CREDIT } from '../../src/lib/site';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'pagefind' ? [] : htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

/** The built file an absolute URL of this site points to. */
function distFile(url: string): string {
  const base = inject('base');
  const { pathname } = new URL(url);
  expect(pathname.startsWith(base), `${url} is under the base ${base}`).toBe(true);
  return join(DIST_DIR, decodeURIComponent(pathname.slice(base.length)));
}

describe('link previews (no browser needed)', () => {
  const pages = htmlFiles(DIST_DIR);

  test('the build has pages', () => {
    expect(pages.length).toBeGreaterThan(100);
  });

  test.each(pages)('%s', (file) => {
    const { document } = parseHTML(readFileSync(file, 'utf8'));
    const meta = (selector: string) => document.querySelector(`meta[${selector}]`)?.getAttribute('content') ?? '';
    expect(meta('property="og:title"')).not.toBe('');
    expect(meta('property="og:description"')).not.toBe('');
    expect(meta('property="og:url"')).toMatch(/^https?:\/\//);
    expect(meta('name="twitter:card"')).toBe('summary_large_image');
    expect(meta('property="og:image:alt"')).not.toBe('');
    const image = meta('property="og:image"');
    const png = readFileSync(distFile(image));
    expect(pngSize(png)).toEqual({ width: Number(meta('property="og:image:width"')), height: Number(meta('property="og:image:height"')) });
    if (image.includes('/og/')) expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
  });

  test("oEmbed names each chart's image as its thumbnail, at its real size", () => {
    for (const chart of embedCharts(getBudget())) {
      const oembed = JSON.parse(readFileSync(join(DIST_DIR, 'embed', chart.slug, 'oembed.json'), 'utf8'));
      expect(oembed.thumbnail_url).toMatch(new RegExp(`/embed/${chart.slug}/image\\.png$`));
      expect(pngSize(readFileSync(distFile(oembed.thumbnail_url)))).toEqual({
        width: oembed.thumbnail_width,
        height: oembed.thumbnail_height,
      });
    }
  });
});

const browser = useBrowser();

describe('the share block', () => {
  test("复制链接 puts the page's address on the clipboard", async () => {
    const { context, problems } = await newCheckedContext(browser(), {
      viewport: { width: 1280, height: 800 },
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    const page = await context.newPage();
    await gotoSettled(page, pageUrl('/treemap/'));
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    await page.getByRole('region', { name: '分享本页' }).getByText('复制链接', { exact: true }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(canonical);
    await expect.poll(() => page.locator('[data-share-status]').textContent()).toContain('已复制');
    expect(problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
    await context.close();
  });

  test('without JavaScript, 复制链接 shows the address to copy', async () => {
    const { context } = await newCheckedContext(browser(), { viewport: { width: 375, height: 812 }, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(pageUrl(`/projects/${getBudget().projects[0]!.id}/`));
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    const field = page.getByLabel('本页地址', { exact: true });
    await expect.poll(() => field.isVisible()).toBe(false);
    await page.getByRole('region', { name: '分享本页' }).getByText('复制链接', { exact: true }).click();
    await expect.poll(() => field.isVisible()).toBe(true);
    expect(await field.inputValue()).toBe(canonical);
    await context.close();
  });

  test("the QR code is the library's code for the page's address", async () => {
    const { context } = await newCheckedContext(browser(), { viewport: { width: 375, height: 812 } });
    const page = await context.newPage();
    await page.goto(pageUrl('/branches/'));
    const canonical = (await page.locator('link[rel="canonical"]').getAttribute('href'))!;
    const drawn = await page.locator('.share-qr-code path[stroke]').getAttribute('d');
    const expected = /<path stroke="[^"]+" d="([^"]+)"/.exec(await qrSvg(canonical, ''))![1];
    expect(drawn).toBe(expected);
    expect(await page.locator('.share-qr-code').getAttribute('aria-label')).toContain(canonical);
    const box = (await page.locator('.share-qr-code').boundingBox())!;
    expect(box.width, 'small on a phone').toBeLessThanOrEqual(120);
    await context.close();
  });

  for (const width of [375, 1280]) {
    for (const path of ['/treemap/', `/projects/${getBudget().projects[0]!.id}/`]) {
      test(`${path} at ${width} px: axe zero, no overflow`, async () => {
        const { context, problems } = await newCheckedContext(browser(), { viewport: { width, height: 900 } });
        const page = await context.newPage();
        await gotoSettled(page, pageUrl(path));
        await page.getByRole('region', { name: '分享本页' }).getByText('复制链接', { exact: true }).click();
        expect(await axeViolations(page)).toEqual([]);
        expect(await hasHorizontalOverflow(page)).toBe(false);
        await page.locator('.share-block').scrollIntoViewIfNeeded();
        await page.locator('.share-block').screenshot({ path: `screenshots/share-block-${width}-${path.split('/')[1]}.png` });
        expect(problems.consoleErrors).toEqual([]);
        await context.close();
      });
    }
  }
});

describe('the image version of each chart', () => {
  test('the 嵌入 dialog offers the image with alt text, source line, code and download', async () => {
    const { context, problems } = await newCheckedContext(browser(), { viewport: { width: 375, height: 812 } });
    const page = await context.newPage();
    await gotoSettled(page, pageUrl('/treemap/'));
    await page.locator('[data-embed-open]').first().click();
    const dialog = page.locator('dialog[open]');
    const offer = dialog.locator('.image-offer');
    await expect.poll(() => offer.getByRole('heading').textContent()).toContain('微信');
    const preview = offer.locator('img');
    await preview.scrollIntoViewIfNeeded();
    await expect.poll(() => preview.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(1000);
    const alt = (await preview.getAttribute('alt'))!;
    expect(alt).toContain(embedCharts(getBudget()).find((chart) => chart.slug === 'treemap')!.title);
    expect(await offer.textContent()).toContain(SOURCE_CREDIT);
    const code = await offer.locator('textarea').inputValue();
    expect(code).toMatch(/<img src="https?:\/\/[^"]+\/embed\/treemap\/image\.png"/);
    expect(code).toContain(SOURCE_CREDIT);
    const download = await offer.getByRole('link', { name: '下载图片（PNG）' }).getAttribute('href');
    expect((await page.request.get(new URL(download!, page.url()).href)).status()).toBe(200);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'share-embed-dialog-375');
    expect(problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
    await context.close();
  });

  test("/embed/ lists every chart's image and each 款 level, and every download works", async () => {
    const { context, problems } = await newCheckedContext(browser(), { viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await gotoSettled(page, pageUrl('/embed/'));
    const charts = embedCharts(getBudget());
    expect(await page.locator('.image-offer').count()).toBe(charts.length);
    const links = await page
      .locator('.image-offer a[download]')
      .evaluateAll((anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).href));
    expect(links.length).toBeGreaterThan(charts.length);
    for (const link of links) {
      const response = await page.request.get(link);
      expect(response.status(), link).toBe(200);
      expect(response.headers()['content-type']).toContain('image/png');
    }
    expect(await axeViolations(page)).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    await context.close();
  });
});
