import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { getBudget } from '../../src/lib/budget';
import { NO_NUMERIC_TARGET, numericTargetCounts, numericTargetSentence } from '../../src/lib/indicatorTargets';
import { performanceStep } from '../../src/lib/learn/steps';
import { buildExercises } from '../../src/lib/teach/exercises';
import { FEATURED_PROJECTS } from '../../src/lib/budgetConfig';

// Counted straight from the CSV text, not through the site's code.
const rows = Papa.parse<Record<string, string>>(readFileSync('data/indicators.csv', 'utf8'), { header: true, skipEmptyLines: true }).data;
const noTarget = rows.filter((row) => row.target_number === '');

describe('one definition of “没有可核对的数字目标”', () => {
  const counts = numericTargetCounts(getBudget().indicators);

  test('counts indicators without a target number, and separately those without any digit', () => {
    expect(counts.total).toBe(rows.length);
    expect(counts.withoutNumericTarget).toBe(noTarget.length);
    expect(counts.withoutAnyDigit).toBe(noTarget.filter((row) => !/\d/.test(row.value!)).length);
    // The two are different sets in this report: many values without a target still contain digits.
    expect(counts.withoutAnyDigit).toBeLessThan(counts.withoutNumericTarget);
    expect(counts.timing).toBe(noTarget.filter((row) => row.level2 === '时效指标').length);
  });

  test('never says the values without a target have no number; the no-digit count is the one it gives as such', () => {
    const sentence = numericTargetSentence(counts);
    expect(sentence).toContain(NO_NUMERIC_TARGET);
    expect(sentence).not.toMatch(/指标值(里)?没有数字/);
    expect(sentence).toContain(`其中${counts.withoutAnyDigit}条一个数字也没有`);
    // The example of a timing value must be one that does contain a digit, so it cannot be called “no number”.
    expect(counts.timingExample).toMatch(/\d/);
  });

  test('learn step 5 and teach question 10 use the same sentence', () => {
    const budget = getBudget();
    expect(performanceStep(budget, FEATURED_PROJECTS.critique).numericTargets).toEqual(counts);
    const answer = buildExercises(budget).find((exercise) => exercise.id === 'critique-indicators')!.answer;
    expect(answer).toContain(numericTargetSentence(counts));
  });
});
