/**
 * The flow chart's key facts, marked on the chart: the single largest project, and what the
 * dashed ribbons mean (the project → 科目 links the report does not state; we derived them).
 */
import { formatWan, formatWanNumber, formatYuanProseEnglish } from '../format';
import type { Lang } from '../../i18n/lang';
import type { FlowLayout } from '../flow/layout';
import { VERTICAL } from '../flow/layoutVertical';
import { isDerived, type FlowGraph } from '../flow/types';
import { textWidth } from '../text/measure';
import { placeAnnotations, type AnnotationInput, type Box, type PlacedAnnotation } from './place';

const FONT_SIZE = 13;
const LINE_HEIGHT = 17;

/** The centre of a ribbon: its outline is symmetric about its middle, so the middle of its bounds. */
export function ribbonCentre(path: string): { x: number; y: number } {
  const numbers = [...path.matchAll(/-?\d+(?:\.\d+)?/g)].map((match) => Number(match[0]));
  const xs = numbers.filter((_, index) => index % 2 === 0);
  const ys = numbers.filter((_, index) => index % 2 === 1);
  return { x: (Math.min(...xs) + Math.max(...xs)) / 2, y: (Math.min(...ys) + Math.max(...ys)) / 2 };
}

export function flowLabelBoxes(layout: FlowLayout): Box[] {
  const boxes: Box[] = layout.nodes.map((placed) => ({ x: placed.x, y: placed.y, width: placed.width, height: placed.height }));
  for (const { label } of layout.nodes) {
    if (label.lines.length === 0) continue;
    const length = Math.max(...label.lines.map((line) => textWidth(line, FONT_SIZE)));
    if (label.vertical) {
      // Upright lines side by side about x, running down from y ('start') or up to it ('end').
      const across = label.lines.length * VERTICAL.lineWidth;
      boxes.push({ x: label.x - across / 2, y: label.anchor === 'start' ? label.y : label.y - length, width: across, height: length });
      continue;
    }
    const left = label.anchor === 'start' ? label.x : label.anchor === 'middle' ? label.x - length / 2 : label.x - length;
    boxes.push({ x: left, y: label.y - FONT_SIZE, width: length, height: label.lines.length * LINE_HEIGHT });
  }
  for (const column of layout.columns) {
    const width = textWidth(column.title, FONT_SIZE);
    const left = column.anchor === 'start' ? column.x : column.anchor === 'end' ? column.x - width : column.x - width / 2;
    boxes.push({ x: left, y: 0, width, height: 40 });
  }
  return boxes;
}

/** The sentences a screen reader gets for the drawn labels. */
export function flowAnnotationSentences(graph: FlowGraph, lang: Lang = 'zh'): string[] {
  const projects = graph.nodes.filter((node) => node.kind === 'project');
  const largest = projects.reduce<(typeof projects)[number] | undefined>(
    (best, node) => (!best || node.value > best.value ? node : best),
    undefined,
  );
  if (lang === 'en') {
    return [
      ...(largest ? [`The chart marks the largest single project: ${largest.name}, ${formatYuanProseEnglish(largest.value)}.`] : []),
      ...(graph.links.some((link) => isDerived(link.basis))
        ? [' It also notes that pale dashed flows are projects whose functional item we derived.']
        : []),
    ];
  }
  return [
    ...(largest ? [`图上标出了最大的单个项目：${largest.name}，${formatWan(largest.value)}。`] : []),
    ...(graph.links.some((link) => isDerived(link.basis)) ? ['图上标注：浅色虚线的资金流表示项目归属哪个科目是推断的。'] : []),
  ];
}

const LABELS = {
  zh: { largest: '最大的单个项目', amount: formatWan, derived: ['浅色虚线：项目归属', '哪个科目是推断的'] },
  en: { largest: 'Largest single project', amount: formatWanNumber, derived: ['Pale, dashed: we derived', 'the project’s item'] },
} as const;

export function flowAnnotations(layout: FlowLayout, lang: Lang = 'zh'): PlacedAnnotation[] {
  const text = LABELS[lang];
  const inputs: AnnotationInput[] = [];
  const projects = layout.nodes.filter((placed) => placed.node.kind === 'project');
  const largest = projects.reduce<(typeof projects)[number] | undefined>(
    (best, placed) => (!best || placed.node.value > best.node.value ? placed : best),
    undefined,
  );
  if (largest)
    inputs.push({
      id: 'largest-project',
      // Drawn top to bottom, the bar's lower edge, below which its label is; else its left end.
      anchor:
        layout.orientation === 'vertical'
          ? { x: largest.x + largest.width / 2, y: largest.y + largest.height }
          : { x: largest.x, y: largest.y + largest.height / 2 },
      lines: [text.largest, text.amount(largest.node.value)],
      fontSize: FONT_SIZE,
    });
  const derived = layout.links.filter((placed) => isDerived(placed.link.basis)).sort((a, b) => b.width - a.width)[0];
  if (derived) inputs.push({ id: 'derived-links', anchor: ribbonCentre(derived.path), lines: [...text.derived], fontSize: FONT_SIZE });
  // Layouts vary (grouped, all projects, one group opened): a label with no free place is left out, never drawn over another.
  return placeAnnotations(inputs, {
    width: layout.width,
    height: layout.height,
    obstacles: flowLabelBoxes(layout),
    lineHeight: LINE_HEIGHT,
    // On a phone the chart is tall and crowded: a label far from its mark would point across it.
    maxLeader: layout.orientation === 'vertical' ? VERTICAL.maxLeader : undefined,
    whenNoRoom: 'skip',
  });
}
