import { describe, expect, test } from 'vitest';
import { getBudget } from '../../src/lib/budget';
import { ui } from '../../src/i18n';
import { learnNames } from '../../src/lib/learn/names';
import { learnPageFigures } from '../../src/lib/learn/pageFigures';
import { LESSON_PLAN } from '../../src/lib/teach/lesson';
import { MATERIALS } from '../../src/lib/teach/exercises';
import { materialLabel, materialTitle } from '../../src/lib/teach/materials';
import { teachTermsFigures } from '../../src/lib/teach/termsFigures';
import { discussionFigures } from '../../src/lib/teach/discussion';
import { BUDGET_YEAR } from '../../src/lib/budgetConfig';

// The learn and teach pages are one component each; their words come from ui(lang) and the data's
// names from learnNames(lang). These check that both languages are complete and say the same things.
const budget = getBudget();
const HAN = /\p{Script=Han}/u;
const figures = learnPageFigures(budget);

describe.each([['zh' as const], ['en' as const]])('%s', (lang) => {
  const names = learnNames(lang);
  const t = ui(lang);

  test('the explainer names every source, category, level and basis in the page’s language', () => {
    const words = [
      ...figures.sources.sources.map(names.source),
      ...figures.sources.emptySources.map(names.source),
      ...figures.twoWays.byEconomic.map((row) => names.economic(row.name)),
      ...figures.performance.bySubLevel.flatMap((entry) => [names.level(entry.level), names.level(entry.subLevel)]),
      ...figures.limits.basisCounts.map((entry) => names.basis(entry.basis)),
      ...figures.branches.branches.map(names.branch),
      names.project(figures.performance.example),
      names.function(figures.energyClass),
    ];
    for (const word of words) expect(HAN.test(word), word).toBe(lang === 'zh');
  });

  test('the lesson has words for every step, goal and data sheet', () => {
    expect(t.lessonPlan.steps).toHaveLength(LESSON_PLAN.length);
    expect(t.teachPage.goals).toHaveLength(ui('zh').teachPage.goals.length);
    expect(t.teachPage.discussion(discussionFigures(budget, lang))).toHaveLength(5);
    for (const material of MATERIALS) expect(materialTitle(material, lang)).toBeTruthy();
    expect(materialLabel('totals', lang)).toBe(lang === 'zh' ? '资料一' : 'Sheet 1');
  });

  test('the year in the headings comes from BUDGET_YEAR', () => {
    expect(t.teachSheets.budgetYear).toContain(String(BUDGET_YEAR));
    expect(t.teachSheets.change).toContain(String(BUDGET_YEAR - 1));
    expect(t.worksheetPage.title).toContain(String(BUDGET_YEAR));
  });
});

test('only the English lesson has the guide to Chinese budget terms, with its figures in English', () => {
  expect(ui('zh').teachPage.termsGuide).toBeNull();
  const guide = ui('en').teachPage.termsGuide;
  const terms = teachTermsFigures(budget);
  expect(terms.branches).toHaveLength(figures.branches.branches.length);
  expect(terms.root.code).toBe('211');
  for (const branch of terms.branches) expect([HAN.test(branch.name), HAN.test(branch.original)], branch.original).toEqual([false, true]);
  const entries = guide!.entries(terms);
  expect(entries).toHaveLength(6);
  for (const entry of entries) for (const part of entry.text) if (typeof part === 'string') expect(HAN.test(part), part).toBe(false);
});
