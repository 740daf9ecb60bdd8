import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { getBudget } from '../../src/lib/budget';
import { embedCharts } from '../../src/lib/embed/charts';
import { iframeCode, pymCode } from '../../src/lib/embed/code';
import { ampSizeMessage, heightFromMessage, pymHeightMessage } from '../../src/lib/embed/messages';
import { oembedFor } from '../../src/lib/embed/oembed';

const charts = embedCharts(getBudget());
const README_ROOT = 'https://jincheng-budget.example.org/';

describe('the embeddable charts', () => {
  test('cover every chart the site has: both treemaps, the Sankey, the branch comparison, each branch and the home chart', () => {
    const branches = getBudget().units.filter((unit) => unit.kind === 'branch').map((unit) => `branch-${unit.id}`);
    expect(charts.map((chart) => chart.slug).sort()).toEqual(['home', 'treemap', 'treemap-unit', 'flow', 'branches', ...branches].sort());
    expect(new Set(charts.map((chart) => chart.title)).size).toBe(charts.length);
  });
});

describe('embed code', () => {
  const treemap = charts.find((chart) => chart.slug === 'treemap')!;
  const input = { slug: treemap.slug, title: treemap.title, initialHeight: treemap.initialHeight, siteRoot: README_ROOT };

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

  test('oEmbed is a rich 1.0 response with the same iframe code', () => {
    const oembed = oembedFor(treemap, README_ROOT);
    expect(oembed).toMatchObject({ version: '1.0', type: 'rich', title: treemap.title, height: treemap.initialHeight });
    expect(oembed.html).toBe(iframeCode(input));
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
