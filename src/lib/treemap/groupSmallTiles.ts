import { sumFen } from '../money';
import { addFunding } from './funding';
import { compareTiles, shareCanBeTappable, tilesAreTappable } from './layout';
import type { TreemapNode } from './types';

export const othersNodeId = (parentId: string) => `${parentId}-others`;

/** When a level's tiles are big enough to tap. */
export interface TapRule {
  /** Whether every tile of the level is big enough (may run a layout). */
  fits: (level: TreemapNode) => boolean;
  /** Cheap necessary condition: false when a tile with this share of its level can never fit. */
  mayFit: (share: number) => boolean;
}

export const TAPPABLE: TapRule = {
  fits: (level) => tilesAreTappable(level),
  mayFit: (share) => shareCanBeTappable(share),
};

/** The one value all nodes share, or null when they differ. */
function shared<T>(nodes: readonly TreemapNode[], pick: (node: TreemapNode) => T): T | null {
  const first = pick(nodes[0]!);
  return nodes.every((node) => pick(node) === first) ? first : null;
}

function othersNode(parent: TreemapNode, members: TreemapNode[]): TreemapNode {
  return {
    id: othersNodeId(parent.id),
    name: `其余${members.length}项`,
    shortName: `其余${members.length}项`,
    kind: 'others',
    amount: sumFen(members.map((member) => member.amount)),
    category: shared(members, (member) => member.category),
    funding: addFunding(members.map((member) => member.funding)),
    unitName: shared(members, (member) => member.unitName),
    project: null,
    children: members,
  };
}

/**
 * How many of the smallest siblings (given largest first) go into the group: none if the level
 * fits as it is, otherwise the fewest that make it fit, where a group always takes at least two (a
 * group of one saves no space), or all but the largest when nothing fits.
 *
 * Moving more siblings makes the smallest kept tile and the group bigger, so whether a level fits
 * is mostly monotone in the number moved; not always (a group that grows too big squeezes the
 * tiles beside it), so tests check that this search agrees with trying every count, one by one,
 * on every level of the real data. That allows a search with O(log n) layouts
 * per level instead of one per sibling moved: skip, without any layout, every count at which the
 * smallest kept tile or the group is certainly too small (rule.mayFit), gallop up from the
 * first count that might fit, doubling the step, and bisect.
 */
export function groupedCount(parent: TreemapNode, largestFirst: readonly TreemapNode[], rule: TapRule): number {
  const count = largestFirst.length;
  if (count <= 2) return 0;
  const total = largestFirst.reduce((sum, node) => sum + node.amount, 0);
  // groupAmount[moved]: what a group of the `moved` smallest siblings adds up to.
  const groupAmount = [0];
  for (let moved = 1; moved <= count; moved++) groupAmount.push(groupAmount[moved - 1]! + largestFirst[count - moved]!.amount);
  const level = (moved: number): TreemapNode => ({
    ...parent,
    children: moved ? [...largestFirst.slice(0, count - moved), othersNode(parent, largestFirst.slice(count - moved))] : [...largestFirst],
  });
  const mayFit = (moved: number) =>
    rule.mayFit(largestFirst[count - moved - 1]!.amount / total) && (moved === 0 || rule.mayFit(groupAmount[moved]! / total));
  const fits = (moved: number) => mayFit(moved) && rule.fits(level(moved));

  if (fits(0)) return 0;
  // Moving 2 … count - 2 leaves at least two tiles and a group; over that range mayFit only
  // turns from false to true, so bisect for the first count it allows.
  const most = count - 2;
  let fewest = 2;
  for (let high = most + 1; fewest < high; ) {
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
 * The tree as drawn: at every level, siblings too small to tap are collected, smallest first, into
 * one "其余 N 项" tile that zooms in like any group (and is grouped again inside if needed).
 * Nothing is dropped or split: the members keep their amounts and the group's amount is their sum.
 * `rule` decides whether a level's tiles are all big enough (injected so tests can use a simple rule).
 */
export function groupSmallTiles(node: TreemapNode, rule: TapRule = TAPPABLE): TreemapNode {
  if (node.children.length === 0) return node;
  const largestFirst = [...node.children].sort(compareTiles);
  const moved = groupedCount(node, largestFirst, rule);
  const kept = largestFirst.slice(0, largestFirst.length - moved);
  const children = moved ? [...kept, othersNode(node, largestFirst.slice(kept.length))] : kept;
  return { ...node, children: children.map((child) => groupSmallTiles(child, rule)) };
}
