import { describe, expect, test } from 'vitest';
import { getBudget } from '../../src/lib/budget';
import { getGlossary } from '../../src/lib/glossary/load';
import { termExample, termNotes } from '../../src/lib/glossary/examples';
import type { ExamplePiece } from '../../src/lib/glossary/exampleWords';
import { formatYuanProseEnglish } from '../../src/lib/format';
import { budgetIndex } from '../../src/lib/data/budgetIndex';

// The “在这份预算里” examples are written from the data, once, and worded in each language; they must
// read as finished sentences, and the English must state the same shares and counts as the Chinese.
const budget = getBudget();
const terms = getGlossary();
const HAN = /\p{Script=Han}/u;
const text = (pieces: ExamplePiece[] | null) => (pieces ?? []).map((piece) => (typeof piece === 'string' ? piece : piece.zh)).join('');

describe.each([['zh' as const], ['en' as const]])('glossary examples in %s', (lang) => {
  test('most terms have an example, and none contains a placeholder or a broken number', () => {
    const examples = terms.map((term) => ({ id: term.id, pieces: termExample(budget, term.id, lang) }));
    expect(examples.filter((entry) => entry.pieces !== null).length).toBeGreaterThanOrEqual(terms.length - 3);
    for (const { id, pieces } of examples) {
      if (pieces === null) continue;
      expect(text(pieces), id).not.toMatch(/undefined|NaN|null|\[object/);
      expect(text(pieces), id).toMatch(lang === 'zh' ? /。$/ : /\.$/);
    }
  });

  test('terms with a known contradiction in the report carry its note', () => {
    expect(termNotes(budget, 'three-public-expenses', lang)).toHaveLength(1);
    expect(termNotes(budget, 'government-purchased-services', lang)).toHaveLength(1);
    expect(termNotes(budget, 'basic-expenditure', lang)).toEqual([]);
  });
});

test('Chinese examples quote the report’s figures and notes', () => {
  expect(text(termExample(budget, 'carryover', 'zh'))).toContain('4,082.42万元');
  expect(text(termExample(budget, 'basic-expenditure', 'zh'))).toContain('8,519.82万元');
  expect(text(termExample(budget, 'three-public-expenses', 'zh'))).toContain('5.00万元');
  expect(text(termExample(budget, 'fiscal-appropriations', 'zh'))).toContain('正好是全部预算');
  expect(termNotes(budget, 'three-public-expenses', 'zh').join('')).toContain('省直部门');
  expect(termNotes(budget, 'government-purchased-services', 'zh').join('')).toContain('政府购买服务');
});

test.each(terms.map((term) => [term.id]))('%s: an English example wherever there is a Chinese one, with the same shares', (id) => {
  const chinese = termExample(budget, id, 'zh');
  const english = termExample(budget, id, 'en');
  expect(english === null, id).toBe(chinese === null);
  if (!chinese || !english) return;
  expect(chinese.every((piece) => typeof piece === 'string')).toBe(true);
  for (const piece of english) {
    if (typeof piece === 'string') expect(piece).not.toMatch(HAN);
    else expect(piece.zh).toMatch(HAN);
  }
  // Percentages are written the same way in both languages.
  for (const share of text(chinese).match(/\d+(?:\.\d+)?%/g) ?? []) expect(text(english)).toContain(share);
  expect(termNotes(budget, id, 'en')).toHaveLength(termNotes(budget, id, 'zh').length);
});

test('English amounts are the same figures, in ¥ million', () => {
  expect(text(termExample(budget, 'department-budget', 'en'))).toContain(formatYuanProseEnglish(budgetIndex(budget).total('grand-total')));
  expect(text(termExample(budget, 'department-budget', 'en'))).toContain('¥254.17 million');
});
