import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { getBudget } from '../../src/lib/budget';
import { rankFigure } from '../../src/lib/branches/figures';
import { branchOverview } from '../../src/lib/branches/summary';
import { placeAmong, placeInWords, placesOf, placeText } from '../../src/lib/ranks';
import { buildExercises } from '../../src/lib/teach/exercises';
import { buildTreemapModel, realChildren } from '../../src/lib/treemap/model';
import { levelRows } from '../../src/lib/treemap/describe';
import { branchesStep, performanceStep } from '../../src/lib/learn/steps';
import { FEATURED_PROJECTS } from '../../src/lib/budgetConfig';

type Row = Record<string, string>;
const csv = (file: string) => Papa.parse<Row>(readFileSync(`data/${file}`, 'utf8'), { header: true, skipEmptyLines: true }).data;
const projects = csv('projects.csv');
const units = csv('units.csv');
const branchIds = units.filter((unit) => unit.kind === 'branch').map((unit) => unit.id!);
const tiedIn = (values: number[], value: number) => values.filter((other) => other === value).length > 1;

describe('ties say 并列 wherever a rank is computed', () => {
  const budget = getBudget();

  test('placeText: competition ranks, 并列 exactly for shared values', () => {
    expect(placesOf([5, 3, 5, 1]).map((place) => placeText(place))).toEqual(['并列第1位', '第3位', '并列第1位', '第4位']);
    expect(placeText(placesOf([4, 4, 6], true)[0]!, '大')).toBe('并列第1大');
  });

  test('placeInWords: the home wording “第一”, “并列第一”, digits past nine', () => {
    expect(placeInWords(placeAmong([3, 9, 5], 9))).toBe('第一');
    expect(placeInWords(placeAmong([9, 3, 9], 9))).toBe('并列第一');
    expect(placeInWords(placeAmong([5, 9, 5], 5))).toBe('并列第二');
    expect(placeInWords(placeAmong([11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1], 1))).toBe('第11');
    expect(() => placeAmong([1, 2], 3)).toThrow(/not among/);
  });

  test('<Rank> for every branch, by every measure, from both ends, against counts read from the CSVs', () => {
    const measures = {
      project_total: (id: string) => Number(units.find((unit) => unit.id === id)!.project_total),
      running_cost: (id: string) => Number(units.find((unit) => unit.id === id)!.running_cost),
      project_count: (id: string) => projects.filter((project) => project.unit_id === id).length,
    };
    let tiesSeen = 0;
    for (const [by, measure] of Object.entries(measures)) {
      const values = branchIds.map(measure);
      for (const from of ['largest', 'smallest'] as const) {
        for (const id of branchIds) {
          const text = rankFigure(budget, { unit: id, by: by as keyof typeof measures, from }).text;
          const value = measure(id);
          const rank = 1 + values.filter((other) => (from === 'smallest' ? other < value : other > value)).length;
          const tied = tiedIn(values, value);
          if (tied) tiesSeen++;
          expect(text, `${id} by ${by} from ${from}`).toBe(`${tied ? '并列' : ''}第${rank}位`);
        }
      }
    }
    // The report has ties (e.g. project counts), so the check is not vacuous.
    expect(tiesSeen).toBeGreaterThan(0);
  });

  test('a project’s place among its unit’s projects (project pages) and among all branch projects', () => {
    for (const project of projects) {
      const pool = projects.filter((other) => other.unit_id === project.unit_id).map((other) => Math.round(Number(other.amount) * 100));
      const mine = Math.round(Number(project.amount) * 100);
      const place = placesOf(pool)[projects.filter((other) => other.unit_id === project.unit_id).indexOf(project)]!;
      expect(place.tied, project.id).toBe(tiedIn(pool, mine));
    }
    const branchPool = projects.filter((project) => branchIds.includes(project.unit_id!));
    const amounts = branchPool.map((project) => Math.round(Number(project.amount) * 100));
    for (const project of branchPool) {
      const text = rankFigure(budget, { project: project.id, among: 'branches' }).text;
      expect(text.startsWith('并列'), project.id).toBe(tiedIn(amounts, Math.round(Number(project.amount) * 100)));
    }
  });

  test('branch summaries (branch pages, comparison captions) carry the tie too', () => {
    const totals = branchIds.map((id) => Number(units.find((unit) => unit.id === id)!.project_total));
    for (const branch of branchOverview(budget).branches) {
      expect(branch.rankText.startsWith('并列')).toBe(tiedIn(totals, Number(branch.unit.project_total) / 1_000_000));
    }
  });

  test('treemap tables: every level of both views marks shared ranks', () => {
    let tiesSeen = 0;
    for (const view of ['function', 'unit'] as const) {
      const model = buildTreemapModel(budget, view);
      for (const { node } of model.placed.values()) {
        if (realChildren(node).length === 0) continue;
        const rows = levelRows(model, node, { projectHref: (id: string) => `/projects/${id}/` });
        const amounts = rows.map((row) => row.amount);
        for (const row of rows) {
          const tied = tiedIn(amounts, row.amount);
          if (tied) tiesSeen++;
          expect(row.rankLabel, `${view} ${node.id} ${row.name}`).toBe(
            `${tied ? '并列' : ''}${1 + amounts.filter((other) => other > row.amount).length}`,
          );
        }
      }
    }
    expect(tiesSeen).toBeGreaterThan(0);
  });

  test('stories write ranks only through <Rank>, which supplies 第…位 itself', () => {
    for (const id of branchIds) {
      const story = readFileSync(`src/pages/branches/_stories/${id}.mdx`, 'utf8');
      expect(story, id).not.toMatch(/第<Rank/);
      expect(story, id).not.toMatch(/<Rank[^>]*\/>位/);
    }
  });

  test('superlatives on /learn/ and /teach/ (最多, 最少, 最大) name a value nobody shares', () => {
    const step = branchesStep(budget);
    const totals = step.branches.map((branch) => branch.projectTotal);
    expect(tiedIn(totals, Math.max(...totals))).toBe(false);
    expect(tiedIn(totals, Math.min(...totals))).toBe(false);
    const subLevels = performanceStep(budget, FEATURED_PROJECTS.critique).bySubLevel.map((entry) => entry.count);
    expect(tiedIn(subLevels, Math.max(...subLevels))).toBe(false);
    const categories = budget.basicByEconomic.filter((row) => row.level === 'category').map((row) => row.total);
    expect(tiedIn(categories, Math.max(...categories))).toBe(false);
    const changes = budget.threePublic.filter((row) => row.parent_id === null).map((row) => Math.abs(row.change_from_2023));
    expect(tiedIn(changes, Math.max(...changes))).toBe(false);
    expect(buildExercises(budget).length).toBeGreaterThan(0);
  });
});
