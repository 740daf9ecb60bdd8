/** The English project index and project pages (built pages in dist/, read with linkedom). */
import { existsSync, readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { PROJECT_TRANSLATIONS } from '../../src/lib/i18n/specs';
import { translations } from '../../src/lib/i18n/translations';

const DIST = process.env.DIST_DIR ?? 'dist';
type Row = Record<string, string>;
const projects = Papa.parse<Row>(readFileSync('data/projects.csv', 'utf8'), { header: true, skipEmptyLines: true }).data;
const english = translations(PROJECT_TRANSLATIONS);
const parsed = new Map<string, Document>();
const page = (path: string): Document => {
  if (!parsed.has(path)) parsed.set(path, parseHTML(readFileSync(`${DIST}${path}index.html`, 'utf8')).document as unknown as Document);
  return parsed.get(path)!;
};
const HAN = /\p{Script=Han}/u;
const text = (element: Element | null) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Han characters outside a lang="zh-CN" element (the originals shown beside their translations). */
function strayChinese(root: Element): string[] {
  const stray: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === 1 && (node as Element).getAttribute('lang') === 'zh-CN') return;
    if (node.nodeType === 3 && HAN.test(node.textContent ?? '')) stray.push((node.textContent ?? '').trim());
    for (const child of node.childNodes) walk(child);
  };
  walk(root);
  return stray;
}

describe('English project pages', () => {
  test('every project has its English page, titled in English with the Chinese original beside it', () => {
    for (const project of projects) {
      const path = `/en/projects/${project.id}/`;
      expect(existsSync(`${DIST}${path}index.html`), path).toBe(true);
      const document = page(path);
      expect(document.documentElement.getAttribute('lang')).toBe('en');
      const h1 = document.querySelector('h1')!;
      expect(text(h1), path).toContain(english.get(project.id!)!.name);
      expect(text(h1.querySelector('[lang="zh-CN"]')), path).toBe(project.name);
    }
  });

  test('the page body has no Chinese outside elements marked lang="zh-CN"', () => {
    for (const project of projects) {
      const main = page(`/en/projects/${project.id}/`).querySelector('main')!;
      expect(strayChinese(main), project.id).toEqual([]);
    }
    expect(strayChinese(page('/en/projects/').querySelector('main')!)).toEqual([]);
  });

  test('amounts equal the Chinese page’s: funding table, shares and the ¥ figure', () => {
    for (const project of projects) {
      const zh = page(`/projects/${project.id}/`);
      const en = page(`/en/projects/${project.id}/`);
      const cells = (document: Document) =>
        [...document.querySelectorAll('[data-field]')].map((cell) => `${cell.getAttribute('data-field')}=${text(cell)}`);
      expect(cells(en), project.id).toEqual(cells(zh));
      const percents = (document: Document) =>
        [...document.querySelectorAll('.key-figures dd.num')].map(text).filter((value) => value.endsWith('%'));
      expect(percents(en), project.id).toEqual(percents(zh));
      // The key figure: ¥X.XX million, rounded from the Chinese page's X万元, which it also gives exactly.
      const zhWan = text(zh.querySelector('[data-figure="amount"]')).replace('万元', '');
      expect(text(en.querySelector('[data-figure="amount-wan"]')), project.id).toBe(`${zhWan} 万元`);
      const wan = Number(zhWan.replace(/,/g, ''));
      const prose = text(en.querySelector('[data-figure="amount-prose"]'));
      const yuan = Number(prose.replace(/[^\d.]/g, '')) * (prose.endsWith(' million') ? 1_000_000 : 1);
      expect(Math.abs(yuan - wan * 10_000), project.id).toBeLessThanOrEqual(5_000);
    }
  });

  test('explains why the project sits in its functional item, where the Chinese page does, in English', () => {
    for (const project of projects) {
      const note = (path: string) => text(page(path).querySelector('.basis .muted'));
      expect(note(`/projects/${project.id}/`), project.id).toBe(project.function_note);
      expect(note(`/en/projects/${project.id}/`), project.id).toBe(english.get(project.id!)!.function_note);
    }
  });

  test('a carry-over project says it has no performance sheet', () => {
    const withoutSheet = projects.filter((project) => !project.sheet_line);
    expect(withoutSheet.length).toBeGreaterThan(0);
    for (const project of withoutSheet) {
      const intro = text(page(`/en/projects/${project.id}/`).querySelector('[data-project-intro]'));
      expect(intro).toContain('has no performance sheet');
      if (project.carryover === project.amount) expect(intro).toContain('carry-over from the previous year');
    }
  });
});

describe('English project index', () => {
  const document = page('/en/projects/');
  const rows = [...document.querySelectorAll('tbody tr')];

  test('lists every project once, linking to its English page, with the Chinese name beside the English', () => {
    expect(rows.length).toBe(projects.length);
    for (const row of rows) {
      const id = row.getAttribute('data-project')!;
      const project = projects.find((entry) => entry.id === id)!;
      expect(row.querySelector('th a')!.getAttribute('href')).toBe(`/en/projects/${id}/`);
      expect(text(row.querySelector('th a'))).toBe(english.get(id)!.name);
      expect(text(row.querySelector('th [lang="zh-CN"]'))).toBe(project.name);
    }
  });

  test('shows the same amounts and shares as the Chinese index, in the same order', () => {
    const figures = (doc: Document) =>
      [...doc.querySelectorAll('tbody tr')].map(
        (row) => `${row.getAttribute('data-project')} ${text(row.querySelector('.amount'))} ${text(row.querySelector('.share'))}`,
      );
    expect(figures(document)).toEqual(figures(page('/projects/')));
  });
});

describe('English data page', () => {
  const document = page('/en/data/');

  test('links every CSV the Chinese page links, to the same files, with no stray Chinese', () => {
    const downloads = (doc: Document) => [...doc.querySelectorAll('a[download]')].map((link) => link.getAttribute('href'));
    expect(downloads(document).length).toBeGreaterThan(10);
    expect(downloads(document)).toEqual(downloads(page('/data/')));
    expect(strayChinese(document.querySelector('main')!)).toEqual([]);
  });
});
