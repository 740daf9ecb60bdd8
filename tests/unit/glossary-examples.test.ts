import { describe, expect, test } from 'vitest';
import { getBudget } from '../../src/lib/budget';
import { getGlossary } from '../../src/lib/glossary/load';
import { termExample, termNotes } from '../../src/lib/glossary/examples';

// The “在这份预算里” examples are written from the data; they must read as finished sentences.
describe('glossary examples from the data', () => {
  const budget = getBudget();
  const terms = getGlossary();

  test('most terms have an example, and none contains a placeholder or a broken number', () => {
    const examples = terms.map((term) => ({ id: term.id, text: termExample(budget, term.id) }));
    expect(examples.filter((entry) => entry.text !== null).length).toBeGreaterThanOrEqual(terms.length - 3);
    for (const { id, text } of examples) {
      if (text === null) continue;
      expect(text, id).not.toMatch(/undefined|NaN|null|\[object/);
      expect(text, id).toMatch(/。$/);
    }
  });

  test('examples quote the report’s figures', () => {
    expect(termExample(budget, 'carryover')).toContain('4,082.42万元');
    expect(termExample(budget, 'basic-expenditure')).toContain('8,519.82万元');
    expect(termExample(budget, 'three-public-expenses')).toContain('5.00万元');
    expect(termExample(budget, 'fiscal-appropriations')).toContain('正好是全部预算');
  });

  test('terms with a known contradiction in the report carry its note', () => {
    expect(termNotes(budget, 'three-public-expenses').join('')).toContain('省直部门');
    expect(termNotes(budget, 'government-purchased-services').join('')).toContain('政府购买服务');
  });
});
