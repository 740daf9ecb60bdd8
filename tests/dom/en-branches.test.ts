/**
 * The English branch pages (/en/branches/ and the six stories), read from dist/ with linkedom: each
 * exists; every figure (<data data-figure>) equals its Chinese twin's; every name shows its Chinese
 * original in lang="zh-CN"; and no Chinese appears in the page's main content outside lang="zh-CN".
 * Runs in the DOM pass, after the build.
 */
import { describe, expect, test } from 'vitest';
import { directoryReader, loadBudget } from '../../src/lib/data/load';
import { HAN, builtPage as page, mainOf, strayChinese as strayIn } from './support/builtPages';

const budget = loadBudget(directoryReader('data'));
const branches = budget.units.filter((unit) => unit.kind === 'branch');

/**
 * Chinese in <main> outside lang="zh-CN". The embed and download controls ([data-chart-actions],
 * [data-embed-dialog]) are translated by the embed work (issue 21, helper 21a) and checked there.
 */
const strayChinese = (document: Document) => strayIn(mainOf(document), { skip: '[data-chart-actions], [data-embed-dialog]' });

/** The figures a page shows: kind and machine value, sorted, so the two languages' orders may differ. */
function figures(document: Document): string[] {
  return [...document.querySelectorAll('data[data-figure]')]
    .map((element) => `${element.getAttribute('data-figure')}:${element.getAttribute('value')}`)
    .sort();
}

describe('English branch index', () => {
  const english = page('en/branches');
  const chinese = page('branches');

  test('is in English, with no Chinese outside lang="zh-CN"', () => {
    expect(english.documentElement.getAttribute('lang')).toBe('en');
    expect(english.querySelector('h1')?.textContent).toMatch(/county branches/i);
    expect(strayChinese(english)).toEqual([]);
  });

  test('its data tables hold the same numbers as the Chinese page', () => {
    const cells = (document: Document) => [...document.querySelectorAll('table td.num')].map((cell) => cell.textContent?.trim());
    expect(cells(english).length).toBeGreaterThan(20);
    expect(cells(english)).toEqual(cells(chinese));
  });

  test('links to the six English branch pages, each name beside its Chinese original', () => {
    for (const unit of branches) {
      const link = english.querySelector(`table a[href$="/en/branches/${unit.id}/"]`);
      expect(link, unit.id).not.toBeNull();
      expect(link!.querySelector('[lang="zh-CN"]')?.textContent).toBe(unit.short_name);
    }
  });
});

describe.each(branches.map((unit) => [unit.id, unit] as const))('English branch story %s', (id, unit) => {
  const english = page(`en/branches/${id}`);
  const chinese = page(`branches/${id}`);

  test('exists, in English, with no Chinese outside lang="zh-CN"', () => {
    expect(english.documentElement.getAttribute('lang')).toBe('en');
    expect(strayChinese(english)).toEqual([]);
  });

  test('shows every figure its Chinese twin shows, with the same values', () => {
    const ours = figures(english);
    expect(ours.length).toBeGreaterThan(15);
    expect(ours).toEqual(figures(chinese));
  });

  test('writes prose amounts in ¥ and ranks in words', () => {
    const amounts = [...english.querySelectorAll('data[data-figure="amount"]')].map((element) => element.textContent ?? '');
    expect(amounts.every((text) => text.startsWith('¥'))).toBe(true);
    const ranks = [...english.querySelectorAll('data[data-figure="rank"]')].map((element) => element.textContent ?? '');
    expect(ranks.length).toBeGreaterThan(0);
    for (const rank of ranks) expect(rank).toMatch(/^(joint )?(first|second|third|fourth|fifth|sixth)$/);
  });

  test('names each project in English with its Chinese original beside it', () => {
    for (const project of budget.projects.filter((entry) => entry.unit_id === id)) {
      const heading = english.querySelector(`#project-${project.id}`);
      expect(heading, project.id).not.toBeNull();
      expect(heading!.querySelector('[lang="zh-CN"]')?.textContent).toBe(project.name);
      expect(heading!.textContent!.replace(project.name, '')).not.toMatch(HAN);
    }
    expect(english.querySelector('h1 .kicker [lang="zh-CN"]')?.textContent).toBe(unit.county);
  });
});
