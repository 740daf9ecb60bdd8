import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { Budget } from '../../src/lib/data/load';
import type { Indicator, Project, Unit } from '../../src/lib/data/schemas';
import { wanToFen } from '../../src/lib/money';
import { indicatorRow, projectRow, unitRow } from './fixtureRows';
import { branchOverview, findBranch, rankValues, themeTotals } from '../../src/lib/branches/summary';
import { themeStyles } from '../../src/lib/branches/themes';
import { targetMonth, watchItems, watchKind } from '../../src/lib/branches/watch';
import { amountFigure, countFigure, indicatorFigure, rankFigure, shareFigure, sheetNumberFigure } from '../../src/lib/branches/figures';
import { borderLines, compactPath, layoutMap, rewindForD3, type AreaCollection } from '../../src/lib/branches/map';
import { decodeEchartsMap, decodeRing, extractRegisteredMap, signedArea2 } from '../../pipeline/geo/decodeEcharts';
import { convertJincheng, OUTPUT_FILE, serialise } from '../../pipeline/geo/convert-jincheng';

// A small, consistent budget: two branches and a city unit, so nothing depends on the real data.
const wan = (text: string) => wanToFen(text);

function unit(id: string, shortName: string, kind: Unit['kind'], county: string | null, total: string, runningCost: string | null): Unit {
  return unitRow({
    id,
    short_name: shortName,
    kind,
    county,
    project_total: wan(total),
    project_general_budget: wan(total),
    running_cost: runningCost ? wan(runningCost) : null,
    source_line: 10,
    running_cost_source_line: runningCost ? 5 : null,
  });
}

function project(id: string, unitId: string, amount: string, theme: string, extra: Partial<Project> = {}): Project {
  return projectRow({
    id,
    name: `${id}项目`,
    unit_id: unitId,
    amount: wan(amount),
    general_budget: wan(amount),
    source_line: 20,
    theme,
    sheet_line: 100,
    period_years: 1,
    ...extra,
  });
}

function indicator(projectId: string, seq: number, level2: string, name: string, value: string, extra: Partial<Indicator> = {}): Indicator {
  return indicatorRow({ project_id: projectId, seq, level2, name, value, source_line: 200 + seq, ...extra });
}

function fixture(): Budget {
  return {
    units: [
      unit('city', '市局', 'headquarters', null, '50.00', '20.00'),
      unit('east', '东区分局', 'branch', '东区', '300.00', '10.00'),
      unit('west', '西县分局', 'branch', '西县', '100.00', '30.00'),
    ],
    projects: [
      project('city-a', 'city', '50.00', '大气'),
      project('east-wetland', 'east', '200.00', '水', {
        overview: '湿地共需200万元，其中固定开支150万元，全年预计清淤量约6000m3；电费50万元。',
        period_total_yuan: 2_100_000 * 100,
        annual_total_yuan: 2_000_000 * 100,
      }),
      project('east-air', 'east', '100.00', '大气'),
      project('west-air', 'west', '60.00', '大气'),
      project('west-kit', 'west', '40.00', '设备与修缮'),
    ],
    indicators: [
      indicator('east-wetland', 1, '数量指标', '湿地植物收割亩数', '950亩', { target_number: 950, target_unit: '亩', comparator: '=' }),
      indicator('east-wetland', 2, '数量指标', '扬尘治理重点区域数', '≥5处', { target_number: 5, target_unit: '处', comparator: '≥' }),
      indicator('east-wetland', 3, '时效指标', '2024年合同签订时间', '10月底前'),
      indicator('east-wetland', 4, '时效指标', '清淤及杂物清理时间', '每年的3至10月'),
      indicator('east-air', 1, '时效指标', '款项支付时间', '2024年9月'),
      indicator('east-air', 2, '时效指标', '采购完成时间', '4月前'),
      indicator('east-air', 3, '数量指标', '扬尘治理区域', '≥5处', { target_number: 5, target_unit: '处', comparator: '≥' }),
    ],
  } as unknown as Budget;
}

describe('branch summaries', () => {
  const overview = branchOverview(fixture());

  test('only branches, in units.csv order, with totals, shares and ranks', () => {
    expect(overview.branches.map((branch) => branch.id)).toEqual(['east', 'west']);
    expect(overview.total).toBe(wan('400.00'));
    const east = findBranch(overview, 'east');
    expect(east.total).toBe(wan('300.00'));
    expect(east.share).toBeCloseTo(0.75);
    expect(east.rank).toBe(1);
    expect(findBranch(overview, 'west').rank).toBe(2);
    expect(overview.runningCostTotal).toBe(wan('40.00'));
  });

  test('projects largest first, themes summed largest first', () => {
    const east = findBranch(overview, 'east');
    expect(east.projects.map((entry) => entry.id)).toEqual(['east-wetland', 'east-air']);
    expect(themeTotals(findBranch(overview, 'west').projects)).toEqual([
      { theme: '大气', amount: wan('60.00'), projectCount: 1 },
      { theme: '设备与修缮', amount: wan('40.00'), projectCount: 1 },
    ]);
  });

  test('fails when the projects do not add up to units.csv', () => {
    const budget = fixture();
    budget.projects = budget.projects.filter((entry) => entry.id !== 'east-air');
    expect(() => branchOverview(budget)).toThrow(/add up/);
  });

  test('unknown branch ids fail loudly', () => {
    expect(() => findBranch(overview, 'nowhere')).toThrow(/unknown branch/);
  });

  test('competition ranking handles ties', () => {
    expect(rankValues([5, 9, 5, 1])).toEqual([2, 1, 2, 4]);
    expect(rankValues([5, 9, 5, 1], true)).toEqual([2, 4, 2, 1]);
  });
});

describe('theme colours', () => {
  test('each theme has its own colour from the site palette, whatever else is on the page', () => {
    const styles = themeStyles([
      { theme: '大气', amount: 7 },
      { theme: '水', amount: 5 },
      { theme: '水', amount: 4 },
      { theme: '机构运行', amount: 3 },
    ]);
    expect([...styles.keys()]).toEqual(['水', '大气', '机构运行']);
    expect(styles.get('水')).toEqual({ theme: '水', color: 'var(--theme-water)', textColor: 'var(--theme-water-text)' });
    expect(themeStyles([{ theme: '水', amount: 1 }]).get('水')!.color).toBe('var(--theme-water)');
    expect(styles.get('机构运行')!.color).toBe('var(--theme-running)');
  });
  test('names a theme that has no colour', () => {
    expect(() => themeStyles([{ theme: '新主题', amount: 1 }])).toThrow(/新主题/);
  });
});

describe('what to watch', () => {
  test('reads the first month of a dated target and skips recurring ones', () => {
    expect(targetMonth('10月底前')).toBe(10);
    expect(targetMonth('2024年11月前完成')).toBe(11);
    expect(targetMonth('2024年8月底')).toBe(8);
    expect(targetMonth('4月8日')).toBe(4);
    expect(targetMonth('10、11月')).toBe(10);
    expect(targetMonth('2月至4月')).toBe(2);
    expect(targetMonth('每年的3至10月')).toBeNull();
    expect(targetMonth('每月')).toBeNull();
    expect(targetMonth('2024年全年')).toBeNull();
    expect(targetMonth('1个月内')).toBeNull();
  });
  test('classifies by what the indicator names', () => {
    expect(watchKind('2024年合同签订时间')).toBe('签合同');
    expect(watchKind('款项支付时间')).toBe('付款');
    expect(watchKind('开展采购、验收时间')).toBe('采购招标');
    expect(watchKind('设备验收时间')).toBe('完成验收');
    expect(watchKind('宣传时间')).toBe('其他节点');
  });
  test('lists dated timing targets by month', () => {
    const budget = fixture();
    const east = findBranch(branchOverview(budget), 'east');
    const items = watchItems(east.projects, budget.indicators);
    expect(items.map((item) => [item.month, item.indicator.name, item.when])).toEqual([
      [4, '采购完成时间', '4月前'],
      [9, '款项支付时间', '2024年9月'],
      [10, '2024年合同签订时间', '10月底前'],
    ]);
  });
});

describe('figures for the narratives', () => {
  const budget = fixture();

  test('amounts of a project, a branch, a theme, running cost and all branches', () => {
    expect(amountFigure(budget, { project: 'east-wetland' })).toEqual({ text: '200.00万元', value: '200.00' });
    expect(amountFigure(budget, { unit: 'east' }).text).toBe('300.00万元');
    expect(amountFigure(budget, { unit: 'west', theme: '大气' }).text).toBe('60.00万元');
    expect(amountFigure(budget, { unit: 'west', field: 'running_cost' }).text).toBe('30.00万元');
    expect(amountFigure(budget, { scope: 'branches' }).text).toBe('400.00万元');
    expect(amountFigure(budget, { scope: 'all-projects' }).text).toBe('450.00万元');
    expect(amountFigure(budget, { project: 'east-wetland', field: 'period_total' }).text).toBe('210.00万元');
  });

  test('unknown ids and impossible combinations throw', () => {
    expect(() => amountFigure(budget, { project: 'nope' })).toThrow(/unknown project/);
    expect(() => amountFigure(budget, { unit: 'nope' })).toThrow(/unknown unit/);
    expect(() => amountFigure(budget, { unit: 'west', theme: '水' })).toThrow(/no project in theme/);
    expect(() => amountFigure(budget, { project: 'east-air', unit: 'east' })).toThrow(/exactly one/);
    expect(() => amountFigure(budget, { project: 'east-air', field: 'period_total' })).toThrow(/no period_total/);
  });

  test('shares, ranks and counts', () => {
    expect(shareFigure(budget, { unit: 'east' }).text).toBe('75.0%');
    expect(shareFigure(budget, { project: 'east-wetland' }).text).toBe('66.7%');
    expect(shareFigure(budget, { unit: 'west', theme: '设备与修缮' }).text).toBe('40.0%');
    expect(shareFigure(budget, { unit: 'west', field: 'running_cost' }).text).toBe('75.0%');
    expect(rankFigure(budget, { unit: 'west' }).text).toBe('第2位');
    expect(rankFigure(budget, { unit: 'west', by: 'running_cost' }).text).toBe('第1位');
    expect(rankFigure(budget, { project: 'east-air', among: 'branches' }).text).toBe('第2位');
    expect(rankFigure(budget, { project: 'west-kit', from: 'smallest' }).text).toBe('第1位');
    expect(countFigure(budget, { scope: 'branches' }).text).toBe('2');
    expect(countFigure(budget, { unit: 'east' }).text).toBe('2');
    expect(countFigure(budget, { project: 'east-wetland' }).text).toBe('4');
  });

  test('indicators by unique name match, shown as readable targets', () => {
    expect(indicatorFigure(budget, { project: 'east-wetland', match: '收割亩数' }).text).toBe('950亩');
    expect(indicatorFigure(budget, { project: 'east-wetland', match: '重点区域' }).text).toBe('不少于5处');
    expect(indicatorFigure(budget, { project: 'east-wetland', match: '重点区域', form: 'symbols' }).text).toBe('≥ 5 处');
    expect(indicatorFigure(budget, { project: 'east-wetland', match: '合同签订', show: 'both' }).text).toBe('2024年合同签订时间：10月底前');
    expect(() => indicatorFigure(budget, { project: 'east-wetland', match: '时间' })).toThrow(/several/);
    expect(() => indicatorFigure(budget, { project: 'east-wetland', match: '不存在' })).toThrow(/no indicator/);
  });

  test('numbers from the sheet text must match exactly once', () => {
    expect(
      sheetNumberFigure(budget, { project: 'east-wetland', field: 'overview', pattern: '清淤量约(\\d+)m3', unit: '立方米' }).text,
    ).toBe('6,000立方米');
    expect(sheetNumberFigure(budget, { project: 'east-wetland', field: 'overview', pattern: '清淤量约(\\d+)m3', plain: true }).text).toBe(
      '6000',
    );
    expect(() => sheetNumberFigure(budget, { project: 'east-wetland', field: 'overview', pattern: '(\\d+)万元' })).toThrow(/3 times/);
    expect(() => sheetNumberFigure(budget, { project: 'east-wetland', field: 'overview', pattern: '燃气(\\d+)万元' })).toThrow(/0 times/);
    expect(() => sheetNumberFigure(budget, { project: 'east-air', field: 'overview', pattern: '(\\d+)' })).toThrow(/no overview/);
  });
});

describe('map data', () => {
  test('decodes ECharts zigzag + offset rings', () => {
    // Offsets (1024, 2048) = (1, 2) degrees; deltas (+1, -1) then (0, +2) in zigzag: 2→1, 1→-1, 0→0, 4→2.
    const encoded = String.fromCharCode(64 + 2, 64 + 1, 64 + 0, 64 + 4);
    expect(decodeRing(encoded, [1024, 2048])).toEqual([
      [1025 / 1024, 2047 / 1024].map((value) => Math.round(value * 1e6) / 1e6),
      [1025 / 1024, 2049 / 1024].map((value) => Math.round(value * 1e6) / 1e6),
    ]);
  });

  test('orients exterior rings counter-clockwise (RFC 7946) and closes them', () => {
    // A clockwise square: right, down, left (zigzag: +1 → 2, -1 → 1).
    const encoded = String.fromCharCode(64, 64, 64 + 2, 64, 64, 64 + 1, 64 + 1, 64);
    const map = decodeEchartsMap({
      type: 'FeatureCollection',
      UTF8Encoding: true,
      UTF8Scale: 1,
      features: [
        {
          type: 'Feature',
          id: '1',
          properties: { name: 'x' },
          geometry: { type: 'Polygon', coordinates: [encoded], encodeOffsets: [[0, 0]] },
        },
      ],
    });
    const ring = (map.features[0]!.geometry.coordinates as [number, number][][])[0]!;
    expect(ring[0]).toEqual(ring[ring.length - 1]);
    expect(signedArea2(ring)).toBeGreaterThan(0);
  });

  test('reads the map object out of the package wrapper without evaluating it', () => {
    const { name, map } = extractRegisteredMap(
      `(function(){echarts.registerMap('晋城', {"type":"FeatureCollection","UTF8Encoding":true,"features":[{"id":"1","geometry":{"coordinates":["@{\\"}"]}}]});})`,
    );
    expect(name).toBe('晋城');
    expect(map.features).toHaveLength(1);
  });

  test('the committed GeoJSON is exactly what the conversion script produces from the package', () => {
    expect(readFileSync(OUTPUT_FILE, 'utf8')).toBe(serialise(convertJincheng()));
  });

  test('map paths are whole pixels, written as steps, with repeated points dropped', () => {
    expect(compactPath('M10.4,20.6L10.6,20.4L10.9,21.2L13.2,19.8ZM1,1L2,2Z')).toBe('M10,21l1,-1l0,1l2,-1zM1,1l1,1z');
  });

  test('six areas, each a valid polygon with a label point, matched to a branch', () => {
    const geo = JSON.parse(readFileSync(OUTPUT_FILE, 'utf8')) as AreaCollection & { source: Record<string, string> };
    expect(geo.source.licence).toMatch(/MIT/);
    expect(geo.features.map((feature) => feature.properties.name).sort()).toEqual(
      ['城区', '沁水县', '泽州县', '阳城县', '陵川县', '高平市'].sort(),
    );
    const names = new Map(geo.features.map((feature, index) => [feature.properties.name, `b${index}`]));
    const layout = layoutMap(geo, names, 600);
    expect(layout.areas).toHaveLength(6);
    for (const area of layout.areas) {
      expect(area.path).toMatch(/^M\d+,\d+l-?\d+,-?\d+/);
      expect(area.label.x).toBeGreaterThan(0);
      expect(area.label.x).toBeLessThan(600);
      expect(area.label.y).toBeGreaterThan(0);
      expect(area.label.y).toBeLessThan(layout.height);
    }
    // Rewound for d3, an area is small: a wrongly wound ring would cover the whole globe.
    expect(rewindForD3(geo.features[0]!.geometry).type).toBe('Polygon');
    expect(layout.borders.length).toBeGreaterThan(1000);
    // The map keeps its shape: Jincheng is wider than tall.
    expect(layout.height).toBeGreaterThan(300);
    expect(layout.height).toBeLessThan(600);
    expect(() => layoutMap(geo, new Map([...names].slice(1)), 600)).toThrow(/matches no branch/);
  });

  test('the seam inside 泽州县 (split into two polygons around 城区) is not drawn as a border', () => {
    const seamSquare: [number, number][][] = [
      [
        [0, 0],
        [1, 0],
        [1, 1],
        [0, 0],
      ],
      [
        [0, 0],
        [1, 1],
        [0, 1],
        [0, 0],
      ],
    ];
    const lines = borderLines([{ geometry: { type: 'MultiPolygon', coordinates: seamSquare.map((ring) => [ring]) } }]);
    const segments = lines.flatMap((line) => line.slice(1).map((point, index) => `${line[index]}→${point}`));
    expect(segments).toHaveLength(4);
    expect(segments.some((segment) => segment === '0,0→1,1' || segment === '1,1→0,0')).toBe(false);
  });
});

describe('breakdown amounts keep the sheet’s precision', () => {
  test('three decimals of 万元 stay exact and are shown', async () => {
    const { formatBreakdownWan } = await import('../../src/lib/branches/breakdowns');
    expect(formatBreakdownWan(49_985_000)).toBe('49.985');
    expect(formatBreakdownWan(wan('1051.80'))).toBe('1,051.80');
  });
});
