/**
 * The English embeds' data: the same charts as the Chinese ones under /en/embed/, English words
 * in their titles, summaries and oEmbed JSON, their own frame heights (images and share cards:
 * english-images.test.ts).
 */
import { describe, expect, test } from 'vitest';
import { getBudget } from '../../src/lib/budget';
import { embedCharts, embedPath } from '../../src/lib/embed/charts';
import { embedUrl, iframeCode } from '../../src/lib/embed/code';
import { embedCodeInput } from '../../src/lib/embed/codeInput';
import { frameHeightKey, frameHeights } from '../../src/lib/embed/frameHeights';
import { oembedFor, oembedPath } from '../../src/lib/embed/oembed';
import { chartImagePath, levelImagePath } from '../../src/lib/images/chartImagePaths';

const ROOT = 'https://jincheng-budget.example.org/';
const CHINESE = /[\u3400-\u9fff\u3001-\u3011\uff01-\uff5e]/;
const budget = getBudget();
const chinese = embedCharts(budget);
const english = embedCharts(budget, 'en');
const treemap = english.find((chart) => chart.slug === 'treemap')!;
const thumbnail = { url: `${ROOT}en/embed/treemap/image.png`, width: 1600, height: 1000 };

describe('the English embeddable charts', () => {
  test('are the Chinese charts, in the same order, each with an English title, subtitle and summary', () => {
    expect(english.map((chart) => [chart.slug, chart.kind, chart.stateParams])).toEqual(
      chinese.map((chart) => [chart.slug, chart.kind, chart.stateParams]),
    );
    for (const chart of english) {
      expect(chart.lang).toBe('en');
      expect(chart.fullPath).toBe(`/en${chinese.find((entry) => entry.slug === chart.slug)!.fullPath}`);
      for (const text of [chart.title, chart.subtitle, chart.summary]) expect(text, chart.slug).not.toMatch(CHINESE);
    }
    expect(new Set(english.map((chart) => chart.title)).size).toBe(english.length);
  });

  test('one registry words each chart in both languages from the same figures', () => {
    const summary = (charts: typeof chinese, slug: string) => charts.find((chart) => chart.slug === slug)!.summary;
    expect(summary(chinese, 'branches')).toBe(
      '6个县区分局的项目预算合计4,615.32万元；泽州分局最多（1,778.96万元），阳城分局最少（420.40万元）。',
    );
    expect(summary(english, 'branches')).toBe(
      'The 6 county branches have project budgets of ¥46.15 million in all; Zezhou Branch has the most (¥17.79 million), Yangcheng Branch the least (¥4.20 million).',
    );
    expect(summary(chinese, 'home')).toBe('晋城市生态环境局2024年预算共2.54亿元：上面一行是资金来源，下面一行是基本支出与项目支出。');
    expect(summary(english, 'home')).toMatch(/^The bureau's 2024 budget totals ¥254\.17 million:/);
    expect(summary(chinese, 'branch-zezhou')).toMatch(/^泽州分局2024年有5个项目，共1,778\.96万元；最大的是“/);
    expect(summary(english, 'branch-zezhou')).toMatch(/^Zezhou Branch has 5 projects in 2024, ¥17\.79 million in all; the largest is “/);
  });

  test('live under /en/embed/ with their own measured frame heights', () => {
    expect(embedPath('treemap', 'en')).toBe('/en/embed/treemap/');
    expect(embedPath('treemap')).toBe('/embed/treemap/');
    expect(chartImagePath('home', 'en')).toBe('/en/embed/home/image.png');
    expect(levelImagePath('treemap', '21103', 'en')).toBe('/en/embed/treemap/levels/21103.png');
    for (const chart of english) {
      const measured = frameHeights[frameHeightKey(chart.slug, 'en')]?.[''];
      expect(measured, `${chart.slug} measured in English`).toBeGreaterThan(100);
      expect(embedCodeInput(chart, ROOT).initialHeight).toBe(measured);
    }
    const input = embedCodeInput(treemap, ROOT, '?node=2110301');
    expect(embedUrl(input)).toBe(`${ROOT}en/embed/treemap/?node=2110301`);
    expect(input.initialHeight).toBe(frameHeights['en/treemap']!['?node=2110301']);
  });
});

describe('English oEmbed', () => {
  const oembed = oembedFor(treemap, ROOT, thumbnail);

  test('is oEmbed 1.0 “rich” with the English title, author, provider and source, and the English image as thumbnail', () => {
    expect(oembed).toMatchObject({
      version: '1.0',
      type: 'rich',
      title: treemap.title,
      author_name: 'Jincheng Environment Budget 2024',
      author_url: `${ROOT}en/`,
      provider_name: 'Jincheng Environment Budget 2024',
      provider_url: ROOT,
      description: treemap.summary,
      thumbnail_url: thumbnail.url,
      thumbnail_width: 1600,
      thumbnail_height: 1000,
    });
    expect(oembed.source).toContain('Jincheng Municipal Ecology and Environment Bureau');
    for (const [key, value] of Object.entries(oembed)) if (key !== 'html') expect(String(value), key).not.toMatch(CHINESE);
  });

  test('its html is the Embed dialog’s code for the English embed', () => {
    expect(oembed.html).toBe(iframeCode(embedCodeInput(treemap, ROOT)));
    expect(oembed.html).toContain(`src="${ROOT}en/embed/treemap/"`);
    expect(oembed.html).not.toMatch(CHINESE);
    expect(oembedPath('treemap', 'en')).toBe('/en/embed/treemap/oembed.json');
  });

  test('the Chinese oEmbed is unchanged: Chinese provider, no author', () => {
    const zh = oembedFor(
      chinese.find((chart) => chart.slug === 'treemap')!,
      ROOT,
    );
    expect(zh.provider_name).toBe('晋城生态环境预算2024');
    expect(zh).not.toHaveProperty('author_name');
    expect(zh.html).toContain(`src="${ROOT}embed/treemap/"`);
  });
});
