import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import loadHighs from 'highs';
import {
  OWN_COLUMNS,
  alternativesCsv,
  applyColumns,
  runAssignment,
  targetsFromFunctions,
  type AssignmentOutput,
  type Row,
} from '../../pipeline/assignment/pipeline.ts';
import {
  AssignmentInfeasibleError,
  FEN_PER_STEP,
  SOURCES,
  countMisfits,
  searchAssignment,
  zeroAmounts,
  type ProjectSpec,
  type TargetSpec,
} from '../../pipeline/assignment/searchAssignment.ts';
import { nameEvidence, parseFunctionNameRules, parseThemeRules, themeFor } from '../../src/lib/nameRules.ts';
import { composeNote, englishNoteWords } from '../../pipeline/assignment/notes.ts';
import { highsMinMisfits, type HighsLike } from '../../pipeline/assignment/highsModel.ts';
import { amountCell } from '../../pipeline/csv.ts';
import { parseRecords } from '../../src/lib/data/csv.ts';
import { wanToFen } from '../../src/lib/money.ts';

const root = path.resolve(__dirname, '../..');
const read = (p: string) => fs.readFileSync(path.join(root, p), 'utf8');
const csv = (p: string) => parseRecords(p, read(p));

const projectsCsv = csv('data/projects.csv');
const projects = projectsCsv.rows;
const functionRows = csv('data/functions.csv').rows;
const inputs = {
  projectRows: projects,
  functionRows,
  functionRuleRows: csv('data/manual/function-name-rules.csv').rows,
  themeRuleRows: csv('data/manual/theme-rules.csv').rows,
};

const THEMES = ['大气', '水', '土壤与地下水', '自然生态', '监测与执法', '机构运行', '设备与修缮', '人员补助', '信息化', '综合治理'];

/** The minimum set of misfits the search must find (reviewed by hand). */
const EXPECTED_MISFITS = [
  'self-monitoring-network-security',
  'pollution-source-monitoring-ops',
  'supervision-inspection-monitoring',
  'survivor-allowance',
  'zezhou-air',
  'zezhou-equipment',
  'lingchuan-operations',
];

const amounts = (row: Row) => ({
  general_budget: amountCell(row.general_budget),
  unit_funds: amountCell(row.unit_funds),
  carryover: amountCell(row.carryover),
});

describe('committed function codes in data/projects.csv', () => {
  const targets = targetsFromFunctions(functionRows);

  it('has the assignment columns right after source_line', () => {
    const at = projectsCsv.fields.indexOf('source_line');
    expect(projectsCsv.fields.slice(at + 1, at + 1 + OWN_COLUMNS.length)).toEqual([...OWN_COLUMNS]);
  });

  it('assigns every project exactly once to a code that exists', () => {
    const codes = new Set(targets.map((t) => t.code));
    const ids = projects.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(projects.length).toBe(66);
    for (const p of projects) {
      expect(codes.has(p.function_code ?? ''), `${p.id} -> ${p.function_code}`).toBe(true);
      expect(['amount-unique', 'name-and-amount', 'editorial']).toContain(p.function_basis);
      expect(['true', 'false']).toContain(p.function_fits_name);
      expect((p.function_note ?? '').length).toBeGreaterThan(5);
      expect(THEMES).toContain(p.theme);
    }
  });

  it('adds up exactly, per code and per source, to the 项 project targets', () => {
    const sums = new Map(targets.map((t) => [t.code, zeroAmounts()]));
    for (const p of projects) {
      const sum = sums.get(p.function_code!)!;
      const a = amounts(p);
      for (const s of SOURCES) sum[s] += a[s];
    }
    for (const t of targets) {
      for (const s of SOURCES) expect(`${t.code} ${s} ${sums.get(t.code)![s]}`).toBe(`${t.code} ${s} ${t.amounts[s]}`);
    }
  });

  it('marks exactly the expected misfits', () => {
    const misfits = projects.filter((p) => p.function_fits_name === 'false').map((p) => p.id);
    expect(misfits.sort()).toEqual([...EXPECTED_MISFITS].sort());
  });

  it('keeps the water code explained: water-named projects fall 166.67 short of 水体', () => {
    const rules = parseFunctionNameRules(inputs.functionRuleRows);
    const named = projects
      .filter((p) => nameEvidence(p.name ?? '', rules).keywordCodes.includes('2110302'))
      .reduce((sum, p) => sum + amounts(p).general_budget, 0);
    const water = targets.find((t) => t.code === '2110302')!;
    expect(water.amounts.general_budget - named).toBe(wanToFen('166.67'));
  });
});

describe('re-running the search', () => {
  let output: AssignmentOutput;
  beforeAll(() => {
    output = runAssignment(inputs);
  }, 600_000);

  it('reproduces the committed columns exactly', () => {
    for (const p of projects) {
      const own = output.columns.get(p.id!)!;
      for (const c of OWN_COLUMNS) expect(`${p.id} ${c}=${p[c]}`).toBe(`${p.id} ${c}=${own[c]}`);
    }
  });

  it('rewrites data/projects.csv to the same bytes (every other column untouched)', () => {
    expect(applyColumns(read('data/projects.csv'), output.columns)).toBe(read('data/projects.csv'));
  });

  it('words the committed English notes (translations/en/projects.csv) from the same facts', () => {
    const english = englishNoteWords(new Map(csv('data/translations/en/functions.csv').rows.map((row) => [row.code!, row.name!])));
    const committed = new Map(csv('data/translations/en/projects.csv').rows.map((row) => [row.id!, row.function_note]));
    for (const [id, facts] of output.noteFacts) expect(`${id} ${composeNote(facts, english)}`).toBe(`${id} ${committed.get(id)}`);
  });

  it('reproduces data/function_assignment_alternatives.csv exactly', () => {
    expect(read('data/function_assignment_alternatives.csv')).toBe(alternativesCsv(output.alternatives));
  });

  it('finds the expected optimum and a verified exact assignment', () => {
    expect(output.result.misfits).toBe(EXPECTED_MISFITS.length);
    expect([...output.result.misfitIds].sort()).toEqual([...EXPECTED_MISFITS].sort());
    // Every editorial project has at least one equal alternative; the others none.
    for (const a of output.result.assignments) {
      expect(a.equalAlternatives.length > 0, a.id).toBe(a.basis === 'editorial');
    }
    // The carried-over projects can only sit where the report has carryover.
    const basis = new Map(output.result.assignments.map((a) => [a.id, a.basis]));
    expect(basis.get('rural-black-odorous-water')).toBe('amount-unique');
    expect(basis.get('central-air-fund-2022-2023')).toBe('amount-unique');
    expect(basis.get('gaoping-outfall-survey')).toBe('amount-unique');
  });

  it('reports a target off by 0.01 as infeasible, with a clear message', () => {
    const targets = output.targets.map((t) =>
      t.code === '2110302'
        ? { ...t, amounts: { ...t.amounts, general_budget: t.amounts.general_budget + FEN_PER_STEP } }
        : t,
    );
    expect(() => searchAssignment(output.specs, targets)).toThrow(AssignmentInfeasibleError);
    expect(() => searchAssignment(output.specs, targets)).toThrow(
      /Infeasible.*totals differ by source[\s\S]*general_budget.*difference 0\.01/,
    );
  });
});

// ------------------------------------------------------------- synthetic ----

// Synthetic amounts are given in steps of 0.01 万元, the report's precision.
const spec = (id: string, amount: number, plausible: string[], source: 'general_budget' | 'carryover' = 'general_budget'): ProjectSpec => ({
  id,
  amounts: { ...zeroAmounts(), [source]: amount * FEN_PER_STEP },
  plausible,
});
const target = (code: string, amount: number, source: 'general_budget' | 'carryover' = 'general_budget'): TargetSpec => ({
  code,
  amounts: { ...zeroAmounts(), [source]: amount * FEN_PER_STEP },
});

/**
 * Tiny budget where every answer is known by hand:
 * - big (10) fits only under A: amount-unique.
 * - u, v (3 each) may both sit under D or E: editorial.
 * - n (2, named F) and m (2, named G) could swap, but that adds two misfits: name-and-amount.
 * - h (1, named A) can only go to H (A is full): amount-unique and a misfit.
 */
const tinyProjects = [
  spec('big', 10, ['A']),
  spec('u', 3, ['D', 'E']),
  spec('v', 3, ['D', 'E']),
  spec('n', 2, ['F']),
  spec('m', 2, ['G']),
  spec('h', 1, ['A']),
];
const tinyTargets = [target('A', 10), target('D', 3), target('E', 3), target('F', 2), target('G', 2), target('H', 1)];

/** Brute force over all assignments: minimum misfits with optional restriction. */
function bruteForce(ps: readonly ProjectSpec[], ts: readonly TargetSpec[], skip?: (p: number, c: number) => boolean) {
  let best: number | null = null;
  const codes: string[] = [];
  const go = (p: number) => {
    if (p === ps.length) {
      const ok = ts.every((t) =>
        SOURCES.every((s) => ps.reduce((sum, q, i) => sum + (codes[i] === t.code ? q.amounts[s] : 0), 0) === t.amounts[s]),
      );
      if (ok) {
        const m = countMisfits(ps, codes);
        if (best === null || m < best) best = m;
      }
      return;
    }
    ts.forEach((t, c) => {
      if (skip?.(p, c)) return;
      codes[p] = t.code;
      go(p + 1);
    });
  };
  go(0);
  return best;
}

describe('search semantics on a tiny synthetic budget', () => {
  const result = searchAssignment(tinyProjects, tinyTargets);
  const byId = new Map(result.assignments.map((a) => [a.id, a]));

  it('finds the minimum misfits (brute force agrees)', () => {
    expect(result.misfits).toBe(1);
    expect(bruteForce(tinyProjects, tinyTargets)).toBe(1);
    expect(result.misfitIds).toEqual(['h']);
  });

  it('labels amount-unique, name-and-amount and editorial as worked out by hand', () => {
    expect(byId.get('big')).toMatchObject({ code: 'A', basis: 'amount-unique', fitsName: true });
    expect(byId.get('h')).toMatchObject({ code: 'H', basis: 'amount-unique', fitsName: false });
    expect(byId.get('n')).toMatchObject({ code: 'F', basis: 'name-and-amount', fitsName: true, alternativeExists: true });
    expect(byId.get('m')).toMatchObject({ code: 'G', basis: 'name-and-amount', fitsName: true });
    expect(byId.get('u')).toMatchObject({ code: 'D', basis: 'editorial', equalAlternatives: ['E'] });
    expect(byId.get('v')).toMatchObject({ code: 'E', basis: 'editorial', equalAlternatives: ['D'] });
  });

  it('agrees with brute force on every basis', () => {
    result.assignments.forEach((a, p) => {
      const c = tinyTargets.findIndex((t) => t.code === a.code);
      const elsewhere = bruteForce(tinyProjects, tinyTargets, (q, d) => q === p && d === c);
      const expected = elsewhere === null ? 'amount-unique' : elsewhere > result.misfits ? 'name-and-amount' : 'editorial';
      expect(`${a.id}:${a.basis}`).toBe(`${a.id}:${expected}`);
    });
  });

  it('merges codes that every project judges alike and splits them exactly', () => {
    const ps = [spec('x', 4, []), spec('y', 3, []), spec('z', 1, [])];
    const ts = [target('R1', 5), target('R2', 3)];
    const r = searchAssignment(ps, ts);
    expect(r.stats.mergedCodes).toEqual([['R1', 'R2']]);
    expect(r.assignments.map((a) => a.code)).toEqual(['R1', 'R2', 'R1']);
    expect(r.assignments.map((a) => a.basis)).toEqual(['amount-unique', 'amount-unique', 'amount-unique']);
  });

  it('keeps carryover money where there is carryover', () => {
    const ps = [spec('old', 5, ['B'], 'carryover'), spec('new', 5, ['A'])];
    const ts = [target('A', 5), target('B', 5, 'carryover')];
    const r = searchAssignment(ps, ts);
    expect(r.assignments.map((a) => [a.code, a.basis])).toEqual([
      ['B', 'amount-unique'],
      ['A', 'amount-unique'],
    ]);
  });

  it('reports infeasible targets clearly, also when the totals agree', () => {
    const shifted = tinyTargets.map((t) =>
      t.code === 'F' ? target('F', 3) : t.code === 'G' ? target('G', 1) : t,
    );
    // F = 3 needs {2,1} but h (1) is the only 1 and H needs it too.
    expect(() => searchAssignment(tinyProjects, shifted)).toThrow(AssignmentInfeasibleError);
    expect(() => searchAssignment(tinyProjects, shifted)).toThrow(/Infeasible/);
    const off = tinyTargets.map((t) => (t.code === 'A' ? target('A', 11) : t));
    expect(() => searchAssignment(tinyProjects, off)).toThrow(/totals differ by source/);
  });

  it('refuses amounts finer than the report\'s 0.01 万元', () => {
    const finer = [...tinyProjects.slice(1), { ...tinyProjects[0]!, amounts: { ...zeroAmounts(), general_budget: 10 * FEN_PER_STEP + 1 } }];
    expect(() => searchAssignment(finer, tinyTargets)).toThrow(/big: general_budget must be a non-negative whole 0\.01 万元/);
  });
});

describe('cross-check against HiGHS on random small budgets', () => {
  let highs: HighsLike;
  beforeAll(async () => {
    highs = (await loadHighs()) as unknown as HighsLike;
  });

  it('finds the same minimum number of misfits as the integer program', () => {
    // Deterministic pseudo-random instances built from a feasible assignment.
    let seed = 20240601;
    const rand = (k: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % k;
    };
    for (let round = 0; round < 12; round++) {
      const codes = ['A', 'B', 'C', 'D'].slice(0, 2 + rand(3));
      const ps: ProjectSpec[] = [];
      const sums = new Map(codes.map((c) => [c, 0]));
      for (let i = 0; i < 6 + rand(4); i++) {
        const home = codes[rand(codes.length)]!;
        const amount = 1 + rand(9) * 10 + rand(3);
        sums.set(home, sums.get(home)! + amount);
        // Name evidence is right two times out of three.
        const named = rand(3) === 0 ? codes[rand(codes.length)]! : home;
        ps.push(spec(`p${i}`, amount, [named]));
      }
      const ts = codes.map((c) => target(c, sums.get(c)!));
      const ours = searchAssignment(ps, ts).misfits;
      expect(`round ${round}: ${ours}`).toBe(`round ${round}: ${highsMinMisfits(highs, ps, ts)}`);
      expect(ours).toBe(bruteForce(ps, ts));
    }
  });
});

describe('theme rules', () => {
  it('give every project exactly one of at most ten themes', () => {
    const rules = parseThemeRules(inputs.themeRuleRows);
    expect(new Set(rules.map((r) => r.theme)).size).toBeLessThanOrEqual(10);
    for (const p of projects) expect(THEMES).toContain(themeFor(p.name ?? '', rules).theme);
    expect(themeFor('城区分局背街小巷洒水降尘服务费', rules).theme).toBe('大气');
    expect(themeFor('泽州分局自收自支人员补助经费', rules).theme).toBe('人员补助');
    expect(themeFor('沁水分局设备购置项目', rules).theme).toBe('设备与修缮');
  });
});
