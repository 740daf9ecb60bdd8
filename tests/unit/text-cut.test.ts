import { describe, expect, test } from 'vitest';
import { cutAtBoundary, ELLIPSIS, markCut, segments } from '../../src/lib/text/cut';
import { indicatorName } from '../../src/lib/projects/indicatorName';
import { firstSentence, INTRO_QUOTE_MAX, nameTopic, projectIntro } from '../../src/lib/projects/intro';
import { watchItems } from '../../src/lib/branches/watch';
import { branchOverview } from '../../src/lib/branches/summary';
import { getBudget } from '../../src/lib/budget';

/** A shortened label is a prefix of the text that ends where a word or number ends, then “…”. */
function expectCleanCut(original: string, shown: string) {
  expect(shown.endsWith(ELLIPSIS), shown).toBe(true);
  const kept = shown.slice(0, -ELLIPSIS.length);
  expect(original.startsWith(kept), `${shown} is a prefix of ${original}`).toBe(true);
  let boundary = 0;
  const ends = new Set(segments(original).map((part) => (boundary += part.length)));
  // The kept text ends at a segment end, possibly before punctuation that was trimmed.
  expect(ends.has(kept.length) || /[，、；：]/.test(original[kept.length] ?? ''), `${shown} ends at a word boundary`).toBe(true);
  expect(/[，、；;：:,]$/.test(kept), `${shown} does not end on punctuation`).toBe(false);
  // Never a number cut in two.
  expect(/\d$/.test(kept) && /^\d/.test(original.slice(kept.length))).toBe(false);
}

describe('cutting text at a boundary', () => {
  test('keeps short text whole', () => expect(cutAtBoundary('湿地运维', 10)).toBe('湿地运维'));
  test('cuts at a word, never inside a number, and adds an ellipsis', () => {
    const text = '每年固定开支728.25万元用于丹河、巴公河、薛庄湿地运行';
    for (let max = 4; max < text.length; max += 1) {
      const shown = cutAtBoundary(text, max);
      expect([...shown].length).toBeLessThanOrEqual(max);
      expectCleanCut(text, shown);
    }
  });
  test('a name the report cut loses its broken last character (泽州: 清运打, 突发事件应)', () => {
    expect(markCut('水生植物进行收割、清运打')).toBe('水生植物进行收割、清运…');
    expect(markCut('固定点位监测及突发事件应')).toBe('固定点位监测及突发事件…');
    expect(markCut('环境监管、巡查、执')).toBe('环境监管、巡查…');
  });
});

describe('every truncated label on the site', () => {
  const budget = getBudget();
  test('every indicator name the report cut is shown ending at a word, with an ellipsis', () => {
    const cut = budget.indicators.filter((indicator) => indicator.name_source === 'cut');
    expect(cut.length).toBeGreaterThanOrEqual(20);
    for (const indicator of cut) expectCleanCut(indicator.name, indicatorName(indicator));
  });
  test('the branch timelines (what to watch) show no name cut mid-word', () => {
    for (const branch of branchOverview(budget).branches) {
      for (const item of watchItems(branch.projects, budget.indicators)) {
        const shown = indicatorName(item.indicator);
        if (item.indicator.name_source === 'cut') expectCleanCut(item.indicator.name, shown);
        else expect(shown).toBe(item.indicator.name);
      }
    }
    const zezhou = branchOverview(budget).branches.find((branch) => branch.id === 'zezhou')!;
    const names = watchItems(zezhou.projects, budget.indicators).map((item) => indicatorName(item.indicator));
    expect(names).toContain('水生植物进行收割、清运…');
    expect(names.some((name) => name.endsWith('清运打'))).toBe(false);
  });
  test('every project intro quote is whole or cut at a boundary', () => {
    for (const project of budget.projects) {
      const intro = projectIntro(budget, project);
      const quotes = intro.kind === 'sheet' ? intro.quotes : intro.mentions;
      for (const quote of quotes) {
        expect([...quote.text.replace(/^…/, '')].length).toBeLessThanOrEqual(INTRO_QUOTE_MAX);
        if (quote.text.endsWith(ELLIPSIS)) expect(/[，、；;：:,]…$/.test(quote.text)).toBe(false);
      }
    }
  });
});

describe('project intros', () => {
  const budget = getBudget();
  const find = (id: string) => budget.projects.find((project) => project.id === id)!;
  test('a project with a sheet opens with its overview and goal, cited at the sheet', () => {
    const intro = projectIntro(budget, find('zezhou-wetlands'));
    expect(intro.kind).toBe('sheet');
    if (intro.kind !== 'sheet') return;
    expect(intro.quotes.map((quote) => quote.what)).toEqual(['项目概况', '年度目标']);
    expect(intro.quotes[0]!.text).toBe('丹河、巴公河、薛庄生态湿地运行用共需1051.8万元，具体包括：一、每年固定开支728.25万元。');
    expect(intro.quotes[0]!.line).toBe(find('zezhou-wetlands').sheet_line);
  });
  test('every project with a sheet gets at least one quote', () => {
    for (const project of budget.projects.filter((entry) => entry.sheet_line !== null)) {
      const intro = projectIntro(budget, project);
      expect(intro.kind === 'sheet' && intro.quotes.length, project.id).toBeGreaterThan(0);
    }
  });
  test('a carry-over without a sheet says so and quotes where the report names its topic', () => {
    const intro = projectIntro(budget, find('rural-black-odorous-water'));
    expect(intro).toMatchObject({ kind: 'no-sheet', sourceTable: '表十三', line: 1450, allCarryover: true, topic: '农村黑臭水体治理' });
    if (intro.kind !== 'no-sheet') return;
    expect(intro.mentions[0]!.text).toContain('农村黑臭水体治理');
    const air = projectIntro(budget, find('central-air-fund-2022-2023'));
    expect(air).toMatchObject({ kind: 'no-sheet', topic: '大气污染防治', mentions: [] });
  });
  test('first sentences and topics', () => {
    expect(firstSentence('1.完成湿地运维。2.其他')).toBe('完成湿地运维。');
    expect(nameTopic('2022-2023年中央大气污染防治专项资金')).toBe('大气污染防治');
    expect(nameTopic('晋城市农村黑臭水体治理试点项目')).toBe('农村黑臭水体治理');
  });
});

describe('chart labels cut to fit', () => {
  const budget = getBudget();
  /** `line` (ending in “…”) cuts `text` where a word or number ends. */
  function expectWordCut(text: string, line: string) {
    const kept = line.slice(0, -ELLIPSIS.length);
    expect(text.startsWith(kept), `“${line}” starts “${text}”`).toBe(true);
    let end = 0;
    const ends = new Set(segments(text).map((part) => (end += part.length)));
    const next = text[kept.length] ?? '';
    expect(ends.has(kept.length) || /[\s，、；;：:,.。（(]/.test(next), `“${line}” ends inside a word of “${text}”`).toBe(true);
    expect(/\d$/.test(kept) && /^\d/.test(next), `“${line}” cuts a number`).toBe(false);
  }

  test('flow node labels, in every prerendered variant', async () => {
    const { flowChartModel } = await import('../../src/lib/flow/model');
    let cut = 0;
    for (const variant of flowChartModel(budget).variants) {
      for (const { node, label } of variant.layout.nodes) {
        const line = label.lines.find((entry) => entry.includes(ELLIPSIS));
        if (!line || node.kind === 'group') continue;
        const name = line.endsWith(ELLIPSIS) ? line : line.slice(0, line.indexOf(ELLIPSIS) + 1);
        const full = node.name.slice(Math.max(0, node.name.indexOf(name.slice(0, -ELLIPSIS.length))));
        expectWordCut(full, name);
        cut += 1;
      }
    }
    expect(cut).toBeGreaterThan(0);
  });

  test('treemap tile labels, at both drawing sizes of both views', async () => {
    const { buildTreemapModel } = await import('../../src/lib/treemap/model');
    const { CHART_SIZES, layoutLayer } = await import('../../src/lib/treemap/layout');
    const { tileLabel } = await import('../../src/lib/treemap/tileLabels');
    let cut = 0;
    for (const view of ['function', 'unit'] as const) {
      const model = buildTreemapModel(budget, view);
      for (const size of CHART_SIZES) {
        for (const tile of layoutLayer(model.display, size).flatMap((entry) => [entry, ...entry.children])) {
          const label = tileLabel(tile, size, model.total);
          if (!label) continue;
          const nameLines = label.lines.slice(0, label.firstFigureLine);
          const last = nameLines.at(-1);
          if (!last?.endsWith(ELLIPSIS)) continue;
          // Earlier lines are wrapping; the last one is the cut, of what the earlier lines left.
          const before = nameLines.slice(0, -1).join('');
          // (A shared prefix such as 晋城市 may have been dropped first.)
          const full = tile.node.name;
          const from = before && full.includes(before) ? full.indexOf(before) + before.length : 0;
          const name = full.slice(Math.max(from, full.indexOf(last.slice(0, -ELLIPSIS.length), from)));
          expectWordCut(name, last);
          cut += 1;
        }
      }
    }
    expect(cut).toBeGreaterThan(0);
  });
});
