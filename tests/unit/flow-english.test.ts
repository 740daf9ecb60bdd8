/**
 * The flow chart in English: the same graphs as the Chinese (same nodes, links and amounts, so the
 * same layout geometry is possible), named from the translations, with every sentence in English
 * and the Chinese name kept beside each translated one.
 */
import { describe, expect, test } from 'vitest';
import { getBudget } from '../../src/lib/budget';
import { flowChartModel } from '../../src/lib/flow/model';
import { PROJECT_TRANSLATIONS } from '../../src/lib/i18n/specs';
import { translated } from '../../src/lib/i18n/translations';
import { LAYOUT } from '../../src/lib/flow/layout';
import { textWidth } from '../../src/lib/text/measure';

const budget = getBudget();
const zh = flowChartModel(budget);
const en = flowChartModel(budget, 'en');
const HAN = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;

describe('the English flow model', () => {
  test('has the same variants, nodes, links and amounts as the Chinese', () => {
    expect(en.variants.map((variant) => variant.key)).toEqual(zh.variants.map((variant) => variant.key));
    en.variants.forEach((variant, index) => {
      const other = zh.variants[index]!.graph;
      expect(variant.graph.nodes.map((node) => [node.id, node.value])).toEqual(other.nodes.map((node) => [node.id, node.value]));
      expect(variant.graph.links.map((link) => [link.id, link.value])).toEqual(other.links.map((link) => [link.id, link.value]));
    });
  });

  test('names projects from the translations, keeps the Chinese name as the original and gives the translated assignment note', () => {
    const project = budget.projects[0]!;
    const node = en.details[0]!.full.nodes.find((entry) => entry.projectId === project.id)!;
    expect(node.name).toBe(translated(PROJECT_TRANSLATIONS, [project.id], 'name'));
    expect(node.original).toBe(project.name);
    expect(node.basisNote).toBe(translated(PROJECT_TRANSLATIONS, [project.id], 'function_note'));
    expect(node.basisNote).not.toMatch(HAN);
  });

  test('every name, sentence, table row and panel text is English', () => {
    const texts = [
      en.summary,
      ...en.variants.flatMap((variant) => [
        ...variant.graph.nodes.map((node) => node.name),
        ...variant.layout.nodes.flatMap((placed) => placed.label.lines),
        ...variant.vertical.nodes.flatMap((placed) => placed.label.lines),
        ...variant.layout.columns.map((column) => column.title),
      ]),
      ...en.details.flatMap((detail) => detail.table.flatMap((row) => [row.from, row.to, row.basis])),
      JSON.stringify(en.panel),
    ];
    expect(texts.filter((text) => HAN.test(text))).toEqual([]);
  });

  test('the summary states the same shares as the Chinese one', () => {
    const shares = (text: string) => text.match(/\d+(\.\d+)?%/g);
    expect(shares(en.summary)).toEqual(shares(zh.summary));
  });

  test('wrapped labels fit their column', () => {
    const [grouped] = en.variants;
    for (const placed of grouped!.layout.nodes.filter((entry) => entry.node.column === 2)) {
      expect(placed.label.lines.length).toBeLessThanOrEqual(2);
      for (const line of placed.label.lines)
        expect(textWidth(line, LAYOUT.fontSize), line).toBeLessThanOrEqual(LAYOUT.width - placed.label.x);
    }
  });
});
