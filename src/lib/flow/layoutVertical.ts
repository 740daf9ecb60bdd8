/**
 * The flow chart for phones and narrow embeds: the same Sankey turned on its side, money flowing
 * down the page (sources at the top, then functions, then projects and basic spending). Labels are
 * upright CJK text running top to bottom, one line each, so a label needs only a line's width across
 * the page: a row of 30-odd nodes fits in 320 px. The spending row labels alternate below the row and
 * above it (over the ribbons, with a halo), which halves the width they need.
 * Geometry is in CSS pixels at 1:1, so text is drawn at its real size.
 */
import { formatWanNumber } from '../format';
import { placeLabels, shortenName } from './labels';
import { textWidth } from '../text/measure';
import { LAYOUT, round, runSankey, type FlowLayout, type PlacedLink, type PlacedNode } from './layout';
import type { FlowGraph, FlowNode } from './types';
import type { Lang } from '../../i18n/lang';

const TITLES = {
  zh: ['从上到下：资金来源 → 支出功能科目', '→ 项目和基本支出'],
  en: ['Top to bottom: sources → items →', 'projects, basic expenditure'],
} as const;

export const VERTICAL = {
  /** Narrowest drawing: fits a 320 px screen less the page margins at a scale of about 0.9. */
  minWidth: 300,
  margin: 4,
  nodeThickness: 10,
  nodePadding: 3,
  fontSize: 13,
  /** Width across the page of one upright label line. */
  lineWidth: 15,
  /** Longest label (along the page) per row: sources, functions, spending. */
  maxLabel: [200, 170, 170] as const,
  /** English names need more letters to say anything; the rows move apart to make room. */
  maxLabelEnglish: [230, 230, 230] as const,
  /** Shortest ribbons between rows. */
  minGap: 90,
  labelGap: 5,
  top: 44,
  bottom: 6,
} as const;

/** One line: the (shortened) name and the amount. */
function labelText(node: FlowNode, room: number): string {
  const amount = formatWanNumber(node.value);
  const nameRoom = room - textWidth(` ${amount}`, VERTICAL.fontSize);
  return `${shortenName(node.name, nameRoom, VERTICAL.fontSize)} ${amount}`;
}

const labelLength = (text: string) => textWidth(text, VERTICAL.fontSize);

/** Ribbon of width w from (x0, y0) on the upper row down to (x1, y1) on the lower one. */
export function verticalRibbonPath(x0: number, y0: number, x1: number, y1: number, width: number): string {
  const half = Math.max(width, LAYOUT.minBand) / 2;
  const ym = round((y0 + y1) / 2);
  const [a, b, c, d] = [y0, y1, x0, x1].map(round) as [number, number, number, number];
  const [l0, l1, r0, r1] = [c - half, d - half, c + half, d + half].map(round);
  return `M${l0},${a}C${l0},${ym} ${l1},${ym} ${l1},${b}L${r1},${b}C${r1},${ym} ${r0},${ym} ${r0},${a}Z`;
}

interface RowLabel {
  index: number;
  text: string;
  above: boolean;
}

export function layoutFlowVertical(graph: FlowGraph, lang: Lang = 'zh'): FlowLayout {
  const { margin, nodeThickness, nodePadding, lineWidth, minGap, labelGap, top, bottom } = VERTICAL;
  const maxLabel = lang === 'en' ? VERTICAL.maxLabelEnglish : VERTICAL.maxLabel;
  const order = new Map(graph.nodes.map((node, index) => [node.id, index]));
  const perRow = [0, 1, 2].map((row) => graph.nodes.filter((node) => node.column === row));

  // Labels: sources and functions above their node; spending alternately below and above.
  const rowLabels: RowLabel[][] = perRow.map((nodes, row) =>
    nodes.map((node, index) => ({ index, text: labelText(node, maxLabel[row]!), above: row < 2 || index % 2 === 1 })),
  );
  const longest = (labels: RowLabel[], above: boolean) =>
    Math.max(0, ...labels.filter((label) => label.above === above).map((label) => labelLength(label.text)));
  const side = (labels: RowLabel[], above: boolean) => labels.filter((label) => label.above === above).length;

  // Wide enough for every row's labels side by side, a line each.
  const needed = Math.max(...rowLabels.map((labels) => Math.max(side(labels, true), side(labels, false)) * lineWidth));
  const width = Math.max(VERTICAL.minWidth, Math.ceil(needed + 2 * margin));

  const rowY = [top + longest(rowLabels[0]!, true) + labelGap, 0, 0];
  rowY[1] = rowY[0]! + nodeThickness + Math.max(minGap, longest(rowLabels[1]!, true) + 2 * labelGap);
  rowY[2] = rowY[1]! + nodeThickness + Math.max(minGap, longest(rowLabels[2]!, true) + 2 * labelGap);
  const height = rowY[2]! + nodeThickness + labelGap + longest(rowLabels[2]!, false) + bottom;

  // d3-sankey's breadth ("y") runs across the page here; its depth is replaced by the rows above.
  const result = runSankey(
    graph,
    [
      [0, margin],
      [2 + nodeThickness, width - margin],
    ],
    nodePadding,
  );
  const placedById = new Map(result.nodes.map((node) => [node.id, node]));
  const flowNodes = new Map(graph.nodes.map((node) => [node.id, node]));
  const flowLinks = new Map(graph.links.map((link) => [link.id, link]));

  const nodes: PlacedNode[] = [];
  for (const [row, rowNodes] of perRow.entries()) {
    const placed = rowNodes.map((node) => placedById.get(node.id)!);
    const labels = rowLabels[row]!;
    const centres: number[] = [];
    for (const above of [true, false]) {
      const mine = labels.filter((label) => label.above === above);
      const spots = placeLabels(
        mine.map((label) => ({ wanted: (placed[label.index]!.y0! + placed[label.index]!.y1!) / 2, height: lineWidth })),
        margin,
        width - margin,
      );
      mine.forEach((label, at) => (centres[label.index] = spots[at]!));
    }
    placed.forEach((sNode, index) => {
      const x0 = sNode.y0!;
      const breadth = Math.max(sNode.y1! - x0, LAYOUT.minBand);
      const centre = x0 + breadth / 2;
      const label = labels[index]!;
      const labelCentre = centres[index]!;
      const y = rowY[row]!;
      const edge = label.above ? y : y + nodeThickness;
      const textY = label.above ? edge - labelGap : edge + labelGap;
      const moved = Math.abs(labelCentre - centre) > Math.max(breadth / 2, 2);
      nodes.push({
        node: flowNodes.get(sNode.id)!,
        x: round(x0),
        y: round(y),
        width: round(breadth),
        height: nodeThickness,
        label: {
          lines: [label.text],
          x: round(labelCentre),
          y: round(textY),
          anchor: label.above ? 'end' : 'start',
          vertical: true,
          leader: moved
            ? { x1: round(centre), y1: round(edge), x2: round(labelCentre), y2: round(label.above ? textY + 2 : textY - 2) }
            : null,
        },
      });
    });
  }

  const links: PlacedLink[] = result.links.map((sLink) => {
    const source = sLink.source as (typeof result.nodes)[number];
    const target = sLink.target as (typeof result.nodes)[number];
    return {
      link: flowLinks.get(sLink.id)!,
      path: verticalRibbonPath(sLink.y0!, rowY[source.column]! + nodeThickness, sLink.y1!, rowY[target.column]!, sLink.width!),
      width: round(sLink.width!),
    };
  });
  links.sort((a, b) => order.get(a.link.source)! - order.get(b.link.source)! || order.get(a.link.target)! - order.get(b.link.target)!);

  return {
    orientation: 'vertical',
    width,
    height: round(height),
    nodes,
    links,
    columns: [
      { x: margin, y: 16, anchor: 'start', title: TITLES[lang][0] },
      { x: margin, y: 34, anchor: 'start', title: TITLES[lang][1] },
    ],
  };
}
