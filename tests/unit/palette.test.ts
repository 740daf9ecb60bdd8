import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { contrast, deltaE2000, simulate, visibleDifference, weakestPair } from '../../src/lib/colour/vision';
import { FUNCTION_TOKENS, PALETTES, functionSwatch, sourceSwatch, themeSwatch } from '../../src/lib/palette';
import { getBudget } from '../../src/lib/budget';

/** Smallest CIEDE2000 difference allowed between two colours of one palette, under any vision. */
const MIN_DELTA_E = 7.5;

// The light tokens of the first :root block; the embeds' dark theme (a later block) is checked by axe.
const css = /:root\s*{([^}]*)}/.exec(readFileSync('src/styles/global.css', 'utf8'))?.[1] ?? '';
const declared = new Map([...css.matchAll(/--([a-z0-9-]+):\s*([^;]+);/g)].map((match) => [match[1]!, match[2]!.trim()]));
function resolve(token: string): string {
  const value = declared.get(token);
  if (value === undefined) throw new Error(`global.css declares no --${token}`);
  const reference = /^var\(--([a-z0-9-]+)\)$/.exec(value);
  return reference ? resolve(reference[1]!) : value;
}
const background = resolve('color-bg');

describe('colour maths', () => {
  test('CIEDE2000 matches the published test pairs (Sharma, Wu & Dalal 2005)', () => {
    expect(deltaE2000([50, 2.6772, -79.7751], [50, 0, -82.7485])).toBeCloseTo(2.0425, 4);
    expect(deltaE2000([50, -1.3802, -84.2814], [50, 0, -82.7485])).toBeCloseTo(1.0, 3);
    expect(deltaE2000([60.2574, -34.0099, 36.2677], [60.4626, -34.1751, 39.4387])).toBeCloseTo(1.2644, 4);
  });

  test('the simulation confuses what dichromats confuse and keeps what they see', () => {
    // Red and green, far apart for most readers, come close under deuteranopia.
    expect(visibleDifference('#cc3333', '#669900', 'normal')).toBeGreaterThan(40);
    expect(visibleDifference('#cc3333', '#669900', 'deuteranopia')).toBeLessThan(visibleDifference('#cc3333', '#669900', 'normal') / 2);
    expect(simulate('#ffffff', 'protanopia').every((channel) => channel > 0.99)).toBe(true);
    expect(contrast('#ffffff', '#000000')).toBeCloseTo(21, 5);
    expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });
});

describe('palettes (global.css)', () => {
  for (const [concept, tokens] of Object.entries(PALETTES)) {
    describe(concept, () => {
      const colours = tokens.map(resolve);
      test('every mark colour has at least 3:1 contrast on the background', () => {
        for (const [index, colour] of colours.entries()) expect(contrast(colour, background), tokens[index]).toBeGreaterThanOrEqual(3);
      });
      test('every text token passes 4.5:1 on its colour', () => {
        for (const token of tokens) expect(contrast(resolve(`${token}-text`), resolve(token)), token).toBeGreaterThanOrEqual(4.5);
      });
      test(`colours stay apart (ΔE2000 ≥ ${MIN_DELTA_E}) with normal vision and under protanopia, deuteranopia and tritanopia`, () => {
        const weakest = weakestPair(colours);
        expect(weakest.deltaE, `${weakest.a} vs ${weakest.b} (${weakest.vision})`).toBeGreaterThanOrEqual(MIN_DELTA_E);
        expect(new Set(colours).size).toBe(colours.length);
      });
    });
  }

  test('a colour means one thing: palettes share only the neutral grey, and their other colours look different', () => {
    const neutral = resolve('neutral');
    const entries = Object.entries(PALETTES).map(([concept, tokens]) => [concept, tokens.map(resolve).filter((colour) => colour !== neutral)] as const);
    for (const [i, [conceptA, coloursA]] of entries.entries()) {
      for (const [conceptB, coloursB] of entries.slice(i + 1)) {
        for (const a of coloursA) for (const b of coloursB) expect(visibleDifference(a, b, 'normal'), `${conceptA} ${a} vs ${conceptB} ${b}`).toBeGreaterThanOrEqual(12);
      }
    }
  });

  test('every member of the real data has its colour', () => {
    const budget = getBudget();
    for (const project of budget.projects) expect(() => themeSwatch(project.theme)).not.toThrow();
    for (const row of budget.functions.filter((entry) => entry.level === '款' && entry.code.startsWith('211'))) expect(() => functionSwatch(row.code)).not.toThrow();
    for (const row of budget.revenue.filter((entry) => (entry.amount ?? 0) > 0)) expect(sourceSwatch(row.id).token).not.toBe('source-mixed');
  });

  test('the treemap draws each functional class with its token', () => {
    const treemapCss = readFileSync('src/components/treemap/treemap.css', 'utf8');
    for (const code of [...Object.keys(FUNCTION_TOKENS), 'unsplit']) expect(treemapCss).toContain(`.tm-c${code} > .tm-box, .tm-swatch.tm-c${code} { fill: var(--fn-${code});`);
  });

  test('no other file defines these palettes with its own colours', () => {
    for (const file of ['src/lib/headline.ts', 'src/components/flow/colours.ts', 'src/lib/branches/themes.ts', 'src/lib/treemap/categories.ts']) {
      expect(readFileSync(file, 'utf8'), file).not.toMatch(/--cat-\d|#[0-9a-f]{6}\b/i);
    }
    // The treemap's own light beige for tiles spanning several 款 is not a palette colour.
    expect(readFileSync('src/components/treemap/treemap.css', 'utf8')).not.toMatch(/--cat-\d/);
    expect(readFileSync('src/components/flow/FlowChart.astro', 'utf8')).not.toMatch(/swatch--(general|unit|carryover) \{ background: (?!var\(--source-)/);
  });
});
