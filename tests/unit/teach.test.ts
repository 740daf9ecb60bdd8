import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { getBudget } from '../../src/lib/budget';
import { buildExercises, type Exercise } from '../../src/lib/teach/exercises';
import { FEATURED_PROJECTS } from '../../src/lib/budgetConfig';
import { LESSON_MINUTES, LESSON_PLAN, lessonTimetable } from '../../src/lib/teach/lesson';
import { formatApproxAmount, relatableScale } from '../../src/lib/relatableScale';

/*
 * Exercise answers are checked against an independent reading of the CSV files: plain PapaParse
 * and arithmetic on 万元 cents, none of the site's loaders, look-ups or formatters.
 */
type Row = Record<string, string>;
const csv = (file: string): Row[] => Papa.parse<Row>(readFileSync(`data/${file}`, 'utf8'), { header: true, skipEmptyLines: true }).data;
/** "25416.80" 万元 → fen. */
const fen = (wan: string) => Math.round(Number(wan) * 100) * 10_000;
const byKey = (rows: Row[], key: string, value: string) => {
  const row = rows.find((entry) => entry[key] === value);
  if (!row) throw new Error(`no row with ${key}=${value}`);
  return row;
};
const percent1 = (part: number, whole: number) => Math.round((part / whole) * 1000) / 10;

const totals = csv('report_totals.csv');
const total = (id: string) => fen(byKey(totals, 'id', id).amount!);
const revenue = csv('revenue.csv');
const units = csv('units.csv');
const projects = csv('projects.csv');
const indicators = csv('indicators.csv');
const economic = csv('basic_by_economic.csv');
const functions = csv('functions.csv');
const threePublic = csv('three_public.csv');
const department = csv('department.csv');

const exercises = buildExercises(getBudget());
const exercise = (id: string): Exercise => {
  const found = exercises.find((entry) => entry.id === id);
  if (!found) throw new Error(`no exercise ${id}`);
  return found;
};

describe('the lesson’s exercises', () => {
  test('there are 8 to 10, numbered in order, from easiest to hardest', () => {
    expect(exercises.length).toBeGreaterThanOrEqual(8);
    expect(exercises.length).toBeLessThanOrEqual(10);
    exercises.forEach((entry, index) => expect(entry.number).toBe(index + 1));
    for (let index = 1; index < exercises.length; index++) {
      expect(exercises[index]!.level).toBeGreaterThanOrEqual(exercises[index - 1]!.level);
    }
    expect(exercises[0]!.skill).toBe('读数');
    expect(exercises[exercises.length - 1]!.skill).toBe('评价');
    expect(new Set(exercises.map((entry) => entry.id)).size).toBe(exercises.length);
  });

  test('1: the grand total', () => {
    expect(exercise('read-total').values.total).toBe(total('grand-total'));
    expect(exercise('read-total').answer).toContain('25,416.80万元');
  });

  test('2: energy and environment spending and its share', () => {
    const values = exercise('energy-share').values;
    expect(values.energy).toBe(total('energy-environment-total'));
    expect(values.sharePercent).toBe(percent1(total('energy-environment-total'), total('grand-total')));
  });

  test('3: the sources add up to the total', () => {
    const values = exercise('sources-add-up').values;
    const sum = revenue.reduce((acc, row) => acc + (row.amount ? fen(row.amount) : 0), 0);
    expect(values.sum).toBe(sum);
    expect(values.equalsTotal).toBe(sum === total('grand-total'));
    expect(values.equalsTotal).toBe(true);
    expect(values.carryoverSharePercent).toBe(percent1(fen(byKey(revenue, 'id', 'carryover').amount!), total('grand-total')));
  });

  test('4: per day of 2024 (366 days)', () => {
    const expected = Math.round(total('grand-total') / 366 / 10_000) * 10_000;
    expect(exercise('per-day').values.perDay).toBe(expected);
  });

  test('5: the three public expenses a year earlier', () => {
    const top = threePublic.filter((row) => row.parent_id === '');
    const changeCents = top.reduce((acc, row) => acc + Math.round(Number(row.change_from_2023) * 100), 0);
    const values = exercise('three-public-2023').values;
    expect(values.change).toBe(changeCents * 10_000);
    expect(values.lastYear).toBe(total('three-public-total') - changeCents * 10_000);
    const largest = [...top].sort((a, b) => Math.abs(Number(b.change_from_2023)) - Math.abs(Number(a.change_from_2023)))[0]!;
    expect(values.largestChangeId).toBe(largest.id);
  });

  test('6: personnel costs per member of staff', () => {
    const staff = Number(byKey(department, 'key', 'actual-staff').value);
    expect(staff).toBe(529);
    const values = exercise('personnel-per-staff').values;
    expect(values.staff).toBe(staff);
    expect(values.perStaff).toBe(Math.round(total('personnel-total') / staff / 10_000) * 10_000);
  });

  test('7: the carried-over projects', () => {
    const carried = projects.filter((row) => fen(row.carryover!) > 0).sort((a, b) => fen(b.carryover!) - fen(a.carryover!));
    const values = exercise('carryover-projects').values;
    expect(values.projectCount).toBe(carried.length);
    expect(values.largestId).toBe(carried[0]!.id);
    expect(values.sum).toBe(fen(byKey(revenue, 'id', 'carryover').amount!));
    expect(values.largestSharePercent).toBe(percent1(fen(carried[0]!.carryover!), fen(byKey(revenue, 'id', 'carryover').amount!)));
  });

  test('8: comparing the branches', () => {
    const branches = units.filter((row) => row.kind === 'branch').sort((a, b) => fen(b.project_total!) - fen(a.project_total!));
    const largest = branches[0]!;
    const smallest = branches[branches.length - 1]!;
    const values = exercise('branch-comparison').values;
    expect(values.largestId).toBe(largest.id);
    expect(values.smallestId).toBe(smallest.id);
    expect(values.ratioOneDecimal).toBe(Math.round((Number(largest.project_total) / Number(smallest.project_total)) * 10) / 10);
    const wetlands = byKey(projects, 'id', FEATURED_PROJECTS.wetlands);
    const wetlandsUnit = byKey(units, 'id', wetlands.unit_id!);
    expect(values.wetlandsUnitId).toBe(wetlandsUnit.id);
    expect(values.wetlandsSharePercent).toBe(percent1(fen(wetlands.amount!), fen(wetlandsUnit.project_total!)));
  });

  test('9: basic spending classified two ways', () => {
    const categories = economic.filter((row) => row.level === 'category').sort((a, b) => fen(b.total!) - fen(a.total!));
    const basic = total('basic-total');
    const energyBasic = fen(byKey(functions, 'code', '211').basic!);
    const functionSum = functions.filter((row) => row.level === '类').reduce((acc, row) => acc + (row.basic ? fen(row.basic) : 0), 0);
    const economicSum = categories.reduce((acc, row) => acc + fen(row.total!), 0);
    const values = exercise('two-classifications').values;
    expect(values.largestCategory).toBe(categories[0]!.category);
    expect(values.largestCategorySharePercent).toBe(percent1(fen(categories[0]!.total!), basic));
    expect(values.energyBasic).toBe(energyBasic);
    expect(values.energyBasicSharePercent).toBe(percent1(energyBasic, basic));
    expect(values.economicSum).toBe(economicSum);
    expect(values.functionSum).toBe(functionSum);
    // The report's own 0.01 rounding gap (data/known_gaps.csv basic-total-vs-classes) is named, not hidden.
    const answer = exercise('two-classifications').answer;
    if (functionSum === basic && economicSum === basic) expect(answer).toContain('合计都是');
    else expect(answer).toContain('舍入差');
  });

  test('10: critiquing a project’s indicators', () => {
    const own = indicators.filter((row) => row.project_id === FEATURED_PROJECTS.critique);
    const numeric = own.filter((row) => row.target_number !== '');
    const allWordsOnly = indicators.filter((row) => row.target_number === '').length;
    const values = exercise('critique-indicators').values;
    expect(values.indicatorCount).toBe(own.length);
    expect(values.numericCount).toBe(numeric.length);
    expect(values.wordsOnlyCount).toBe(own.length - numeric.length);
    expect(values.allWordsOnly).toBe(allWordsOnly);
    expect(values.allWordsOnlyTiming).toBe(indicators.filter((row) => row.target_number === '' && row.level2 === '时效指标').length);
    expect(values.allWordsOnlySharePercent).toBe(percent1(allWordsOnly, indicators.length));
  });

  test('every answer and step is written out', () => {
    for (const entry of exercises) {
      expect(entry.answer.length, entry.id).toBeGreaterThan(10);
      expect(entry.working.length, entry.id).toBeGreaterThan(0);
      expect(entry.parts.length, entry.id).toBeGreaterThan(0);
      expect(entry.materials.length, entry.id).toBeGreaterThan(0);
    }
  });
});

describe('the lesson plan', () => {
  test('fills exactly 45 minutes and uses every exercise once', () => {
    expect(LESSON_PLAN.reduce((acc, step) => acc + step.minutes, 0)).toBe(LESSON_MINUTES);
    expect(LESSON_MINUTES).toBe(45);
    const timetable = lessonTimetable();
    expect(timetable[0]!.start).toBe(0);
    expect(timetable[timetable.length - 1]!.end).toBe(45);
    const used = LESSON_PLAN.flatMap((step) => step.exercises).sort((a, b) => a - b);
    expect(used).toEqual(exercises.map((entry) => entry.number));
  });
});

describe('relatable scale', () => {
  const basis = { residents: 2_194_545, whole: 25_416_800_000, wholeLabel: '全部预算' };

  test('per day, per resident per year and per day, and share of the whole', () => {
    const scale = relatableScale(25_416_800_000, basis);
    expect(scale.perDayText).toBe('69.44万元'); // 25,416.80 ÷ 366 = 69.4448…
    expect(scale.perResidentText).toBe('115.82元'); // 254,168,000 元 ÷ 2,194,545 = 115.818…
    expect(scale.perResidentPerDayText).toBe('0.32元'); // 115.818… ÷ 366 = 0.3164…
    expect(scale.shareText).toBe('100.0%');
    expect(scale.sentence).toContain('2,194,545名常住居民');
  });

  test('small amounts read in whole 元, per person in 元 and 分', () => {
    // 5.00 万元 a year: 136.6 元 a day, 0.0228 元 per resident.
    const scale = relatableScale(5_000_000, basis);
    expect(scale.perDayText).toBe('137元');
    expect(scale.perResidentText).toBe('0.02元');
    expect(scale.perResidentPerDayText).toBe('不到0.01元');
    expect(formatApproxAmount(999_999)).toBe('10,000元');
    expect(formatApproxAmount(1_000_000)).toBe('1.00万元');
    expect(() => relatableScale(1, { ...basis, residents: 0 })).toThrow(/population/);
  });
});

describe('the English exercises', () => {
  const chinese = buildExercises(getBudget());
  const english = buildExercises(getBudget(), 'en');

  test('have the same ids, levels, materials and computed values as the Chinese ones', () => {
    const shape = (exercise: Exercise) => ({
      id: exercise.id,
      number: exercise.number,
      level: exercise.level,
      skill: exercise.skill,
      materials: exercise.materials,
      values: exercise.values,
      parts: exercise.parts.length,
    });
    expect(english.map(shape)).toEqual(chinese.map(shape));
  });

  test('are written in English, with no Chinese characters', () => {
    const han = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;
    const texts = english.flatMap((exercise) => [exercise.question, ...exercise.parts, exercise.answer, ...exercise.working]);
    expect(texts.filter((text) => han.test(text))).toEqual([]);
  });

  test('quote the same figures in their working as the Chinese (10,000 yuan, shares)', () => {
    const figures = (text: string) => text.match(/\d[\d,]*\.\d+%?/g) ?? [];
    for (const [index, exercise] of english.entries()) {
      // The first converts to 亿元 in Chinese and to ¥ million in English: a different unit by design.
      if (exercise.id === 'read-total') continue;
      expect(exercise.working.flatMap(figures), exercise.id).toEqual(chinese[index]!.working.flatMap(figures));
    }
  });
});
