import { describe, expect, test } from 'vitest';
import { loadExternalFigures } from '../../src/lib/data/external';
import { getBudget } from '../../src/lib/budget';
import { truncationNote, yearChange } from '../../src/lib/changes';
import { latestFilledDate } from '../../src/lib/edition';
import { layoutBars, type BarRow } from '../../src/lib/home/barLayout';
import { homeFindings } from '../../src/lib/home/findings';

const HEADER = 'id,description,value,unit,as_of,source,source_published';
const reader = (text: string) => () => new TextEncoder().encode(text);

describe('external_figures.csv', () => {
  test('reads the population with its source and dates', () => {
    const rows = loadExternalFigures(reader(`${HEADER}\npop,常住人口,2194545,人,2020-11-01,公报,2021-05-26\n`));
    expect(rows[0]).toMatchObject({ id: 'pop', value: 2194545, as_of: '2020-11-01', source: '公报' });
  });

  test('a bad date or a missing source names the file, row and column', () => {
    expect(() => loadExternalFigures(reader(`${HEADER}\npop,常住人口,2194545,人,2020-02-30,公报,2021-05-26\n`))).toThrow(
      /external_figures\.csv.*row 2.*as_of/s,
    );
    expect(() => loadExternalFigures(reader(`${HEADER}\npop,常住人口,2194545,人,2020-11-01,,2021-05-26\n`))).toThrow(
      /external_figures\.csv.*row 2.*source/s,
    );
  });
});

describe('year-on-year changes', () => {
  const budget = getBudget();
  test('last year by arithmetic; a cut-off percentage is noted, a rounded one is not', () => {
    const running = yearChange(budget, 'running-cost-change');
    expect(running.previous).toBe(running.current - running.change);
    expect(running.truncated).toBe(true);
    expect(truncationNote(running)).toContain('15.46%');
    const total = yearChange(budget, 'expenditure-total-change');
    expect(total.truncated).toBe(false);
    expect(truncationNote(total)).toBeNull();
  });

  test('the report’s latest 填报日期 is found with its line', () => {
    expect(latestFilledDate('a\n填报日期： 20231031171558\n填报日期： 20240327084851\n')).toEqual({ date: '2024-03-27', line: 3 });
    expect(() => latestFilledDate('nothing')).toThrow(/填报日期/);
  });
});

describe('bar labels', () => {
  const segment = (name: string, amount: number) => ({ name, valueText: `${amount}%`, amount, color: 'red', textColor: 'black' });
  const rows: BarRow[] = [
    { label: '钱从哪来', segments: [segment('一般公共预算', 83.6), segment('上年结转', 16.1), segment('单位资金', 0.3)] },
  ];

  test.each([320, 720])('at %i units: each label inside its segment or outside with a leader, none overlapping', (width) => {
    const layout = layoutBars(rows, { width });
    const texts = layout.rows[0]!.texts;
    expect(texts).toHaveLength(3);
    for (const text of texts) {
      const left = text.anchor === 'start' ? text.x : text.anchor === 'end' ? text.x - text.width : text.x - text.width / 2;
      expect(left).toBeGreaterThanOrEqual(-0.01);
      expect(left + text.width).toBeLessThanOrEqual(width + 0.01);
      if (text.leader) expect(text.leader.x).toBeGreaterThanOrEqual(left - 2);
    }
    const outside = texts.filter((text) => text.leader);
    for (const [index, a] of outside.entries()) {
      for (const b of outside.slice(index + 1)) {
        const ax = a.anchor === 'start' ? a.x : a.anchor === 'end' ? a.x - a.width : a.x - a.width / 2;
        const bx = b.anchor === 'start' ? b.x : b.anchor === 'end' ? b.x - b.width : b.x - b.width / 2;
        const overlap = ax < bx + b.width && bx < ax + a.width && a.top < b.bottom && b.top < a.bottom;
        expect(overlap).toBe(false);
      }
    }
  });

  test('every home finding lays out at phone and desktop widths', () => {
    for (const finding of homeFindings(getBudget())) {
      for (const width of [320, 560])
        expect(() => layoutBars(finding.rows, { width, scaleMax: finding.scaleMax, barHeight: 28 })).not.toThrow();
    }
  });
});
