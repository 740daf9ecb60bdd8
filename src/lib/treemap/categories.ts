import type { TreemapNode } from './types';

/**
 * Which of the site's colour-blind-safe colours (--cat-N) each 款 gets, in code order.
 * Neighbouring 款 in the chart get colours far apart; grey (8) is kept for the unsplit basic
 * expenditure of the unit view.
 */
const PALETTE_ORDER = [5, 6, 3, 2, 7, 4, 1] as const;
export const UNSPLIT_COLOUR = 8;

export interface Category {
  code: string;
  name: string;
  /** N of --cat-N / --cat-N-text. */
  colour: number;
}

/** The 款 of the function tree, each with its colour. */
export function categories(functionTree: TreemapNode): Category[] {
  const kuan = functionTree.children.filter((node) => node.kind === 'kuan').sort((a, b) => a.id.localeCompare(b.id));
  if (kuan.length > PALETTE_ORDER.length) throw new Error(`treemap: ${kuan.length} 款 but only ${PALETTE_ORDER.length} colours`);
  return kuan.map((node, index) => ({ code: node.id, name: node.name, colour: PALETTE_ORDER[index]! }));
}

/** The colour class suffix of a tile: a palette number, or "neutral" for groups that span several 款. */
export function tileColour(node: TreemapNode, byCode: ReadonlyMap<string, number>): number | 'neutral' {
  if (node.category) {
    const colour = byCode.get(node.category);
    if (colour === undefined) throw new Error(`treemap: no colour for 款 ${node.category}`);
    return colour;
  }
  return node.kind === 'basic' ? UNSPLIT_COLOUR : 'neutral';
}
