import type { TreemapNode } from './types';
import { functionSwatch } from '../palette';

/** The colour of the basic expenditure the unit view cannot split: the site's neutral grey. */
export const UNSPLIT_COLOUR = 'unsplit';

export interface Category {
  code: string;
  name: string;
  /** Colour class suffix: the 款 code, whose token is --fn-<code> (src/lib/palette.ts). */
  colour: string;
}

/** The 款 of the function tree, each with its colour (the same on every page). */
export function categories(functionTree: TreemapNode): Category[] {
  const kuan = functionTree.children.filter((node) => node.kind === 'kuan').sort((a, b) => a.id.localeCompare(b.id));
  return kuan.map((node) => {
    functionSwatch(node.id); // fails the build, naming the 款, if it has no colour
    return { code: node.id, name: node.name, colour: node.id };
  });
}

/** The colour class suffix of a tile: a 款 code, "unsplit", or "neutral" for groups that span several 款. */
export function tileColour(node: TreemapNode, byCode: ReadonlyMap<string, string>): string {
  if (node.category) {
    const colour = byCode.get(node.category);
    if (colour === undefined) throw new Error(`treemap: no colour for 款 ${node.category}`);
    return colour;
  }
  return node.kind === 'basic' ? UNSPLIT_COLOUR : 'neutral';
}
