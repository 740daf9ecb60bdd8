/**
 * No figure is typed by hand into an MDX narrative: every amount, share, rank, count and target
 * comes from the data through a figure component (<Amount>, <Share>, <Rank>, <Count>,
 * <Indicator>, <SheetNumber>, <BreakdownAmount>…), so the prose cannot drift from the data.
 *
 * The rule, applied to every .mdx file under src/ (front matter included, since its title and
 * description are shown to readers):
 *   1. Tags of the known story components are removed first, attributes and all: attributes such
 *      as project="…" or match="…" are look-up keys, not text a reader sees.
 *   2. In what remains, no ASCII or full-width digit may appear, with one exception: a year
 *      written as four digits directly followed by 年 (2024年, 2023年), because a year is a date,
 *      not a figure from the data. “2024年10月” still fails: the month must come from the data.
 *      In the English stories (*.en.mdx) the same exception is a year written as a word of its
 *      own (2024, 2023), not part of a longer number, a decimal or a percentage; and two fixed
 *      names that are not figures: the unit gloss “10,000 yuan” and the discharge standard “Class 1-A”.
 *   3. No amounts, shares or ratios in Chinese numerals either: a numeral before 元/万/亿
 *      (三百万元, 五千万), 百分之…, …分之…, numeral + 成 (三成), numeral + 倍 (两倍), and the
 *      share words 一半/过半/大半/多半; and a count of projects in numerals (两个项目), which
 *      <Count> provides.
 * Other counts in ordinary words that are not data (三处湿地, named one by one) are allowed.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';

const ROOT = join(process.cwd(), 'src');

function mdxFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return mdxFiles(path);
    return name.endsWith('.mdx') ? [path] : [];
  });
}

/** Removes component tags (self-closing or paired opening/closing tags) of capitalised JSX components. */
export function stripComponents(source: string): string {
  return source
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/^(?:import|export)\s.*$/gm, ' ')
    .replace(/<\/?[A-Z][A-Za-z0-9]*(?:\s+[a-zA-Z_:-]+(?:=(?:"[^"]*"|'[^']*'|\{[^}]*\}))?)*\s*\/?>/g, ' ');
}

const YEAR = /(?<![\d０-９])[12]\d{3}年(?![\d０-９])/g;
const YEAR_ENGLISH = /(?<![\d.,¥])\b(?:19|20)\d{2}\b(?![.,]?\d|%)/g;
const ENGLISH_NAMES = /\b10,000 yuan\b|\bClass 1-A\b/g;
const DIGIT = /[0-9０-９]/;
const NUMERAL = '[零〇一二两三四五六七八九十百千]';
const CHINESE_AMOUNT_RULES: [string, RegExp][] = [
  ['an amount in Chinese numerals', new RegExp(`${NUMERAL}+[万亿]?元|${NUMERAL}+[万亿]`)],
  ['a percentage in words', /百分之|[一二三四五六七八九十]分之/],
  ['a share in 成', new RegExp(`[一二三四五六七八九]成(?![本立为果员效都了功绩])`)],
  ['a ratio in 倍', new RegExp(`${NUMERAL}+倍`)],
  ['a share word', /一半|过半|大半|多半/],
  ['a count of projects (use <Count>)', /[两二三四五六七八九十百]+个项目/],
];

/** Every violation in one MDX source, as “line N: …” messages. */
export function literalFigures(source: string, english = false): string[] {
  const problems: string[] = [];
  stripComponents(source)
    .split('\n')
    .forEach((line, index) => {
      const withoutYears = english ? line.replace(YEAR_ENGLISH, '').replace(ENGLISH_NAMES, '') : line.replace(YEAR, '');
      const digit = DIGIT.exec(withoutYears);
      if (digit) problems.push(`line ${index + 1}: digit in “${line.trim().slice(0, 80)}”`);
      for (const [what, pattern] of CHINESE_AMOUNT_RULES) {
        const match = pattern.exec(line);
        if (match) problems.push(`line ${index + 1}: ${what} (“${match[0]}”) in “${line.trim().slice(0, 80)}”`);
      }
    });
  return problems;
}

describe('the rule itself', () => {
  test('components and their look-up attributes are ignored', () => {
    expect(literalFigures('湿地收割<Indicator project="zezhou-wetlands" match="2024年合同" />，共<Amount project="a-1" />。')).toEqual([]);
    expect(literalFigures('<SheetNumber project="x" field="overview" pattern="清淤量约(\\d+)m3" unit="立方米" />')).toEqual([]);
  });
  test('a year is allowed, any other digit is not', () => {
    expect(literalFigures('2024年，泽州分局……')).toEqual([]);
    expect(literalFigures('共1051.80万元')).toHaveLength(1);
    expect(literalFigures('占59.1%')).toHaveLength(1);
    expect(literalFigures('2024年10月底前')).toHaveLength(1);
    expect(literalFigures('In 2024 the branch…', true)).toEqual([]);
    expect(literalFigures('¥2024 in 2024', true)).toHaveLength(1);
    expect(literalFigures('2024.5 or 2024% or 12,2024', true)).toHaveLength(1);
    expect(literalFigures('共１０万元')).toHaveLength(1);
  });
  test('amounts and shares in Chinese words fail', () => {
    expect(literalFigures('花了一千万元')).not.toEqual([]);
    expect(literalFigures('三百万')).not.toEqual([]);
    expect(literalFigures('占了一半以上')).not.toEqual([]);
    expect(literalFigures('约占三成')).not.toEqual([]);
    expect(literalFigures('是阳城的两倍')).not.toEqual([]);
    expect(literalFigures('百分之六十')).not.toEqual([]);
    expect(literalFigures('大气的两个项目合计')).not.toEqual([]);
  });
  test('ordinary words pass', () => {
    expect(literalFigures('三处湿地由一家公司运营，完成验收后付款。这一成果')).toEqual([]);
  });
});

describe('every MDX narrative', () => {
  const files = mdxFiles(ROOT);
  test('there are narratives to check', () => {
    expect(files.length).toBeGreaterThan(0);
  });
  test.each(files.map((file) => relative(process.cwd(), file)))('%s has no literal figures', (file) => {
    expect(literalFigures(readFileSync(file, 'utf8'), file.endsWith('.en.mdx'))).toEqual([]);
  });
});
