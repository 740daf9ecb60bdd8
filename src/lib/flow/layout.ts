import { sankey, type SankeyLink, type SankeyNode } from 'd3-sankey';
import { formatWanNumber } from '../format';
import { placeLabels, shortenName } from './labels';
import { textWidth, wrapWords } from '../text/measure';
import type { Lang } from '../../i18n/lang';
import type { FlowGraph, FlowLink, FlowNode } from './types';
import { at, defined, lookup } from '../checked';

/** Geometry in SVG user units; the chart scales to its container's width. */
export const LAYOUT = {
  width: 1000,
  nodeWidth: 12,
  /**
   * As tall as a line of label text: nodes' centres are then always a line apart, so every label
   * sits beside its own node and labels cannot overlap, even among many tiny projects.
   */
  nodePadding: 17,
  /** Pixels of band height the money alone gets (padding between nodes comes on top). */
  flowHeight: 520,
  fontSize: 13,
  lineHeight: 17,
  /** Room above the nodes for the column titles. */
  top: 44,
  bottom: 8,
  /** Left edge of each column's nodes. */
  columnX: [150, 420, 690] as const,
  labelGap: 6,
  /** Thinnest band drawn, so a tiny flow stays visible and can be pointed at. */
  minBand: 1,
} as const;

export const COLUMN_TITLES = ['资金来源', '支出功能科目', '项目和基本支出'] as const;
const COLUMN_TITLES_EN = ['Sources of funds', 'Functional classification', 'Projects and basic expenditure'] as const;

export interface PlacedLabel {
  lines: string[];
  x: number;
  /** Baseline of the first line. */
  y: number;
  /** 'middle': the level source labels of the vertical layout. */
  anchor: 'start' | 'middle' | 'end';
  /**
   * Upright text running top to bottom (the vertical layout for narrow screens); its lines stand
   * side by side, the first on the right, and x is the middle of them all. No lines: not labelled.
   */
  vertical?: boolean;
  /** A short connector when the label had to move away from its node to avoid another label. */
  leader: { x1: number; y1: number; x2: number; y2: number } | null;
}

export interface PlacedNode {
  node: FlowNode;
  x: number;
  y: number;
  width: number;
  height: number;
  label: PlacedLabel;
}

export interface PlacedLink {
  link: FlowLink;
  /** A filled ribbon (not a stroked line), so it can be hatched and outlined on focus. */
  path: string;
  width: number;
}

export interface FlowLayout {
  width: number;
  height: number;
  nodes: PlacedNode[];
  links: PlacedLink[];
  columns: { x: number; y: number; anchor: 'start' | 'middle' | 'end'; title: string }[];
  /** 'vertical': sources at the top, spending at the bottom (phones and narrow embeds). */
  orientation: 'horizontal' | 'vertical';
}

export const round = (value: number) => Math.round(value * 10) / 10;

interface LayoutNode {
  id: string;
  column: number;
  order: number;
}
interface LayoutLink {
  id: string;
  order: number;
}
export type SNode = SankeyNode<LayoutNode, LayoutLink>;
export type SLink = SankeyLink<LayoutNode, LayoutLink>;

/** A coordinate d3-sankey sets on every node and link it lays out (its types call them optional). */
function placedNumber(value: number | undefined, id: string): number {
  if (value === undefined) throw new Error(`flow layout: d3-sankey left "${id}" without a position`);
  return value;
}

/** A laid-out node's box. */
export function box(node: SNode): { x0: number; x1: number; y0: number; y1: number } {
  return {
    x0: placedNumber(node.x0, node.id),
    x1: placedNumber(node.x1, node.id),
    y0: placedNumber(node.y0, node.id),
    y1: placedNumber(node.y1, node.id),
  };
}

/**
 * d3-sankey with a fixed column per node kind and the graph's own node and link order. Its "x" is
 * the depth (column) axis and its "y" the breadth axis, whichever way the chart is drawn.
 */
export function runSankey(
  graph: FlowGraph,
  extent: [[number, number], [number, number]],
  nodePadding: number,
): { nodes: SNode[]; links: SLink[] } {
  const layout = sankey<LayoutNode, LayoutLink>()
    .nodeId((node) => node.id)
    .nodeAlign((node) => (node as SNode).column)
    .nodeSort((a, b) => a.order - b.order)
    .linkSort((a, b) => a.order - b.order)
    .nodeWidth(LAYOUT.nodeWidth)
    .nodePadding(nodePadding)
    .extent(extent);
  const result = layout({
    nodes: graph.nodes.map((node, index) => ({ id: node.id, column: node.column, order: index })),
    links: graph.links.map((link, index) => ({ id: link.id, source: link.source, target: link.target, value: link.value, order: index })),
  });
  return { nodes: result.nodes as SNode[], links: result.links as SLink[] };
}

/** Where a laid-out link leaves its source and reaches its target across the breadth axis, and how wide it is. */
export function linkBand(link: SLink): { y0: number; y1: number; width: number } {
  return { y0: placedNumber(link.y0, link.id), y1: placedNumber(link.y1, link.id), width: placedNumber(link.width, link.id) };
}

/** Links in the graph's node order: by the node they leave, then by the node they reach. */
export function sortLinks(links: PlacedLink[], graph: FlowGraph): void {
  const order = new Map(graph.nodes.map((node, index) => [node.id, index]));
  const rank = (id: string) => defined(order.get(id), `flow graph: the node "${id}" that a link joins`);
  links.sort((a, b) => rank(a.link.source) - rank(b.link.source) || rank(a.link.target) - rank(b.link.target));
}

/** Label lines of a node: sources get name and amount on two lines, the others one line. */
function labelLines(node: FlowNode, maxWidth: number, lang: Lang): string[] {
  const amount = formatWanNumber(node.value);
  // English source names are long: wrapped at spaces rather than cut.
  if (node.column === 0) return lang === 'en' ? [...wrapWords(node.name, maxWidth / LAYOUT.fontSize), amount] : [node.name, amount];
  const room = maxWidth - textWidth(` ${amount}`, LAYOUT.fontSize);
  if (lang === 'en') {
    // English names are long: two lines, wrapped at spaces, the second cut to fit beside the amount.
    const [first = '', ...rest] = wrapWords(node.name, maxWidth / LAYOUT.fontSize);
    if (rest.length) return [first, `${shortenName(rest.join(' '), room, LAYOUT.fontSize)} ${amount}`];
    if (textWidth(`${first} ${amount}`, LAYOUT.fontSize) > maxWidth) return [first, amount];
  }
  return [`${shortenName(node.name, room, LAYOUT.fontSize)} ${amount}`];
}

/** The outline of a band of width w from (x0, y0) to (x1, y1): two cubic curves joined at the ends. */
export function ribbonPath(x0: number, y0: number, x1: number, y1: number, width: number): string {
  const half = Math.max(width, LAYOUT.minBand) / 2;
  const xm = round((x0 + x1) / 2);
  const [a, b, c, d] = [x0, x1, y0, y1].map(round) as [number, number, number, number];
  const [t0, t1, b0, b1] = [c - half, d - half, c + half, d + half].map(round);
  return `M${a},${t0}C${xm},${t0} ${xm},${t1} ${b},${t1}L${b},${b1}C${xm},${b1} ${xm},${b0} ${a},${b0}Z`;
}

/** Lays out a flow graph with d3-sankey: a fixed column per node kind and the graph's own node order. */
export function layoutFlow(graph: FlowGraph, lang: Lang = 'zh'): FlowLayout {
  const { width, nodeWidth, nodePadding, flowHeight, lineHeight, top, bottom, columnX, labelGap } = LAYOUT;
  const titles = lang === 'en' ? COLUMN_TITLES_EN : COLUMN_TITLES;
  const perColumn = [0, 1, 2].map((column) => graph.nodes.filter((node) => node.column === column));
  const linesOf = (column: number) => (lang === 'en' ? (column === 0 ? 3 : 2) : column === 0 ? 2 : 1);

  // Tall enough for the money, the gaps between nodes, and one label per node without overlap.
  const bandsHeight = Math.max(
    ...perColumn.map((nodes, column) =>
      Math.max(flowHeight + (nodes.length - 1) * nodePadding, nodes.length * linesOf(column) * lineHeight),
    ),
  );
  const height = top + bandsHeight + bottom;

  const result = runSankey(
    graph,
    [
      [columnX[0], top],
      [columnX[2] + nodeWidth, top + bandsHeight],
    ],
    nodePadding,
  );
  const placedById = new Map(result.nodes.map((node) => [node.id, node]));
  const flowNodes = new Map(graph.nodes.map((node) => [node.id, node]));
  const flowLinks = new Map(graph.links.map((link) => [link.id, link]));

  const nodes: PlacedNode[] = [];
  for (const [column, columnNodes] of perColumn.entries()) {
    const placed = columnNodes.map((node) => lookup(placedById, node.id, 'flow layout: the place d3-sankey gave a node'));
    const left = column < 2;
    const first = box(defined(placed[0], `flow chart: a first node in column "${COLUMN_TITLES_EN[column] ?? column}"`));
    const x = left ? first.x0 - labelGap : first.x1 + labelGap;
    const maxWidth = column === 0 ? x : column === 1 ? x - (columnX[0] + nodeWidth + labelGap) : width - x - 2;
    const lines = columnNodes.map((node) => labelLines(node, maxWidth, lang));
    const centres = placeLabels(
      placed.map((node, index) => ({
        wanted: (box(node).y0 + box(node).y1) / 2,
        height: at(lines, index, 'flow layout: the label of a node').length * lineHeight,
      })),
      top,
      top + bandsHeight,
    );
    placed.forEach((sNode, index) => {
      const { x0, x1, y0, y1 } = box(sNode);
      const h = Math.max(y1 - y0, LAYOUT.minBand);
      const centre = y0 + h / 2;
      const labelCentre = at(centres, index, 'flow layout: the placed label of a node');
      const nodeLines = at(lines, index, 'flow layout: the label of a node');
      const lineCount = nodeLines.length;
      const edge = left ? x0 : x1;
      const moved = Math.abs(labelCentre - centre) > Math.max(h / 2, 2);
      nodes.push({
        node: lookup(flowNodes, sNode.id, 'flow layout: the graph node d3-sankey laid out'),
        x: round(x0),
        y: round(y0),
        width: round(x1 - x0),
        height: round(h),
        label: {
          lines: nodeLines,
          x: round(x),
          // Baseline of the first line: a CJK glyph sits about 0.35 em below the line's centre.
          y: round(labelCentre - ((lineCount - 1) * lineHeight) / 2 + LAYOUT.fontSize * 0.35),
          anchor: left ? 'end' : 'start',
          leader: moved ? { x1: round(edge), y1: round(centre), x2: round(left ? x + 2 : x - 2), y2: round(labelCentre) } : null,
        },
      });
    });
  }

  const links: PlacedLink[] = result.links.map((sLink) => {
    const source = sLink.source as SNode;
    const target = sLink.target as SNode;
    const band = linkBand(sLink);
    return {
      link: lookup(flowLinks, sLink.id, 'flow layout: the graph link d3-sankey laid out'),
      path: ribbonPath(box(source).x1, band.y0, box(target).x0, band.y1, band.width),
      width: round(band.width),
    };
  });
  sortLinks(links, graph);

  return {
    orientation: 'horizontal',
    width,
    height: round(height),
    nodes,
    links,
    columns: [
      { x: columnX[0] + nodeWidth, y: 16, anchor: 'end', title: titles[0] },
      { x: columnX[1] + nodeWidth / 2, y: 16, anchor: 'middle', title: titles[1] },
      { x: columnX[2], y: 16, anchor: 'start', title: titles[2] },
    ],
  };
}
