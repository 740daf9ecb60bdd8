/**
 * The English chart images and share cards (og:image of the English pages): English words only,
 * one English card for every Chinese one. Renders components, so it runs in the `astro` project.
 */
import { describe, expect, test } from 'vitest';
import { getBudget } from '../../src/lib/budget';
import { embedCharts } from '../../src/lib/embed/charts';
import { chartImagePath } from '../../src/lib/images/chartImagePaths';
import { chartImages, chartImageSvg } from '../../src/components/share/chartImages';
import { shareCard, shareCardAlt, shareCardKeyFor, shareCardKeys } from '../../src/components/share/shareCards';
import { cardLines, cardSvg } from '../../src/lib/images/card';

const CHINESE = /[\u3400-\u9fff\u3001-\u3011\uff01-\uff5e]/;
const budget = getBudget();

describe('English images and share cards', () => {
  test('every English chart image draws the English title and source line, no Chinese', { timeout: 60_000 }, async () => {
    const images = chartImages('en');
    expect(images.filter((image) => !image.level).map((image) => image.path)).toEqual(
      embedCharts(budget, 'en').map((chart) => chartImagePath(chart.slug, 'en')),
    );
    for (const image of images) {
      const { svg } = await chartImageSvg(image);
      const text = [...svg.matchAll(/<(?:text|tspan)\b[^>]*>([^<]*)/g)].map((match) => match[1]).join(' ');
      expect(text, image.path).toContain('Source: the 2024 departmental budget report');
      expect(text, image.path).not.toMatch(CHINESE);
      expect(image.alt, image.path).not.toMatch(CHINESE);
    }
  });

  test('every English page’s card is an English one, with no Chinese on it', async () => {
    expect(shareCardKeyFor('/en/')).toBe('en/index');
    expect(shareCardKeyFor('/en/learn/')).toBe('en/index');
    expect(shareCardKeyFor('/en/treemap/unit/')).toBe('en/treemap-unit');
    expect(shareCardKeyFor('/en/treemap/levels/function/21103/')).toBe('en/treemap');
    expect(shareCardKeyFor(`/en/projects/${budget.projects[0]!.id}/`)).toBe(`en/projects/${budget.projects[0]!.id}`);
    const keys = shareCardKeys();
    const englishKeys = keys.filter((key) => key.startsWith('en/'));
    expect(englishKeys.map((key) => key.slice(3))).toEqual(keys.filter((key) => !key.startsWith('en/')));
    const cut: string[] = [];
    for (const key of englishKeys) {
      const card = await shareCard(key);
      const words = [
        card.kicker,
        card.title,
        card.figure,
        card.caption,
        card.barsTitle,
        card.source,
        ...(card.bars ?? []).flatMap((bar) => [bar.label, bar.value]),
        shareCardAlt(key),
      ];
      for (const text of words) expect(String(text ?? ''), key).not.toMatch(CHINESE);
      expect(card.address, key).toMatch(/\/en\//);
      // English runs longer than Chinese: the card's title and caption fit their lines whole; only a
      // project's long name may be cut, as on the Chinese cards.
      const width = card.chart || card.bars?.length ? 520 : 1072;
      if (cardLines(card.caption, 32, width, 2).at(-1)!.endsWith('…')) cut.push(`${key} caption`);
      if (cardLines(card.kicker, 28, 1072, 1)[0]!.endsWith('…')) cut.push(`${key} kicker`);
      // The heading over the bars is drawn on one line, uncut: it must fit beside the text (504 px).
      if (card.barsTitle && cardLines(card.barsTitle, 26, 504, 2).length > 1) cut.push(`${key} bars title`);
      const titles = [...cardSvg(card).matchAll(/<text\b[^>]*font-size="(\d+)" font-weight="700">([^<]*)<\/text>/g)].filter(
        (match) => Number(match[1]) >= 28,
      );
      expect(titles.length, `${key}: title lines drawn`).toBeGreaterThan(0);
      if (!key.startsWith('en/projects/') && titles.some((match) => match[2]!.endsWith('…'))) cut.push(`${key} title`);
    }
    expect(cut).toEqual([]);
  });

  test('a card says the same figures in both languages, from one definition (shareCards.ts)', async () => {
    const branch = 'branches/zezhou';
    const [zh, en] = await Promise.all([shareCard(branch), shareCard(`en/${branch}`)]);
    expect([zh.kicker, zh.title, zh.figure, zh.caption]).toEqual([
      '晋城生态环境预算2024 · 各分局',
      '晋城市生态环境局泽州分局',
      '1,778.96万元',
      '5个项目，占6个县区分局项目预算的38.5%',
    ]);
    expect([en.kicker, en.title, en.figure, en.caption]).toEqual([
      'Jincheng Environment Budget 2024 · County branches',
      'Zezhou Branch',
      '¥17.79 million',
      "5 projects, 38.5% of the 6 branches' total",
    ]);
    expect(zh.bars?.map((bar) => bar.fraction)).toEqual(en.bars?.map((bar) => bar.fraction));
    expect(shareCardAlt(branch)).toBe('晋城市生态环境局泽州分局：1,778.96万元，5个项目，占6个县区分局项目预算的38.5%');
    expect(shareCardAlt(`en/${branch}`)).toBe("Zezhou Branch: ¥17.79 million, 5 projects, 38.5% of the 6 branches' total");
  });
});
