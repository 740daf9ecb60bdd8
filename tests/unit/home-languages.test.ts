/**
 * The home page's sentence-making functions serve both languages from one computation: the same
 * figures (amounts, shares, changes) in Chinese and in English, each in its own words.
 */
import { describe, expect, test } from 'vitest';
import { getBudget } from '../../src/lib/budget';
import { BUDGET_YEAR, DEPARTMENT_NAME } from '../../src/lib/budgetConfig';
import { formatAmountProse, formatShare, formatYuanProseEnglish } from '../../src/lib/format';
import { compositionParts, compositionTitle, headlineFigures } from '../../src/lib/headline';
import { homeFindings, homeHeadline } from '../../src/lib/home/findings';
import { flowChartModel } from '../../src/lib/flow/model';
import { LANGS } from '../../src/i18n/lang';

const budget = getBudget();
const HAN = /\p{Script=Han}/u;
/** The percentages a text states, in order ("22.98%", "92.4%"). */
const percentages = (text: string) => text.match(/\d+(?:\.\d+)?%/g) ?? [];

describe('homeHeadline', () => {
  const zh = homeHeadline(budget, 'zh');
  const en = homeHeadline(budget, 'en');

  test('Chinese: names the department, the year and the total', () => {
    expect(zh.text).toContain(`${DEPARTMENT_NAME}${BUDGET_YEAR}年预算${formatAmountProse(zh.total.current)}`);
    expect(zh.text).toMatch(/比上年(下降|增长)\d+\.\d\d%/);
  });

  test('English: the same total and changes, in ¥ million and without Chinese', () => {
    expect(en.text).toContain(`${BUDGET_YEAR} budget is ${formatYuanProseEnglish(en.total.current)}`);
    expect(en.text).not.toMatch(HAN);
    expect([en.total, en.generalBudget]).toEqual([zh.total, zh.generalBudget]);
    expect(percentages(en.text)).toEqual(percentages(zh.text));
  });
});

describe('homeFindings', () => {
  const zh = homeFindings(budget, 'zh');
  const en = homeFindings(budget, 'en');

  test.each(zh.map((finding) => finding.id))('%s: the same bars, table amounts, links and percentages in both languages', (id) => {
    const byId = (findings: typeof zh) => {
      const found = findings.find((finding) => finding.id === id);
      if (!found) throw new Error(`no finding "${id}"`);
      return found;
    };
    const [a, b] = [byId(zh), byId(en)];
    expect(b.rows.map((row) => row.segments.map((segment) => [segment.amount, segment.color]))).toEqual(
      a.rows.map((row) => row.segments.map((segment) => [segment.amount, segment.color])),
    );
    expect(b.table.map((row) => row.amount)).toEqual(a.table.map((row) => row.amount));
    expect(b.links.map((link) => link.href)).toEqual(a.links.map((link) => link.href));
    expect(percentages(b.sentence).sort()).toEqual(percentages(a.sentence).sort());
  });

  test('each language is written in its own words', () => {
    for (const finding of zh) expect(`${finding.title}${finding.sentence}`).toMatch(HAN);
    // English text may quote no Chinese: names come from data/translations/en/.
    for (const finding of en) {
      for (const text of [finding.title, finding.subtitle, finding.sentence, ...finding.notes, ...finding.links.map((link) => link.text)])
        expect(text).not.toMatch(HAN);
    }
  });

  test('the years come from the budget year', () => {
    const office = (findings: typeof zh) => findings.find((finding) => finding.id === 'office-costs')!;
    expect(office(zh).subtitle).toContain(`${BUDGET_YEAR - 1}年与${BUDGET_YEAR}年`);
    expect(office(zh).sentence).toContain(`比${BUDGET_YEAR - 1}年`);
    expect(office(en).subtitle).toBe(`Budgeted amounts, ${BUDGET_YEAR - 1} and ${BUDGET_YEAR}`);
  });
});

describe('compositionParts and compositionTitle', () => {
  const figures = headlineFigures(budget);

  test.each(LANGS)('%s: the same parts and shares, the largest part of each bar in the title', (lang) => {
    const parts = compositionParts(figures, lang);
    expect(parts.map((part) => [part.amount, part.color])).toEqual(compositionParts(figures).map((part) => [part.amount, part.color]));
    const title = compositionTitle(parts, figures.grandTotal, lang);
    const largestSource = figures.sources[0]!;
    expect(title).toContain(formatShare(largestSource.amount, figures.grandTotal));
    expect(title).toContain(formatShare(Math.max(figures.basic, figures.project), figures.grandTotal));
    if (lang === 'en') for (const part of parts) expect(`${part.group}${part.name}${title}`).not.toMatch(HAN);
    else expect(title).toContain(`的钱来自${largestSource.name}`);
  });
});

describe('flowSummary', () => {
  test('states the same percentages in both languages, the English without Chinese', () => {
    const zh = flowChartModel(budget, 'zh').summary;
    const en = flowChartModel(budget, 'en').summary;
    expect(zh).toMatch(/的预算来自/);
    expect(en).toMatch(/^The ¥[\d.]+ million budget comes from /);
    expect(en).not.toMatch(HAN);
    expect(percentages(en)).toEqual(percentages(zh));
  });
});
