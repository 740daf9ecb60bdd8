import { existsSync, readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, test } from 'vitest';
import { getBudget } from '../../src/lib/budget';
import { embedCharts } from '../../src/lib/embed/charts';
import { iframeCode, pymCode } from '../../src/lib/embed/code';
import {
  ampSizeMessage,
  heightFromMessage,
  heightRequestMessage,
  isHeightRequest,
  openPageMessage,
  pageToOpen,
  pymHeightMessage,
} from '../../src/lib/embed/messages';
import { classicScript } from '../../src/lib/embed/bundle';
import { embedCodeInput } from '../../src/lib/embed/codeInput';
import { frameHeights } from '../../src/lib/embed/frameHeights';
import { chartState } from '../../src/lib/embed/state';
import { oembedFor } from '../../src/lib/embed/oembed';

const charts = embedCharts(getBudget());
const README_ROOT = 'https://jincheng-budget.example.org/';

describe('the embeddable charts', () => {
  test('cover every chart the site has: both treemaps, the Sankey, the branch comparison, each branch and the home chart', () => {
    const branches = getBudget()
      .units.filter((unit) => unit.kind === 'branch')
      .map((unit) => `branch-${unit.id}`);
    expect(charts.map((chart) => chart.slug).sort()).toEqual(['home', 'treemap', 'treemap-unit', 'flow', 'branches', ...branches].sort());
    expect(new Set(charts.map((chart) => chart.title)).size).toBe(charts.length);
  });
});

describe('embed code', () => {
  const treemap = charts.find((chart) => chart.slug === 'treemap')!;
  const input = embedCodeInput(treemap, README_ROOT);

  test('the README shows exactly the code the site gives out', () => {
    const readme = readFileSync('README.md', 'utf8');
    expect(readme).toContain(iframeCode(input));
    expect(readme).toContain(pymCode(input));
  });

  test('carries the chart state and escapes what could break out of an attribute or a script', () => {
    expect(iframeCode({ ...input, search: '?node=2110301' })).toContain(`src="${README_ROOT}embed/treemap/?node=2110301"`);
    const hostile = iframeCode({ ...input, title: '"><script>alert(1)</script>' });
    expect(hostile).not.toContain('<script>alert');
    expect(hostile).toContain('title="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
    expect(pymCode({ ...input, title: '</script><script>alert(1)</script>' })).not.toContain('</script><script>alert');
  });

  test('the Pym code lets Pym give each container its own id, so one chart can sit on a page twice', () => {
    const code = pymCode({ ...input, search: '?node=2110301' });
    expect(code).toContain(`<div data-pym-src="${README_ROOT}embed/treemap/?node=2110301" data-pym-title="${treemap.title}"></div>`);
    expect(code).not.toMatch(/\sid="/);
  });

  test('the frame height is the chart’s measured height in a 600 px column, in the state the code carries', () => {
    for (const chart of charts) expect(frameHeights[chart.slug]?.[''], `${chart.slug} measured`).toBeGreaterThan(100);
    const level = embedCodeInput(treemap, README_ROOT, '?node=2110301');
    expect(level.initialHeight).toBe(frameHeights.treemap!['?node=2110301']);
    // A state never measured gets the chart's default height.
    expect(embedCodeInput(treemap, README_ROOT, '?node=nowhere').initialHeight).toBe(frameHeights.treemap!['']);
  });

  test('the state in the code is the page’s query string without Pym’s, embed and tracking parameters', () => {
    expect(chartState('?node=2110301&utm_source=x&childId=a&initialWidth=600&theme=dark')).toBe('?node=2110301');
    expect(chartState('?show=all&detail=%E9%A1%B9&group=21103')).toBe('?detail=%E9%A1%B9&group=21103&show=all');
    expect(chartState('')).toBe('');
  });

  test('oEmbed is a rich 1.0 response with the same iframe code', () => {
    const oembed = oembedFor(treemap, README_ROOT);
    expect(oembed).toMatchObject({ version: '1.0', type: 'rich', title: treemap.title, height: frameHeights.treemap!['']! });
    expect(oembed.html).toBe(iframeCode(input));
  });
});

describe('/embed.js', () => {
  test('is bundled from the TypeScript source as a classic script (no hand copy in public/)', async () => {
    expect(existsSync('public/embed.js')).toBe(false);
    const source = await classicScript('src/lib/embed/hostScript.ts');
    expect(source).not.toMatch(/^\s*(import|export)\s/m);
    // The host speaks the chart's own message format (src/lib/embed/messages.ts), bundled in, not copied.
    expect(source).toContain(JSON.stringify(heightRequestMessage().sentinel));
    // Run where no <script> element loaded it: it starts nothing and throws nothing.
    const window = {
      addEventListener: () => {
        throw new Error('must not listen');
      },
    };
    expect(() =>
      runInNewContext(source, { window, document: { currentScript: null }, location: { href: 'https://host.example/' } }),
    ).not.toThrow();
  });
});

describe('host ↔ chart messages', () => {
  test('a height request is ours or Pym’s width message', () => {
    expect(isHeightRequest(heightRequestMessage())).toBe(true);
    expect(isHeightRequest('pymxPYMxpym-0-abcdexPYMxwidthxPYMx600')).toBe(true);
    expect(isHeightRequest('pymxPYMxpym-0-abcdexPYMxheightxPYMx600')).toBe(false);
    expect(isHeightRequest({ type: 'height-request' })).toBe(false);
  });

  test('the host opens only pages of the chart’s own site', () => {
    const origin = 'https://charts.example.org';
    expect(pageToOpen(openPageMessage(`${origin}/treemap/?node=21103`), origin)).toBe(`${origin}/treemap/?node=21103`);
    expect(pageToOpen(openPageMessage('https://evil.example/'), origin)).toBeNull();
    expect(pageToOpen(openPageMessage('javascript:alert(1)'), origin)).toBeNull();
    expect(pageToOpen({ sentinel: 'jincheng-embed', type: 'open', href: 42 }, origin)).toBeNull();
  });
});

describe('height messages', () => {
  test('round-trip in Pym and AMP format', () => {
    expect(pymHeightMessage('jincheng-flow', 812)).toBe('pymxPYMxjincheng-flowxPYMxheightxPYMx812');
    expect(heightFromMessage(pymHeightMessage('a', 812))).toBe(812);
    expect(heightFromMessage(ampSizeMessage(640))).toBe(640);
  });

  test.each([
    ['negative', 'pymxPYMxaxPYMxheightxPYMx-5'],
    ['not a number', 'pymxPYMxaxPYMxheightxPYMxabc'],
    ['too tall', 'pymxPYMxaxPYMxheightxPYMx999999'],
    ['another Pym message', 'pymxPYMxaxPYMxwidthxPYMx300'],
    ['extra parts', 'pymxPYMxaxPYMxheightxPYMx300xPYMx1'],
    ['AMP with units', { sentinel: 'amp', type: 'embed-size', height: '300px' }],
    ['AMP without sentinel', { type: 'embed-size', height: 300 }],
    ['fractional', { sentinel: 'amp', type: 'embed-size', height: 300.5 }],
    ['null', null],
    ['a number', 300],
  ])('ignores %s', (_name, data) => {
    expect(heightFromMessage(data)).toBeNull();
  });
});
