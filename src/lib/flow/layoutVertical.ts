/**
 * The flow chart for phones and narrow embeds: the same Sankey turned on its side, money flowing
 * down the page (sources at the top, then functions, then projects and basic spending).
 * The few sources are labelled level, side by side above their row, wrapped onto a few lines. The
 * functions and the spending are labelled in upright text running top to bottom (CJK upright,
 * Latin turned), a label a few lines wide at most: a row of 30-odd nodes fits in 320 px. Every
 * label is drawn whole or not at all (src/lib/flow/verticalLabels.ts): spending labels go below
 * the row, or above it over the ribbons (with a halo), the largest first, as many as fit.
 * Geometry is in CSS pixels at 1:1, so text is drawn at its real size.
 */
import { formatWanNumber } from '../format';
import {
  box,
  LAYOUT,
  linkBand,
  round,
  runSankey,
  sortLinks,
  type FlowLayout,
  type PlacedLabel,
  type PlacedLink,
  type PlacedNode,
} from './layout';
import { placeLabels } from './labels';
import { chooseRowLabels, sideBySide, wholeLabel, type LabelText, type RowSpot } from './verticalLabels';
import type { FlowGraph, FlowNode } from './types';
import type { Lang } from '../../i18n/lang';
import { at, lookup } from '../checked';

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
  /** Baseline to baseline of the level source labels. */
  lineHeight: 17,
  /** Longest upright line (along the page); English names need more letters, so the rows move apart. */
  labelLength: { zh: 170, en: 230 },
  /** Most lines of one label. */
  maxLines: 3,
  /** Furthest a label may sit from its node (a leader joins them): functions (few, all wanted), spending. */
  maxShift: [90, 45] as const,
  /** Farthest an annotation may sit from the mark it explains. */
  maxLeader: 60,
  /** Shortest ribbons between rows. */
  minGap: 90,
  labelGap: 5,
  /** Between the source labels and their row, room for a leader. */
  sourceGap: 12,
  top: 44,
  bottom: 6,
} as const;

/** Reserved before a group's label, where the renderer draws its "+". */
const GROUP_LEAD = '＋ ';

/** Ribbon of width w from (x0, y0) on the upper row down to (x1, y1) on the lower one. */
export function verticalRibbonPath(x0: number, y0: number, x1: number, y1: number, width: number): string {
  const half = Math.max(width, LAYOUT.minBand) / 2;
  const ym = round((y0 + y1) / 2);
  const [a, b, c, d] = [y0, y1, x0, x1].map(round) as [number, number, number, number];
  const [l0, l1, r0, r1] = [c - half, d - half, c + half, d + half].map(round);
  return `M${l0},${a}C${l0},${ym} ${l1},${ym} ${l1},${b}L${r1},${b}C${r1},${ym} ${r0},${ym} ${r0},${a}Z`;
}

/** A level label above its source, its last line at `lastBaseline`; a leader when it had to move aside. */
function levelLabel(
  text: LabelText,
  labelCentre: number,
  centre: number,
  breadth: number,
  lastBaseline: number,
  rowTop: number,
): PlacedLabel {
  const moved = Math.abs(labelCentre - centre) > Math.max(breadth / 2, 2);
  return {
    lines: text.lines,
    x: round(labelCentre),
    y: round(lastBaseline - (text.lines.length - 1) * VERTICAL.lineHeight),
    anchor: 'middle',
    leader: moved ? { x1: round(centre), y1: round(rowTop), x2: round(labelCentre), y2: round(lastBaseline + 4) } : null,
  };
}

/** An upright label beside its node, or none (an empty label) when the row had no room for it. */
function uprightLabel(spot: RowSpot | null, text: LabelText | null, centre: number, breadth: number, y: number): PlacedLabel {
  if (!spot || !text) return { lines: [], x: round(centre), y: round(y), anchor: 'start', vertical: true, leader: null };
  const { labelGap, nodeThickness } = VERTICAL;
  const above = spot.side === 'above';
  const edge = above ? y : y + nodeThickness;
  // Lines start level (read top down, line after line) and the longest ends by the node.
  const textY = above ? edge - labelGap - text.length : edge + labelGap;
  const moved = Math.abs(spot.centre - centre) > Math.max(breadth / 2, 2);
  return {
    lines: text.lines,
    x: round(spot.centre),
    y: round(textY),
    anchor: 'start',
    vertical: true,
    leader: moved
      ? { x1: round(centre), y1: round(edge), x2: round(spot.centre), y2: round(above ? edge - labelGap + 2 : textY - 2) }
      : null,
  };
}

/** Groups one can open first, then the largest amounts. */
const labelPriority = (node: FlowNode) => (node.kind === 'group' && !node.tableOnly ? Number.MAX_SAFE_INTEGER : node.value);

export function layoutFlowVertical(graph: FlowGraph, lang: Lang = 'zh'): FlowLayout {
  const { margin, nodeThickness, nodePadding, fontSize, lineWidth, lineHeight, maxLines, minGap, labelGap, sourceGap, top, bottom } =
    VERTICAL;
  const inRow = (row: 0 | 1 | 2) => graph.nodes.filter((node) => node.column === row);
  const perRow = [inRow(0), inRow(1), inRow(2)] as const;
  const [sources, functions, spending] = perRow;

  // As wide as before labels could be left out: a line per function, a line per two spending nodes.
  const needed = Math.max(functions.length, Math.ceil(spending.length / 2)) * lineWidth;
  const width = Math.max(VERTICAL.minWidth, Math.ceil(needed + 2 * margin));

  // d3-sankey's breadth ("y") runs across the page here; its depth is replaced by the rows below.
  const result = runSankey(
    graph,
    [
      [0, margin],
      [2 + nodeThickness, width - margin],
    ],
    nodePadding,
  );
  const placedById = new Map(result.nodes.map((node) => [node.id, node]));
  const flowLinks = new Map(graph.links.map((link) => [link.id, link]));
  const span = (node: FlowNode) => {
    // d3-sankey's breadth axis (its y) runs across the page here.
    const { y0: x0, y1: x1 } = box(lookup(placedById, node.id, 'flow layout: the place d3-sankey gave a node'));
    const breadth = Math.max(x1 - x0, LAYOUT.minBand);
    return { x0, breadth, centre: x0 + breadth / 2 };
  };

  // Sources: level, side by side, bottom lines aligned just above the row.
  const sourceTexts = sideBySide(
    sources.map((node) => ({ name: node.name, amount: formatWanNumber(node.value) })),
    { span: width - 2 * margin, gap: labelGap, maxLines: 4, fontSize, lang },
  );
  const sourceCentres = placeLabels(
    sources.map((node, index) => ({
      wanted: span(node).centre,
      height: at(sourceTexts, index, 'flow layout: the label of a funding source').length + labelGap,
    })),
    margin - labelGap / 2,
    width - margin + labelGap / 2,
  );
  const sourceLines = Math.max(...sourceTexts.map((text) => text.lines.length));
  const lastBaseline = top + fontSize + (sourceLines - 1) * lineHeight;

  // Functions above their row; spending below its row first, else above it over the ribbons.
  const length = VERTICAL.labelLength[lang];
  const upright = (rows: FlowNode[], sides: readonly ('above' | 'below')[], maxShift: number) => {
    const texts = rows.map((node) =>
      wholeLabel(node.name, formatWanNumber(node.value), {
        length,
        maxLines,
        fontSize,
        lang,
        lead: node.kind === 'group' && !node.tableOnly ? GROUP_LEAD : '',
      }),
    );
    const spots = chooseRowLabels(
      rows.map((node, index) => ({
        wanted: span(node).centre,
        thickness: texts[index] ? texts[index].lines.length * lineWidth : null,
        priority: labelPriority(node),
      })),
      { sides, from: margin, to: width - margin, maxShift },
    );
    return { texts, spots };
  };
  const rows = { 1: upright(functions, ['above'], VERTICAL.maxShift[0]), 2: upright(spending, ['below', 'above'], VERTICAL.maxShift[1]) };
  const longest = (row: 1 | 2, side: 'above' | 'below') =>
    Math.max(0, ...rows[row].spots.map((spot, index) => (spot?.side === side ? (rows[row].texts[index]?.length ?? 0) : 0)));

  const sourcesY = lastBaseline + 4 + sourceGap;
  const functionsY = sourcesY + nodeThickness + Math.max(minGap, longest(1, 'above') + 2 * labelGap);
  const spendingY = functionsY + nodeThickness + Math.max(minGap, longest(2, 'above') + 2 * labelGap);
  const rowY = [sourcesY, functionsY, spendingY];
  const rowTop = (row: number) => at(rowY, row, 'flow layout: the row of a column');
  const height = spendingY + nodeThickness + labelGap + longest(2, 'below') + bottom;

  const placedNode = (node: FlowNode, row: number, label: (centre: number, breadth: number) => PlacedLabel): PlacedNode => {
    const { x0, breadth, centre } = span(node);
    return { node, x: round(x0), y: round(rowTop(row)), width: round(breadth), height: nodeThickness, label: label(centre, breadth) };
  };
  const nodes: PlacedNode[] = [
    ...sources.map((node, index) =>
      placedNode(node, 0, (centre, breadth) =>
        levelLabel(
          at(sourceTexts, index, 'flow layout: the label of a funding source'),
          at(sourceCentres, index, 'flow layout: the placed label of a funding source'),
          centre,
          breadth,
          lastBaseline,
          sourcesY,
        ),
      ),
    ),
    ...([1, 2] as const).flatMap((row) =>
      perRow[row].map((node, index) =>
        placedNode(node, row, (centre, breadth) =>
          uprightLabel(rows[row].spots[index] ?? null, rows[row].texts[index] ?? null, centre, breadth, rowTop(row)),
        ),
      ),
    ),
  ];

  const links: PlacedLink[] = result.links.map((sLink) => {
    const source = sLink.source as (typeof result.nodes)[number];
    const target = sLink.target as (typeof result.nodes)[number];
    const band = linkBand(sLink);
    return {
      link: lookup(flowLinks, sLink.id, 'flow layout: the graph link d3-sankey laid out'),
      path: verticalRibbonPath(band.y0, rowTop(source.column) + nodeThickness, band.y1, rowTop(target.column), band.width),
      width: round(band.width),
    };
  });
  sortLinks(links, graph);

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
