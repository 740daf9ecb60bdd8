import { addFunding } from './funding';
import { compareTiles, largestFirstAreTappable, shareCanBeTappable, sortTiles } from './layout';
import type { GroupRanks, TreemapNode } from './types';
import { at } from '../checked';
import { ui } from '../../i18n/ui';

export const othersNodeId = (parentId: string) => `${parentId}-others`;
/** Bands are named after the real item whose children they hold, so ids stay short however deep they nest. */
export const bandNodeId = (realParentId: string, first: number, last: number) => `${realParentId}-r${first}-${last}`;

/**
 * A "其余 N 项" group with more members than this is not listed flat: zooming into it shows its
 * members in rank bands ("第11–60名"), each grouped again inside. Without bands, a group of many
 * similar small items keeps a few tiles at each level and groups the rest again, so the drawn tree
 * becomes a chain about n levels deep; with bands it is O(log n) deep. The real data's biggest
 * group has 8 members, so none of its levels is banded.
 */
export const MAX_GROUP_MEMBERS = 12;
/**
 * A level never shows more tiles than this (the real data's biggest shows 23): more would be too
 * small to read on a phone, and it bounds the cost of arranging a level.
 */
export const MAX_TILES = 30;
/**
 * Levels of more items than this (the real data's biggest has 31) are grouped without the
 * arrangement search (see groupedCount).
 */
export const SEARCHED_ITEMS = 40;
/** At most this many bands per level: tiles of about equal amounts, so each is easily big enough to tap. */
export const MAX_BANDS = 6;

/** When a level's tiles are big enough to tap. */
export interface TapRule {
  /**
   * Whether every tile of the level, whose children come largest first, is big enough (may run
   * layouts). `search: false` asks for a cheaper test that may answer no more often, never yes
   * more often.
   */
  fits: (level: TreemapNode, search: boolean) => boolean;
  /** Cheap necessary condition: false when a tile with this share of its level can never fit. */
  mayFit: (share: number) => boolean;
}

export const TAPPABLE: TapRule = {
  fits: (level, search) => largestFirstAreTappable(level.children, undefined, search),
  mayFit: (share) => shareCanBeTappable(share),
};

/** The one value all nodes share, or null when they differ. */
function shared<T>(nodes: readonly TreemapNode[], pick: (node: TreemapNode) => T): T | null {
  const first = pick(at(nodes, 0, 'treemap grouping: a tile to compare'));
  return nodes.every((node) => pick(node) === first) ? first : null;
}

/**
 * A display-only group over its drawn children (members, or smaller groups of them); its amount is
 * their members' sum (from the running totals), so nothing is dropped or split.
 */
function groupNode(id: string, name: string, children: TreemapNode[], amount: number, ranks: GroupRanks): TreemapNode {
  return {
    id,
    name,
    shortName: name,
    kind: 'others',
    amount,
    category: shared(children, (child) => child.category),
    funding: addFunding(children.map((child) => child.funding)),
    unitName: shared(children, (child) => child.unitName),
    project: null,
    children,
    ranks,
  };
}

/**
 * Ranks `start` to `end` (exclusive) of a real node's children, largest first. `totals[i]` is the
 * amount of the first i children, so any run of neighbouring ranks adds up with one subtraction,
 * exactly (amounts are integer fen), however often big levels are split again into groups and
 * bands: the grouping never copies or re-adds a long run of siblings.
 */
export interface Run {
  items: readonly TreemapNode[];
  totals: readonly number[];
  start: number;
  end: number;
}

/** All of these siblings (largest first) as one run. */
export function wholeRun(largestFirst: readonly TreemapNode[]): Run {
  const totals = [0];
  for (const node of largestFirst) {
    const total = at(totals, totals.length - 1, 'treemap grouping: the running total so far') + node.amount;
    // Exact only while every running total is a whole number of fen that a double holds exactly.
    if (!Number.isSafeInteger(total)) throw new Error(`treemap: running total ${total} is not an exact whole number of fen`);
    totals.push(total);
  }
  return { items: largestFirst, totals, start: 0, end: largestFirst.length };
}

const subRun = (run: Run, start: number, end: number): Run => ({ ...run, start, end });
const runAmount = (run: Run, start = run.start, end = run.end): number =>
  at(run.totals, end, 'treemap grouping: the running total at a rank') -
  at(run.totals, start, 'treemap grouping: the running total at a rank');

/**
 * How many of the smallest siblings (the run, largest first) go into the group: none if the level
 * fits as it is, otherwise the fewest that make it fit, where a group always takes at least two (a
 * group of one saves no space) and enough to leave at most MAX_TILES tiles, or all but the largest
 * when nothing fits.
 *
 * Moving more siblings makes the smallest kept tile and the group bigger, so whether a level fits
 * is mostly monotone in the number moved; not always (a group that grows too big squeezes the
 * tiles beside it), so tests check that this search agrees with trying every count, one by one,
 * on every level of the real data. That allows a search with O(log n) layouts
 * per level instead of one per sibling moved: skip, without any layout, every count at which the
 * smallest kept tile or the group is certainly too small (rule.mayFit), gallop up from the
 * first count that might fit, doubling the step, and bisect. Levels tried hold at most MAX_TILES
 * tiles, so a level of n siblings costs O(log n), not O(n).
 */
export function groupedCount(parent: TreemapNode, run: Run, rule: TapRule): number {
  const { items, start, end } = run;
  const count = end - start;
  if (count <= 2) return 0;
  const total = runAmount(run);
  // What a group of the `moved` smallest siblings adds up to.
  const groupAmount = (moved: number) => runAmount(run, end - moved);
  // Only the tiles' ids and amounts matter to the rule, so the group is a stand-in without members,
  // put in its place among the tiles kept (largest first).
  const level = (moved: number): TreemapNode => {
    const children = items.slice(start, end - moved);
    if (moved) {
      const group: TreemapNode = { ...parent, id: othersNodeId(parent.id), kind: 'others', amount: groupAmount(moved), children: [] };
      let position = children.length;
      while (position > 0 && compareTiles(group, at(children, position - 1, 'tiles kept')) < 0) position--;
      children.splice(position, 0, group);
    }
    return { ...parent, children };
  };
  const mayFit = (moved: number) =>
    rule.mayFit(at(items, end - moved - 1, 'treemap grouping: the smallest tile kept').amount / total) &&
    (moved === 0 || rule.mayFit(groupAmount(moved) / total));
  // The arrangement search costs hundreds of layouts for each count tried: levels bigger than any of
  // the real data (many small items) are grouped by the plain tilings alone, which may only group more.
  const search = count <= SEARCHED_ITEMS;
  const fits = (moved: number) => mayFit(moved) && rule.fits(level(moved), search);

  if (count <= MAX_TILES && fits(0)) return 0;
  // Moving 2 … count - 2 leaves at least two tiles and a group; over that range mayFit only
  // turns from false to true, so bisect for the first count it allows.
  const most = count - 2;
  let fewest = Math.max(2, count - MAX_TILES + 1);
  for (let high = most + 1; fewest < high;) {
    const middle = (fewest + high) >> 1;
    if (mayFit(middle)) high = middle;
    else fewest = middle + 1;
  }
  if (fewest > most) return count - 1;
  let tooFew = fewest - 1;
  let enough = fewest;
  for (let step = 1; !fits(enough); step *= 2) {
    if (enough === most) return count - 1;
    tooFew = enough;
    enough = Math.min(most, enough + step);
  }
  while (enough - tooFew > 1) {
    const middle = (tooFew + enough) >> 1;
    if (fits(middle)) enough = middle;
    else tooFew = middle;
  }
  return enough;
}

/**
 * Splits siblings (given largest first) into at most `bandCount` runs of neighbouring ranks with
 * about equal amounts: from the largest, a run ends once it holds its share of the total, so an
 * item that big alone is a run of one; a last run under half a share joins the one before,
 * unless that would leave a single run. Returns [start, end) index pairs.
 */
export function rankBands(amounts: readonly number[], bandCount: number): [number, number][] {
  const total = amounts.reduce((sum, amount) => sum + amount, 0);
  // With nothing to weigh (all zero), runs of equal length.
  const weight = total > 0 ? (index: number) => at(amounts, index, 'treemap grouping: the amount at a rank') : () => 1;
  const target = (total > 0 ? total : amounts.length) / bandCount;
  const bands: [number, number][] = [];
  let start = 0;
  let held = 0;
  for (let index = 0; index < amounts.length; index++) {
    held += weight(index);
    if (held >= target && index < amounts.length - 1) {
      bands.push([start, index + 1]);
      start = index + 1;
      held = 0;
    }
  }
  if (bands.length > 1 && held < target / 2) at(bands, bands.length - 1, 'treemap grouping: the last rank band')[1] = amounts.length;
  else bands.push([start, amounts.length]);
  return bands;
}

/**
 * The tree as drawn: at every level, siblings too small to tap are collected, smallest first, into
 * one "其余 N 项" tile that zooms in like any group (and is grouped again inside if needed). A big
 * group shows its members in rank bands; a level where no tile can be big enough to tap (many
 * items of similar size) is shown in rank bands at once.
 * Nothing is dropped or split: the members keep their amounts and the group's amount is their sum.
 * `rule` decides whether a level's tiles are all big enough (injected so tests can use a simple rule).
 */
export function groupSmallTiles(node: TreemapNode, rule: TapRule = TAPPABLE): TreemapNode {
  if (node.children.length === 0) return node;
  return { ...node, children: drawItems(node, wholeRun(sortTiles(node.children)), rule, node.id) };
}

/**
 * The drawn children of a level (a real node or a group, `level` giving its id and amount) whose
 * items are the run: the items big enough to tap, then a group of the rest, or rank bands. A run's
 * start is the rank, among the real parent's (`realParentId`) items, before its first.
 */
function drawItems(level: TreemapNode, run: Run, rule: TapRule, realParentId: string): TreemapNode[] {
  const { items, start, end } = run;
  const count = end - start;
  const moved = groupedCount(level, run, rule);
  // Even the largest item is too small to tap beside a group of the rest: bands, not a long chain.
  if (moved > MAX_GROUP_MEMBERS && moved === count - 1) return bands(run, rule, realParentId);
  const kept = items.slice(start, end - moved).map((child) => groupSmallTiles(child, rule));
  if (moved === 0) return kept;
  const members = subRun(run, end - moved, end);
  const id = othersNodeId(level.id);
  const children =
    moved > MAX_GROUP_MEMBERS ? bands(members, rule, realParentId) : drawItems(standIn(id, members), members, rule, realParentId);
  return [
    ...kept,
    groupNode(id, ui('zh').chartNodes.treemapOthers(moved), children, runAmount(members), {
      first: members.start + 1,
      last: members.end,
      band: false,
    }),
  ];
}

/** A group's id and amount before it is drawn: all that grouping its members needs to know of it. */
function standIn(id: string, members: Run): TreemapNode {
  return {
    ...at(members.items, members.start, 'treemap grouping: the largest member of a group'),
    id,
    kind: 'others',
    amount: runAmount(members),
    project: null,
    children: [],
  };
}

/** Items of a run in rank bands, each drawn like any level; a band of one is the item itself. */
function bands(run: Run, rule: TapRule, realParentId: string): TreemapNode[] {
  const { items, start, end } = run;
  const bandCount = Math.min(MAX_BANDS, Math.ceil((end - start) / MAX_GROUP_MEMBERS));
  const amounts = items.slice(start, end).map((node) => node.amount);
  return rankBands(amounts, bandCount).map(([from, to]) => {
    if (to - from === 1) return groupSmallTiles(at(items, start + from, 'treemap grouping: the one tile of a rank band'), rule);
    const members = subRun(run, start + from, start + to);
    const [first, last] = [members.start + 1, members.end];
    const id = bandNodeId(realParentId, first, last);
    const children = drawItems(standIn(id, members), members, rule, realParentId);
    return groupNode(id, ui('zh').chartNodes.treemapRanks(first, last), children, runAmount(members), { first, last, band: true });
  });
}
