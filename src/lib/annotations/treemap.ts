/**
 * The treemap's key fact, marked on its top level: where the single largest project sits. The
 * label points at the drawn box that holds that project (the project itself when it is drawn).
 */
import { formatWanIn } from '../format';
import { ui } from '../../i18n/ui/index';
import type { Lang } from '../../i18n/lang';
import type { ChartSize, LayoutTile } from '../treemap/layout';
import type { TileLabel } from '../treemap/tileLabels';
import type { TreemapNode } from '../treemap/types';
import { textWidth } from '../text/measure';
import { placeAnnotations, type Box, type PlacedAnnotation } from './place';

function largestProject(node: TreemapNode): TreemapNode | null {
  let best: TreemapNode | null = null;
  const visit = (current: TreemapNode) => {
    if (current.project && (!best || current.amount > best.amount)) best = current;
    current.children.forEach(visit);
  };
  visit(node);
  return best;
}

function contains(node: TreemapNode, target: TreemapNode): boolean {
  return node === target || node.children.some((child) => contains(child, target));
}

/** The sentence a screen reader gets instead of the drawn label. */
export function largestProjectSentence(root: TreemapNode, lang: Lang = 'zh'): string | null {
  const project = largestProject(root);
  return project ? ui(lang).treemap.largestProject(project.name, formatWanIn(lang, project.amount)) : null;
}

/** Boxes of the tiles' own labels, which an annotation must keep clear of. */
export function labelBoxes(labels: (TileLabel | null)[]): Box[] {
  return labels.flatMap((label) =>
    label
      ? [
          {
            x: label.x,
            y: label.y,
            width: Math.max(...label.lines.map((line) => textWidth(line, label.fontSize))),
            height: label.lines.length * label.lineHeight,
          },
        ]
      : [],
  );
}

export function treemapAnnotations(
  root: TreemapNode,
  tiles: LayoutTile[],
  size: ChartSize,
  labels: (TileLabel | null)[],
  lang: Lang = 'zh',
): PlacedAnnotation[] {
  const project = largestProject(root);
  if (!project) return [];
  const tile = tiles.find((entry) => contains(entry.node, project));
  if (!tile) return [];
  const target = tile.children.find((kid) => contains(kid.node, project)) ?? tile;
  // The centre of the box's lower part, clear of its own label at the top.
  const anchor = { x: target.x + target.width / 2, y: target.y + target.height * 0.7 };
  return placeAnnotations(
    [
      {
        id: 'largest-project',
        anchor,
        lines: [ui(lang).treemap.largestProjectLabel, formatWanIn(lang, project.amount)],
        fontSize: size.smallFontSize,
      },
    ],
    { width: size.width, height: size.height, obstacles: labelBoxes(labels) },
  );
}
