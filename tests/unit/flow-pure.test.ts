/**
 * The flow's pure functions on a tiny hand-made budget: two classes, three 项, six projects, and a
 * 0.01 rounding gap like the report's (208 printed 2.00 while its parts add up to 2.01).
 */
import { describe, expect, test } from 'vitest';
import type { FlowBudget } from '../../src/lib/flow/types';
import type { FunctionRow, KnownGap, Project } from '../../src/lib/data/schemas';
import { wanToFen } from '../../src/lib/money';
import { functionRow, projectRow, unitRow } from './fixtureRows';

import { buildFlow } from '../../src/lib/flow/build';
import { assertFlowConsistent, columnTotals, nodeImbalances, printedDifferences } from '../../src/lib/flow/conservation';
import { applyGrouping, openGroup, planGroups, projectParts, smallProjectThreshold } from '../../src/lib/flow/grouping';
import { layoutFlow } from '../../src/lib/flow/layout';
import { placeLabels, shortenName } from '../../src/lib/flow/labels';
import { textWidth } from '../../src/lib/text/measure';
import { tracePath, type TraceLink } from '../../src/lib/flow/path';

const w = wanToFen;

function fn(
  code: string,
  name: string,
  level: FunctionRow['level'],
  parent: string | null,
  total: string,
  parts: Partial<Record<'basic' | 'project' | 'general_budget' | 'unit_funds' | 'carryover', string>>,
): FunctionRow {
  const get = (key: keyof typeof parts) => {
    const value = parts[key];
    return value ? w(value) : null;
  };
  return functionRow({
    row: 0,
    code,
    name,
    level,
    parent_code: parent,
    total: w(total),
    basic: get('basic'),
    project: get('project'),
    general_budget: get('general_budget'),
    unit_funds: get('unit_funds'),
    carryover: get('carryover'),
  });
}

function project(
  id: string,
  code: string,
  amount: string,
  source: 'general_budget' | 'carryover',
  basis: Project['function_basis'] = 'amount-unique',
): Project {
  return projectRow({
    row: 0,
    id,
    name: `项目${id}`,
    amount: w(amount),
    general_budget: source === 'general_budget' ? w(amount) : 0,
    carryover: source === 'carryover' ? w(amount) : 0,
    function_code: code,
    function_basis: basis,
    theme: 'x',
  });
}

function gap(identity: string, printed: number, computed: number): KnownGap {
  return {
    row: 0,
    id: identity.replace(/[^a-z0-9]+/gi, '-').toLowerCase(),
    identity,
    printed,
    computed,
    difference: Math.round((printed - computed) * 100) / 100,
    lines: '1',
    note: '',
  };
}

function fixtureBudget(overrides: Partial<FlowBudget> = {}): FlowBudget {
  return {
    units: [unitRow({ row: 0, id: 'bureau', name: '局本级', short_name: '局本级', kind: 'headquarters' })],
    functions: [
      fn('208', '社会保障', '类', null, '2.00', { basic: '2.00', general_budget: '2.00' }),
      fn('20805', '养老', '款', '208', '2.01', { basic: '2.01', general_budget: '2.01' }),
      fn('2080505', '养老保险', '项', '20805', '2.01', { basic: '2.01', general_budget: '2.01' }),
      fn('211', '节能环保', '类', null, '100.00', { basic: '10.00', project: '90.00', general_budget: '70.00', carryover: '30.00' }),
      fn('21101', '管理事务', '款', '211', '50.00', { basic: '10.00', project: '40.00', general_budget: '50.00' }),
      fn('2110101', '行政运行', '项', '21101', '50.00', { basic: '10.00', project: '40.00', general_budget: '50.00' }),
      fn('21103', '污染防治', '款', '211', '50.00', { project: '50.00', general_budget: '20.00', carryover: '30.00' }),
      fn('2110301', '大气', '项', '21103', '30.00', { project: '30.00', carryover: '30.00' }),
      fn('2110302', '水体', '项', '21103', '20.00', { project: '20.00', general_budget: '20.00' }),
    ],
    revenue: [
      { row: 0, id: 'general-budget', name: '一般公共预算', amount: w('72.01'), share_printed: null, source_line: 1 },
      { row: 0, id: 'unit-funds', name: '单位资金', amount: 0, share_printed: null, source_line: 1 },
      { row: 0, id: 'carryover', name: '上年结转', amount: w('30.00'), share_printed: null, source_line: 1 },
    ],
    projects: [
      project('p1', '2110101', '25.00', 'general_budget'),
      project('p2', '2110101', '10.00', 'general_budget', 'editorial'),
      project('p3', '2110101', '5.00', 'general_budget', 'name-and-amount'),
      project('p4', '2110301', '30.00', 'carryover'),
      project('p5', '2110302', '12.00', 'general_budget'),
      project('p6', '2110302', '8.00', 'general_budget'),
    ],
    knownGaps: [
      gap('functions:208.total = sum(children)', 2.0, 2.01),
      gap('functions:208.basic = sum(children)', 2.0, 2.01),
      gap('functions:208.general_budget = sum(children)', 2.0, 2.01),
    ],
    reportTotals: [{ row: 0, id: 'grand-total', description: '总计', amount: w('102.01'), source_line: 1 }],
    ...overrides,
  };
}

const fen = wanToFen;

describe('buildFlow on a small budget', () => {
  const graph = buildFlow(fixtureBudget(), '款');

  test('three columns: sources, the small class whole and the big class by 款, then spending', () => {
    expect(graph.nodes.filter((node) => node.column === 0).map((node) => node.id)).toEqual([
      'source:general-budget',
      'source:unit-funds',
      'source:carryover',
    ]);
    expect(graph.nodes.filter((node) => node.column === 1).map((node) => node.id)).toEqual([
      'function:208',
      'function:21101',
      'function:21103',
    ]);
    expect(graph.nodes.filter((node) => node.column === 2).map((node) => node.id)).toEqual([
      'basic:208',
      'basic:21101',
      'project:p1',
      'project:p2',
      'project:p3',
      'project:p4',
      'project:p5',
      'project:p6',
    ]);
  });

  test('the 项 level splits only the big class', () => {
    const detailed = buildFlow(fixtureBudget(), '项');
    expect(detailed.nodes.filter((node) => node.column === 1).map((node) => node.id)).toEqual([
      'function:208',
      'function:2110101',
      'function:2110301',
      'function:2110302',
    ]);
  });

  test('a node shows the sum of its parts, even where the report prints 0.01 less', () => {
    const node = graph.nodes.find((entry) => entry.id === 'function:208')!;
    expect(node.value).toBe(fen('2.01'));
  });

  test('every node conserves money and every column adds up to the grand total', () => {
    expect(nodeImbalances(graph)).toEqual([]);
    expect(columnTotals(graph)).toEqual([fen('102.01'), fen('102.01'), fen('102.01')]);
  });

  test('basic expenditure is what a function has beyond its projects, source by source', () => {
    const basic = graph.nodes.find((node) => node.id === 'basic:21101')!;
    expect(basic.value).toBe(fen('10.00'));
    expect(basic.funds['source:general-budget']).toBe(fen('10.00'));
  });
});

describe('printed figures and known gaps', () => {
  test('differences from the printed report are allowed only where known_gaps.csv lists them', () => {
    const budget = fixtureBudget();
    const differences = printedDifferences(buildFlow(budget, '款'), budget);
    expect(differences.map((entry) => [entry.elementId, entry.column, entry.gap?.identity])).toEqual([
      ['function:208', 'total', 'functions:208.total = sum(children)'],
      ['basic:208', 'basic', 'functions:208.basic = sum(children)'],
      ['source:general-budget>function:208', 'general_budget', 'functions:208.general_budget = sum(children)'],
    ]);
    expect(() => assertFlowConsistent(buildFlow(budget, '款'), budget)).not.toThrow();
  });

  test('a gap that is not listed fails', () => {
    const budget = fixtureBudget({ knownGaps: fixtureBudget().knownGaps.filter((entry) => !entry.identity.includes('basic')) });
    const graph = buildFlow(budget, '款');
    expect(printedDifferences(graph, budget).find((entry) => entry.column === 'basic')?.gap).toBeNull();
    expect(() => assertFlowConsistent(graph, budget)).toThrow(/basic:208/);
  });

  test('a listed gap with other figures does not excuse a difference', () => {
    const budget = fixtureBudget({
      knownGaps: fixtureBudget().knownGaps.map((entry) => (entry.identity.includes('.total') ? { ...entry, computed: 2.02 } : entry)),
    });
    expect(() => assertFlowConsistent(buildFlow(budget, '款'), budget)).toThrow(/function:208/);
  });

  test('a node that does not conserve money fails', () => {
    const budget = fixtureBudget();
    const graph = buildFlow(budget, '款');
    const broken = {
      ...graph,
      links: graph.links.map((link) => (link.target === 'project:p1' ? { ...link, value: link.value + 1 } : link)),
    };
    expect(nodeImbalances(broken).map((entry) => entry.nodeId)).toEqual(['function:21101', 'project:p1']);
    expect(() => assertFlowConsistent(broken, budget)).toThrow(/conserve/);
  });
});

describe('grouping small projects', () => {
  test('the threshold is the smallest of the largest projects covering the share', () => {
    const amounts = [50, 30, 10, 5, 3, 2].map((value) => value * 1_000_000);
    expect(smallProjectThreshold(amounts, 0.8)).toBe(30 * 1_000_000);
    expect(smallProjectThreshold(amounts, 0.9)).toBe(10 * 1_000_000);
    expect(smallProjectThreshold(amounts, 1)).toBe(2 * 1_000_000);
    expect(smallProjectThreshold([], 0.8)).toBe(0);
  });

  const full = buildFlow(fixtureBudget(), '款');
  const grouping = planGroups(full, fen('12.00'));

  test('only functions with two or more small projects get a group', () => {
    // 21101: p2 (10) and p3 (5) are small; 21103: only p6 (8) is small, so it stays on its own.
    expect([...grouping.groups]).toEqual([['group:21101', ['project:p2', 'project:p3']]]);
  });

  test('grouping keeps every total and every node balanced', () => {
    const grouped = applyGrouping(full, grouping);
    const group = grouped.nodes.find((node) => node.id === 'group:21101')!;
    expect(group.name).toBe('其他2个项目');
    expect(group.value).toBe(fen('15.00'));
    expect(grouped.links.find((link) => link.target === 'group:21101')?.basis).toBe('mixed');
    expect(nodeImbalances(grouped)).toEqual([]);
    expect(columnTotals(grouped)).toEqual(columnTotals(full));
    expect(grouped.nodes.some((node) => node.id === 'project:p2')).toBe(false);
  });

  test('beyond the largest few of a function, even projects over the threshold join its group', () => {
    // 21103: p4 (30) stays; p5 (12) is over the threshold but past the one allowed; p6 (8) is small.
    const capped = planGroups(full, fen('12.00'), 1);
    expect([...capped.groups]).toEqual([
      ['group:21101', ['project:p2', 'project:p3']],
      ['group:21103', ['project:p5', 'project:p6']],
    ]);
    const grouped = applyGrouping(full, capped);
    expect(nodeImbalances(grouped)).toEqual([]);
    expect(columnTotals(grouped)).toEqual(columnTotals(full));
    expect(grouped.nodes.find((node) => node.id === 'group:21103')?.name).toBe('其他2个项目');
  });

  test('opening a group shows its projects again; "all" is the full graph', () => {
    const opened = applyGrouping(full, grouping, new Set(['group:21101']));
    expect(opened.nodes.map((node) => node.id)).toEqual(full.nodes.map((node) => node.id));
    expect(applyGrouping(full, grouping, 'all')).toBe(full);
    expect(openGroup(applyGrouping(full, grouping), projectParts(full), 'group:21101')).toEqual(opened);
  });

  test('no view draws more than maxDrawn projects of a function: the rest is one node the table lists', () => {
    // 21101 has p1, p2, p3 (largest first); with two drawn, p3 is gathered and cannot be opened.
    const all = applyGrouping(full, grouping, 'all', 2);
    const rest = all.nodes.find((node) => node.id === 'rest:21101')!;
    expect(rest).toMatchObject({
      kind: 'group',
      tableOnly: true,
      members: ['project:p3'],
      name: '其余1个项目（见数据表）',
      value: fen('5.00'),
    });
    expect(all.nodes.filter((node) => node.kind === 'project' && node.functionId === 'function:21101').map((node) => node.id)).toEqual([
      'project:p1',
      'project:p2',
    ]);
    expect(nodeImbalances(all)).toEqual([]);
    expect(columnTotals(all)).toEqual(columnTotals(full));
    const opened = openGroup(applyGrouping(full, grouping, new Set(), 2), projectParts(full), 'group:21101', 2);
    expect(opened).toEqual(applyGrouping(full, grouping, new Set(['group:21101']), 2));
    expect(opened.nodes.find((node) => node.id === 'rest:21101')?.members).toEqual(['project:p3']);
  });
});

describe('layout', () => {
  const graph = buildFlow(fixtureBudget(), '项');

  test('each kind of node has its own column, whatever the graph', () => {
    const layout = layoutFlow(graph);
    const xOf = (kind: string) => new Set(layout.nodes.filter((placed) => placed.node.kind === kind).map((placed) => placed.x));
    expect([...xOf('source')]).toEqual([150]);
    expect([...xOf('function')]).toEqual([420]);
    expect(new Set([...xOf('project'), ...xOf('basic')])).toEqual(new Set([690]));
  });

  test('the same graph gives the same layout, and input order does not matter', () => {
    const shuffled = { ...graph, nodes: [...graph.nodes].reverse(), links: [...graph.links].reverse() };
    const a = layoutFlow(graph);
    expect(layoutFlow(graph)).toEqual(a);
    // Layout follows the graph's node order; the builder sorts, so a reversed input sorts back.
    expect(layoutFlow(applyGrouping(shuffled, { threshold: 0, groups: new Map() })).links.map((link) => link.path)).toEqual(
      a.links.map((link) => link.path),
    );
  });

  test('bands are proportional to money', () => {
    const layout = layoutFlow(graph);
    const p4 = layout.links.find((placed) => placed.link.target === 'project:p4')!;
    const p1 = layout.links.find((placed) => placed.link.target === 'project:p1')!;
    expect(p4.width / p1.width).toBeCloseTo(30 / 25, 1);
  });
});

describe('labels', () => {
  test('labels in a column never overlap and stay inside it', () => {
    const boxes = [0, 1, 2, 3, 4, 100, 101].map((wanted) => ({ wanted, height: 17 }));
    const centres = placeLabels(boxes, 0, 200);
    for (let index = 1; index < centres.length; index++) expect(centres[index]! - centres[index - 1]!).toBeGreaterThanOrEqual(17 - 1e-9);
    expect(centres[0]! - 8.5).toBeGreaterThanOrEqual(0);
    expect(centres[centres.length - 1]! + 8.5).toBeLessThanOrEqual(200);
  });

  test('a column too short for its labels is an error, not an overlap', () => {
    expect(() =>
      placeLabels(
        [
          { wanted: 0, height: 17 },
          { wanted: 1, height: 17 },
        ],
        0,
        30,
      ),
    ).toThrow();
  });

  test('long names are shortened to the width, short ones kept', () => {
    expect(shortenName('环境监测服务', 200, 13)).toBe('环境监测服务');
    const long = '晋城市重点企业、乡镇(办事处)空气质量监测站和高精尖大气移动监测设备运行维护项目';
    const short = shortenName(long, 150, 13);
    expect(short.startsWith('重点企业')).toBe(true);
    expect(short.endsWith('…')).toBe(true);
    expect(textWidth(short, 13)).toBeLessThanOrEqual(150);
  });
});

describe('path highlight', () => {
  const links: TraceLink[] = [
    { id: 'g>f1', source: 'g', target: 'f1', funds: ['g'], step: 0 },
    { id: 'c>f1', source: 'c', target: 'f1', funds: ['c'], step: 0 },
    { id: 'g>f2', source: 'g', target: 'f2', funds: ['g'], step: 0 },
    { id: 'f1>p1', source: 'f1', target: 'p1', funds: ['g'], step: 1 },
    { id: 'f1>p2', source: 'f1', target: 'p2', funds: ['c'], step: 1 },
    { id: 'f2>p3', source: 'f2', target: 'p3', funds: ['g'], step: 1 },
  ];
  test('a project lights up only the sources that pay for it', () => {
    const trace = tracePath(links, 'p2');
    expect([...trace.links].sort()).toEqual(['c>f1', 'f1>p2']);
    expect([...trace.nodes].sort()).toEqual(['c', 'f1', 'p2']);
  });
  test('a source lights up only what it pays for', () => {
    expect([...tracePath(links, 'c').links].sort()).toEqual(['c>f1', 'f1>p2']);
  });
  test('a function lights up everything in and out of it', () => {
    expect([...tracePath(links, 'f1').links].sort()).toEqual(['c>f1', 'f1>p1', 'f1>p2', 'g>f1']);
  });
  test('a link from a source follows its money on', () => {
    expect([...tracePath(links, 'g>f1').links].sort()).toEqual(['f1>p1', 'g>f1']);
  });
});
