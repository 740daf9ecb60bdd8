import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { contrast, deltaE2000, simulate, visibleDifference, weakestPair } from '../../src/lib/colour/vision';
import { FUNCTION_TOKENS, PALETTES, functionSwatch, sourceSwatch, themeSwatch } from '../../src/lib/palette';
import { getBudget } from '../../src/lib/budget';
import { colourTokens, resolveToken, resolveTokens } from '../../src/lib/colour/tokens';
import { chartCss } from '../../src/lib/images/chartCss';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.(ts|astro|css|mdx?)$/.test(name) ? [path] : [];
  });
}

/** Smallest CIEDE2000 difference allowed between two colours of one palette, under any vision. */
const MIN_DELTA_E = 7.5;

// The light tokens (the one parser the image renderer uses); the embeds' dark theme is checked by axe.
const resolve = (token: string) => resolveToken(token);
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
    const entries = Object.entries(PALETTES).map(
      ([concept, tokens]) => [concept, tokens.map(resolve).filter((colour) => colour !== neutral)] as const,
    );
    for (const [i, [conceptA, coloursA]] of entries.entries()) {
      for (const [conceptB, coloursB] of entries.slice(i + 1)) {
        for (const a of coloursA)
          for (const b of coloursB)
            expect(visibleDifference(a, b, 'normal'), `${conceptA} ${a} vs ${conceptB} ${b}`).toBeGreaterThanOrEqual(12);
      }
    }
  });

  test('every member of the real data has its colour', () => {
    const budget = getBudget();
    for (const project of budget.projects) expect(() => themeSwatch(project.theme)).not.toThrow();
    for (const row of budget.functions.filter((entry) => entry.level === '款' && entry.code.startsWith('211')))
      expect(() => functionSwatch(row.code)).not.toThrow();
    for (const row of budget.revenue.filter((entry) => (entry.amount ?? 0) > 0))
      expect(sourceSwatch(row.id).token).not.toBe('source-mixed');
  });

  test('the treemap draws each functional class with its token', () => {
    const treemapCss = readFileSync('src/styles/charts/treemap.css', 'utf8');
    for (const code of [...Object.keys(FUNCTION_TOKENS), 'unsplit'])
      expect(treemapCss).toContain(`.tm-c${code} > .tm-box, .tm-swatch.tm-c${code} { fill: var(--fn-${code});`);
  });

  test('no file in src/ but global.css writes a colour: everything else reads the tokens', () => {
    const literal = /#[0-9a-f]{3,8}\b|\b(?:rgba?|hsla?)\(/i;
    const offenders = sourceFiles('src').filter(
      (file) => file !== join('src/styles/global.css') && literal.test(readFileSync(file, 'utf8')),
    );
    expect(offenders).toEqual([]);
    // The categorical --cat-N fills are only for the learn page's two-ways chart (global.css says why).
    const catUsers = sourceFiles('src').filter(
      (file) => file !== join('src/styles/global.css') && /var\(--cat-\d/.test(readFileSync(file, 'utf8')),
    );
    expect(catUsers).toEqual([join('src/components/learn/TwoWaysChart.astro')]);
    expect(readFileSync('src/components/flow/FlowChart.astro', 'utf8')).not.toMatch(
      /swatch--(general|unit|carryover) \{ background: (?!var\(--source-)/,
    );
  });

  test('every token a source file names is declared in global.css', () => {
    const declared = colourTokens();
    const unknown = sourceFiles('src').flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      // A property the file sets itself (--at on a bar annotation) is no design token.
      return [...text.matchAll(/var\(--([a-z][\w-]*)\)/g)]
        .map((match) => match[1]!)
        .filter((name) => !declared.has(name) && !text.includes(`--${name}:`))
        .map((name) => `${file}: --${name}`);
    });
    expect(unknown).toEqual([]);
  });

  test('the image renderer draws with the page’s own chart rules', () => {
    const rules = (file: string) =>
      readFileSync(file, 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .trim();
    const annotations = rules('src/styles/charts/annotations.css');
    expect(chartCss('treemap-function')).toBe(`${rules('src/styles/charts/treemap.css')}\n${annotations}`);
    expect(chartCss('flow')).toBe(`${rules('src/styles/charts/flow.css')}\n${annotations}`);
    expect(chartCss('flow')).not.toMatch(/[<&]/);
    expect(readFileSync('src/components/treemap/treemap.css', 'utf8')).toContain("@import '../../styles/charts/treemap.css';");
    expect(readFileSync('src/styles/global.css', 'utf8')).toContain("@import './charts/annotations.css';");
    expect(readFileSync('src/components/flow/FlowChart.astro', 'utf8')).toContain("import '../../styles/charts/flow.css';");
    // Every token the drawings use resolves to a colour the renderer understands.
    expect(resolveTokens(chartCss('flow') + chartCss('treemap-unit'))).not.toContain('var(');
  });
});
