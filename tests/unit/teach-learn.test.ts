import { describe, expect, test } from 'vitest';
import { getBudget } from '../../src/lib/budget';
import { sumFen } from '../../src/lib/money';
import {
  basicProjectStep,
  branchesStep,
  carryoverStep,
  limitsStep,
  performanceStep,
  sourcesStep,
  twoWaysStep,
} from '../../src/lib/learn/steps';
import { FEATURED_PROJECTS } from '../../src/lib/budgetConfig';
import { wrapText } from '../../src/lib/text/measure';

// The explainer's figures (/learn/) hold together: parts add up to the wholes they are shown as.
const budget = getBudget();

describe('the explainer’s steps', () => {
  test('1: the sources add up to the total; the carry-over is what is not new money', () => {
    const step = sourcesStep(budget);
    expect(sumFen(step.sources.map((source) => source.amount))).toBe(step.total);
    const carryover = step.sources.find((source) => source.id === 'carryover')!;
    expect(step.total - carryover.amount).toBe(step.currentYear);
    expect(step.emptySources.length).toBeGreaterThan(0);
  });

  test('2: personnel + public costs + projects = the total', () => {
    const step = basicProjectStep(budget);
    expect(step.personnel + step.publicCosts).toBe(step.basic);
    expect(step.basic + step.project).toBe(step.total);
    expect(step.runningProjects.length).toBeGreaterThan(0);
    for (const project of step.runningProjects) expect(project.name).toMatch(/运行经?费/);
  });

  test('3: both classifications cover the same basic spending, up to the report’s 0.01 rounding gap', () => {
    const step = twoWaysStep(budget);
    expect(step.economicSum).toBe(step.basic);
    expect(Math.abs(step.functionSum - step.basic)).toBeLessThanOrEqual(10_000);
  });

  test('4: the carried-over projects account for all of the carry-over', () => {
    const step = carryoverStep(budget);
    expect(sumFen(step.projects.map((entry) => entry.project.carryover))).toBe(step.carryover);
  });

  test('5: indicator counts by level add up to all indicators', () => {
    const step = performanceStep(budget, FEATURED_PROJECTS.critique);
    expect(step.byLevel.reduce((sum, entry) => sum + entry.count, 0)).toBe(step.indicatorCount);
    expect(step.bySubLevel.reduce((sum, entry) => sum + entry.count, 0)).toBe(step.indicatorCount);
    expect(step.exampleIndicators.length).toBeGreaterThan(0);
    expect(step.numericTargets.timing).toBeLessThanOrEqual(step.numericTargets.withoutNumericTarget);
    expect(step.numericTargets.withoutAnyDigit).toBeLessThanOrEqual(step.numericTargets.withoutNumericTarget);
  });

  test('6: six branches, largest first', () => {
    const step = branchesStep(budget);
    expect(step.branches).toHaveLength(6);
    for (let index = 1; index < step.branches.length; index++) {
      expect(step.branches[index - 1]!.projectTotal).toBeGreaterThanOrEqual(step.branches[index]!.projectTotal);
    }
    expect(step.branchTotal).toBeLessThan(step.projectTotal);
  });

  test('7: every project’s functional code has a stated basis', () => {
    const step = limitsStep(budget);
    expect(step.basisCounts.reduce((sum, entry) => sum + entry.count, 0)).toBe(step.projectCount);
  });
});

describe('chart label wrapping', () => {
  test('wraps Chinese text at the given width and keeps every character', () => {
    const text = '晋城市重点企业、乡镇(办事处)空气质量监测站和高精尖大气移动监测设备运行维护项目';
    const lines = wrapText(text, 10);
    expect(lines.join('')).toBe(text);
    for (const line of lines) expect([...line].length).toBeLessThanOrEqual(12);
    expect(wrapText('短', 10)).toEqual(['短']);
  });
});
