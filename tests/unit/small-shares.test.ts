import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { formatShare } from '../../src/lib/format';
import { formatYuan, formatWanExact } from '../../src/lib/format';
import { getBudget } from '../../src/lib/budget';
import { discussionFigures } from '../../src/lib/teach/discussion';

type Row = Record<string, string>;
const csv = (file: string) => Papa.parse<Row>(readFileSync(`data/${file}`, 'utf8'), { header: true, skipEmptyLines: true }).data;
const significantDigits = (text: string) => text.replace(/[%.]/g, '').replace(/^0+/, '').length;

describe('small shares keep two significant digits', () => {
  test('a share below 1% is never printed as 0.0%, and has two significant digits', () => {
    for (const [part, whole] of [
      [1, 5000],
      [197, 1_000_000],
      [3, 700],
      [99, 10_000],
    ] as const) {
      const text = formatShare(part, whole);
      expect(text).not.toBe('0.0%');
      expect(significantDigits(text), text).toBeLessThanOrEqual(2);
      expect(Math.abs(Number(text.replace('%', '')) - (part / whole) * 100) / ((part / whole) * 100)).toBeLessThan(0.05);
    }
    expect(formatShare(0, 10)).toBe('0.0%');
    expect(formatShare(417, 1000)).toBe('41.7%');
  });

  test('the “三公” share on /teach/ (read from the CSVs) is 0.02%', () => {
    const threePublic = csv('three_public.csv')
      .filter((row) => row.parent_id === '')
      .reduce((sum, row) => sum + Number(row.amount), 0);
    const grand = Number(csv('report_totals.csv').find((row) => row.id === 'grand-total')!.amount);
    const expected = formatShare(Math.round(threePublic * 100), Math.round(grand * 100));
    expect(expected).toBe('0.02%');
    expect(discussionFigures(getBudget()).threePublicShare).toBe(expected);
  });

  test('sheet amounts in 元 are shown in 元, and in 万元 without rounding', () => {
    expect(formatYuan(1_056_000)).toBe('10,560元');
    expect(formatWanExact(1_056_000)).toBe('1.056万元');
    expect(formatWanExact(2_150_000_00)).toBe('215.00万元');
  });
});
