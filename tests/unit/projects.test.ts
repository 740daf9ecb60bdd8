import { describe, expect, test } from 'vitest';
import type { Indicator, Project } from '../../src/lib/data/schemas';
import { wanToFen } from '../../src/lib/money';
import { indicatorRow, projectRow } from './fixtureRows';
import { distinctIndicators, findIndicator, formatTarget, formatTargetNumber, groupIndicators } from '../../src/lib/projects/indicators';
import { budgetSources, describePeriod, governmentLevels, periodFunds } from '../../src/lib/projects/funding';
import { rowCountMessage, rowMatches } from '../../src/lib/projects/tableFilter';
import { compareSortKeys, nextDirection, sortOrder } from '../../src/lib/tableSort';
import { sheetParagraphs } from '../../src/lib/projects/text';
import { citeLines, projectSourceLines } from '../../src/lib/projects/sources';
import { nameInUnit } from '../../src/lib/text/names';

const yuan = (value: number) => value * 100;

function project(extra: Partial<Project> = {}): Project {
  return projectRow({
    id: 'street',
    name: '城区分局背街小巷洒水降尘服务费',
    unit_id: 'chengqu',
    amount: wanToFen('198.50'),
    general_budget: wanToFen('198.50'),
    source_line: 1318,
    function_basis: 'editorial',
    sheet_line: 1936,
    attribute: '经常性项目',
    period_years: 99,
    period_total_yuan: yuan(2_000_000),
    annual_total_yuan: yuan(1_985_000),
    annual_central_yuan: 0,
    annual_provincial_yuan: 0,
    annual_local_yuan: yuan(1_985_000),
    annual_self_yuan: 0,
    ...extra,
  });
}

function indicator(
  seq: number,
  level1: Indicator['level1'],
  level2: string,
  name: string,
  value: string,
  extra: Partial<Indicator> = {},
): Indicator {
  return indicatorRow({ project_id: 'street', seq, level1, level2, name, value, source_line: 2000 + seq, ...extra });
}

describe('readable targets', () => {
  test('comparator, number and unit', () => {
    expect(formatTarget({ value: '≥5处', target_number: 5, target_unit: '处', comparator: '≥' })).toBe('≥ 5 处');
    expect(formatTarget({ value: '950亩', target_number: 950, target_unit: '亩', comparator: '=' })).toBe('950 亩');
    expect(formatTarget({ value: '≥90%', target_number: 90, target_unit: '%', comparator: '≥' })).toBe('≥ 90%');
    expect(formatTarget({ value: '3149.9平方米', target_number: 3149.9, target_unit: '平方米', comparator: '=' })).toBe('3,149.9 平方米');
    expect(formatTarget({ value: '≤1051.8万元', target_number: 1051.8, target_unit: '万元', comparator: '≤' })).toBe('≤ 1,051.8 万元');
  });
  test('words stay as the sheet wrote them', () => {
    expect(formatTarget({ value: '10月底前', target_number: null, target_unit: null, comparator: null })).toBe('10月底前');
    expect(formatTarget({ value: '每月', target_number: null, target_unit: null, comparator: null })).toBe('每月');
  });
  test('numbers keep their printed precision', () => {
    expect(formatTargetNumber(0.77)).toBe('0.77');
    expect(formatTargetNumber(10000)).toBe('10,000');
  });
});

describe('indicator groups', () => {
  const indicators = [
    indicator(1, '产出指标', '数量指标', '扬尘治理重点区域数', '≥5处', { target_number: 5, target_unit: '处', comparator: '≥' }),
    indicator(2, '产出指标', '时效指标', '2024年合同签订时间', '10月底前'),
    indicator(3, '满意度指标', '服务对象满意度指标', '群众满意度', '≥80%', { target_number: 80, target_unit: '%', comparator: '≥' }),
    indicator(4, '效益指标', '生态效益指标', '持续改善市区环境空气质量', '持续改善'),
    indicator(5, '产出指标', '数量指标', '扬尘治理重点区域数', '≥5处', {
      target_number: 5,
      target_unit: '处',
      comparator: '≥',
      name_source: 'period-column',
    }),
  ];
  test('levels in sheet order, second-level headings in first-seen order, duplicates once', () => {
    const groups = groupIndicators(indicators);
    expect(groups.map((group) => group.level)).toEqual(['产出指标', '效益指标', '满意度指标']);
    expect(groups[0]!.subgroups.map((subgroup) => [subgroup.name, subgroup.indicators.length])).toEqual([
      ['数量指标', 1],
      ['时效指标', 1],
    ]);
    expect(distinctIndicators(indicators)).toHaveLength(4);
  });
  test('findIndicator needs exactly one match', () => {
    expect(findIndicator('street', indicators, '合同').value).toBe('10月底前');
    expect(findIndicator('street', indicators, '区域数').value).toBe('≥5处');
    expect(() => findIndicator('street', indicators, '时间满意')).toThrow(/no indicator/);
    expect(() => findIndicator('other', indicators, '合同')).toThrow(/no indicators/);
  });
});

describe('funding', () => {
  test('budget-table sources leave out zeros', () => {
    expect(budgetSources(project())).toEqual([{ label: '一般公共预算拨款', amount: wanToFen('198.50'), sourceId: 'general-budget' }]);
    expect(budgetSources(project({ general_budget: 0, unit_funds: wanToFen('198.50') })).map((part) => part.label)).toEqual(['单位资金']);
  });
  test('level of government from the annual columns', () => {
    expect(governmentLevels(project())).toEqual([{ label: '市县（区）财政资金', amount: yuan(1_985_000) }]);
    expect(governmentLevels(project({ annual_local_yuan: null }))).toEqual([]);
  });
  test('period vs annual funds: 200.00 over the period, 198.50 this year', () => {
    const funds = periodFunds(project());
    expect(funds.periodDiffers).toBe(true);
    expect(funds.annualDiffers).toBe(false);
    expect(funds.period! - funds.annual!).toBe(wanToFen('1.50'));
    expect(periodFunds(project({ period_total_yuan: yuan(1_985_000) })).periodDiffers).toBe(false);
    expect(periodFunds(project({ annual_total_yuan: yuan(800_000) })).annualDiffers).toBe(true);
  });
  test('open-ended projects are described as such', () => {
    expect(describePeriod(project())).toBe('长期开展（表中项目期填为99年）');
    expect(describePeriod(project({ period_years: 1 }))).toBe('1年');
    expect(describePeriod(project({ period_years: null }))).toBeNull();
  });
});

describe('project index sorting and filtering', () => {
  test('numbers sort numerically, text in Chinese collation, ties stable', () => {
    expect(compareSortKeys('9', '10', 'number')).toBeLessThan(0);
    expect(sortOrder(['30', '100', '30', '5'], 'number', 'descending')).toEqual([1, 0, 2, 3]);
    expect(sortOrder(['b', 'a', 'c'], 'text', 'ascending')).toEqual([1, 0, 2]);
  });
  test('first click: amounts largest first, names A–Z; then it flips', () => {
    expect(nextDirection('none', 'number')).toBe('descending');
    expect(nextDirection('none', 'text')).toBe('ascending');
    expect(nextDirection('descending', 'number')).toBe('ascending');
  });
  test('filters and the announced count', () => {
    expect(rowMatches({ unit: 'zezhou', theme: '水' }, { unit: '', theme: '' })).toBe(true);
    expect(rowMatches({ unit: 'zezhou', theme: '水' }, { unit: 'zezhou', theme: '大气' })).toBe(false);
    expect(rowCountMessage(66, 66)).toBe('显示全部66个项目');
    expect(rowCountMessage(5, 66)).toBe('显示5个项目（共66个）');
  });
});

describe('texts, names and sources', () => {
  test('run-on sheet text is split at numbered items only', () => {
    expect(sheetParagraphs('"共需100万元，具体包括：1、甲10万元；2、乙20万元。3、丙1.5万元"')).toEqual([
      '共需100万元，具体包括：1、甲10万元；',
      '2、乙20万元。',
      '3、丙1.5万元',
    ]);
    expect(sheetParagraphs('2024年10月前签订合同。')).toEqual(['2024年10月前签订合同。']);
  });
  test('chart labels drop the unit prefix', () => {
    expect(nameInUnit('泽州分局设备购置项目', '泽州分局')).toBe('设备购置项目');
    expect(nameInUnit('阳城县大气污染防治与管控项目', '阳城分局')).toBe('阳城县大气污染防治与管控项目');
  });
  test('source lines cite the report', () => {
    const lines = projectSourceLines(project(), [
      indicator(1, '产出指标', '数量指标', 'a', '1'),
      indicator(9, '产出指标', '数量指标', 'b', '2'),
    ]);
    expect(lines.map(citeLines)).toEqual(['原文第1318行', '原文第1936行', '原文第2001–2009行']);
  });
});

describe('targets in words, for prose', () => {
  test('comparators become words; percentages read 不低于', async () => {
    const { formatTargetWords } = await import('../../src/lib/projects/indicators');
    expect(formatTargetWords({ value: '≥5处', target_number: 5, target_unit: '处', comparator: '≥' })).toBe('不少于5处');
    expect(formatTargetWords({ value: '≤80万元', target_number: 80, target_unit: '万元', comparator: '≤' })).toBe('不超过80万元');
    expect(formatTargetWords({ value: '≥90%', target_number: 90, target_unit: '%', comparator: '≥' })).toBe('不低于90%');
    expect(formatTargetWords({ value: '950亩', target_number: 950, target_unit: '亩', comparator: '=' })).toBe('950亩');
    expect(formatTargetWords({ value: '10月底前', target_number: null, target_unit: null, comparator: null })).toBe('10月底前');
  });
});
