import { describe, expect, test } from 'vitest';
import { formatAmountProse, formatInteger, formatShare, formatWan, formatWanNumber, formatYi } from '../../src/lib/format';
import { fenToWanString, parseWan, wanToFen } from '../../src/lib/money';

describe('money', () => {
  test('parses 万元 strings exactly into integer fen', () => {
    expect(wanToFen('23474.23')).toBe(23_474_230_000);
    expect(wanToFen('0.01')).toBe(10_000);
    expect(wanToFen('80.00')).toBe(80_000_000);
  });
  test('rejects anything that is not two-decimal 万元', () => {
    for (const bad of ['80', '80.0', '80.001', '-1.00', '1,000.00', '', ' 1.00', 'abc']) expect(parseWan(bad)).toBeNull();
  });
  test('round-trips to the CSV form', () => {
    for (const text of ['0.00', '0.96', '25416.80', '1109.00']) expect(fenToWanString(wanToFen(text))).toBe(text);
  });
  test('sums of many cents stay exact (no float drift)', () => {
    const tenCents = wanToFen('0.10');
    expect(fenToWanString(Array.from({ length: 3 }, () => tenCents).reduce((a, b) => a + b))).toBe('0.30');
  });
});

describe('format', () => {
  test('万元 with two decimals and thousands separators', () => {
    expect(formatWanNumber(wanToFen('23474.23'))).toBe('23,474.23');
    expect(formatWan(wanToFen('80.00'))).toBe('80.00万元');
    expect(formatWan(wanToFen('1225.10'))).toBe('1,225.10万元');
    expect(formatWan(0)).toBe('0.00万元');
  });
  test('亿元 for large totals in prose', () => {
    expect(formatYi(wanToFen('23474.23'))).toBe('2.35亿元');
    expect(formatYi(wanToFen('25416.80'))).toBe('2.54亿元');
    expect(formatAmountProse(wanToFen('25416.80'))).toBe('2.54亿元');
    expect(formatAmountProse(wanToFen('9787.13'))).toBe('9,787.13万元');
  });
  test('shares with one decimal', () => {
    expect(formatShare(wanToFen('9787.13'), wanToFen('23474.23'))).toBe('41.7%');
    expect(formatShare(wanToFen('1225.10'), wanToFen('23474.23'))).toBe('5.2%');
    expect(formatShare(1, 1)).toBe('100.0%');
    expect(() => formatShare(1, 0)).toThrow();
  });
  test('integers with separators', () => {
    expect(formatInteger(1985000)).toBe('1,985,000');
  });
});
