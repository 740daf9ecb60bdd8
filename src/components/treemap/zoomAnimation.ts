/**
 * The zoom transition, on the prerendered layers: zooming in grows the new level out of the tile
 * that was clicked; zooming out shrinks the old level back into its tile. Skipped entirely under
 * prefers-reduced-motion. Rectangles are read from the SVG (viewBox units), so nothing is measured.
 */

export interface TileBox {
  x: number;
  y: number;
  width: number;
  height: number;
  viewWidth: number;
  viewHeight: number;
}

const DURATION_MS = 380;

export function prefersReducedMotion(): boolean {
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** The tile's box in the SVG of this layer that is shown at the current screen size. */
export function tileBox(layer: Element, nodeId: string, narrow: boolean): TileBox | null {
  const svg = layer.querySelector<SVGSVGElement>(narrow ? 'svg.tm-narrow' : 'svg.tm-wide');
  const box = svg?.querySelector(`.tm-tile[data-node="${CSS.escape(nodeId)}"] > .tm-box`);
  const view = svg?.viewBox.baseVal;
  if (!box || !view) return null;
  const read = (name: string) => Number(box.getAttribute(name));
  return { x: read('x'), y: read('y'), width: read('width'), height: read('height'), viewWidth: view.width, viewHeight: view.height };
}

/** Maps the whole layer onto the tile: where a zoomed-in level starts. */
function intoTile(box: TileBox): string {
  return `translate(${(box.x / box.viewWidth) * 100}%, ${(box.y / box.viewHeight) * 100}%) scale(${box.width / box.viewWidth}, ${box.height / box.viewHeight})`;
}

/** Blows the tile up to the whole layer: where a zoomed-out level starts. */
function outOfTile(box: TileBox): string {
  return `scale(${box.viewWidth / box.width}, ${box.viewHeight / box.height}) translate(${(-box.x / box.viewWidth) * 100}%, ${(-box.y / box.viewHeight) * 100}%)`;
}

export function animateZoom(layer: HTMLElement, box: TileBox, direction: 'in' | 'out'): void {
  if (prefersReducedMotion() || typeof layer.animate !== 'function') return;
  const from = direction === 'in' ? { transform: intoTile(box), opacity: 0.35 } : { transform: outOfTile(box), opacity: 0.35 };
  layer.animate([from, { transform: 'none', opacity: 1 }], { duration: DURATION_MS, easing: 'cubic-bezier(0.2, 0.7, 0.3, 1)' });
}
