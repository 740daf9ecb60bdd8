import { expect, test } from 'vitest';
import { getBudget } from '../../src/lib/budget';
import { termExample, termNotes } from '../../src/lib/glossary/examples';
import { termExampleEn, termNotesEn } from '../../src/lib/glossary/examplesEn';
import { getGlossary } from '../../src/lib/glossary/load';
import { formatYuanProseEnglish } from '../../src/lib/format';
import { budgetIndex } from '../../src/lib/data/budgetIndex';

const HAN = /\p{Script=Han}/u;
const budget = getBudget();
const text = (pieces: ReturnType<typeof termExampleEn>) =>
  (pieces ?? []).map((piece) => (typeof piece === 'string' ? piece : piece.zh)).join('');

test.each(getGlossary().map((term) => [term.id]))(
  '%s: an English example wherever there is a Chinese one, with the same shares and counts',
  (id) => {
    const chinese = termExample(budget, id);
    const english = termExampleEn(budget, id);
    expect(english === null, id).toBe(chinese === null);
    if (!chinese || !english) return;
    for (const piece of english) {
      if (typeof piece === 'string') expect(piece).not.toMatch(HAN);
      else expect(piece.zh).toMatch(HAN);
    }
    // Percentages and plain counts are written the same way in both languages.
    for (const share of chinese.match(/\d+(?:\.\d+)?%/g) ?? []) expect(text(english)).toContain(share);
    expect(termNotesEn(id)).toHaveLength(termNotes(budget, id).length);
  },
);

test('amounts are the same figures, in ¥ million', () => {
  expect(text(termExampleEn(budget, 'department-budget'))).toContain(formatYuanProseEnglish(budgetIndex(budget).total('grand-total')));
  expect(text(termExampleEn(budget, 'department-budget'))).toContain('¥254.17 million');
});
