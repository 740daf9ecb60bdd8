import { describe, expect, test } from 'vitest';
import { getBudget } from '../../src/lib/budget';
import { allNodes } from '../../src/lib/treemap/buildTrees';
import { buildTreemapModel } from '../../src/lib/treemap/model';
import { wrapLines } from '../../src/lib/treemap/labels';
import { shareInWords } from '../../src/lib/titles';
import { hasTwin, twinsOf } from '../../src/i18n/twins';
import { formatIsoDateEnglish } from '../../src/lib/dates';
import { formatYuanMillionsShortEnglish } from '../../src/lib/format';
import { homeFindings } from '../../src/lib/home/findings';

// The English siblings must say the same thing as the Chinese: the same tiles, the same shares,
// the same figures in the same order.
const budget = getBudget();

describe('the English treemaps', () => {
  for (const view of ['function', 'unit'] as const) {
    test(`${view} view: the same tiles, ids and amounts as the Chinese, every one named in English`, () => {
      const chinese = buildTreemapModel(budget, view);
      const english = buildTreemapModel(budget, view, undefined, 'en');
      const shape = (node: typeof chinese.display) => allNodes(node).map((entry) => [entry.id, entry.kind, entry.amount]);
      expect(shape(english.display)).toEqual(shape(chinese.display));
      expect(english.total).toBe(chinese.total);
      const names = allNodes(english.display).flatMap((node) => [
        node.name,
        node.shortName,
        node.unitName ?? '',
        node.project?.functionName ?? '',
      ]);
      expect(names.filter((name) => /[\u3400-\u9fff]/.test(name))).toEqual([]);
    });
  }

  test('English labels wrap between words', () => {
    expect(wrapLines('Pollution prevention and control', 120, 13, 3)).toEqual(['Pollution', 'prevention and', 'control']);
    expect(wrapLines('污染防治', 120, 13, 3)).toEqual(['污染防治']);
  });
});

describe('shareInWords in English', () => {
  test('uses the same tenths and thresholds as shareInWords', () => {
    const pairs = [0, 50, 74, 75, 100, 124, 125, 376, 400, 417, 425, 500, 899, 975, 1000].map((permille) => [
      shareInWords(permille, 1000),
      shareInWords(permille, 1000, 'en'),
    ]);
    expect(pairs).toEqual([
      ['零', 'none'],
      ['不到一成', 'less than one in ten'],
      ['不到一成', 'less than one in ten'],
      ['近一成', 'nearly one in ten'],
      ['一成', 'one in ten'],
      ['一成', 'one in ten'],
      ['一成多', 'over one in ten'],
      ['四成', 'four in ten'],
      ['四成', 'four in ten'],
      ['四成', 'four in ten'],
      ['四成多', 'over four in ten'],
      ['一半', 'half'],
      ['九成', 'nine in ten'],
      ['几乎全部', 'almost all'],
      ['全部', 'all'],
    ]);
  });
});

describe('the English home findings', () => {
  test('state the same figures as the Chinese, in the same order', () => {
    const figures = (findings: ReturnType<typeof homeFindings>) =>
      findings.map((finding) => [
        finding.id,
        finding.table.map((row) => row.amount),
        finding.rows.map((row) => row.segments.map((segment) => segment.amount)),
      ]);
    expect(figures(homeFindings(budget, 'en'))).toEqual(figures(homeFindings(budget, 'zh')));
  });
});

describe('twins and English formats', () => {
  test('twins: both languages, except the listed pages', () => {
    expect(twinsOf('/treemap/unit/')).toEqual({ zh: '/treemap/unit/', en: '/en/treemap/unit/' });
    expect(twinsOf('/en/')).toEqual({ zh: '/', en: '/en/' });
    expect(hasTwin('/404/')).toBe(false);
  });

  test('dates and short amounts', () => {
    expect(formatIsoDateEnglish('2024-03-27')).toBe('27 March 2024');
    expect(formatYuanMillionsShortEnglish(2_125_438_0000)).toBe('¥212.54m');
  });
});
