import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { getBudget } from '../../src/lib/budget';
import { budgetUnitCounts } from '../../src/lib/budgetUnits';
import { ui } from '../../src/i18n/ui';

const lines = readFileSync('data/source/jincheng-eeb-2024-budget.txt', 'utf8').split('\n');

describe('the number of budget units', () => {
  const counts = budgetUnitCounts(getBudget());

  test('is the report’s own count, which includes the bureau’s own office', () => {
    // 说明 十 and the overall sheet, read from the report text itself.
    const inText = Number(/机关及下属预算单位(\d+)个/.exec(lines.join(''))![1]);
    const inSheet = Number(/所属预算单位数\s*(\d+)个/.exec(lines[1600 - 1]!)![1]);
    expect(counts.total).toBe(inText);
    expect(counts.total).toBe(inSheet);
    expect(counts.subordinate).toBe(counts.total - 1);
  });

  test('is written so that it cannot be read as one more (never “局及下属N个” with N the total)', () => {
    // The home page's dek is where the count is written.
    const phrase = ui('zh').homePage.dek(counts, 66, '五').join('');
    expect(phrase).toContain(`共${counts.total}个预算单位`);
    expect(phrase).toContain('含局机关本级');
    expect(phrase).not.toMatch(new RegExp(`下属${counts.total}个`));
    const english = ui('en')
      .homePage.dek(counts, 66, 'five')
      .map((part) => (typeof part === 'string' ? part : ''))
      .join('');
    expect(english).toContain(`${counts.total} budget units, ${counts.branches} of them county branches`);
  });
});
