/**
 * One tab stop per chart (a "roving tabindex"): only the current item has tabindex 0, the arrow
 * keys move it, and the chart remembers where the reader was when they tab back in. The chart
 * says where each arrow leads; this module does the bookkeeping. Used by the treemap and the flow.
 */
export type ArrowKey = 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight';

export interface RovingOptions {
  /** The items of the drawing now shown, in reading order. */
  items: () => Element[];
  /** Where an arrow key leads from an item; null stays put. */
  next: (from: Element, key: ArrowKey) => Element | null | undefined;
  /** Told about every item that takes focus, by arrow, Tab or pointer. */
  onFocus?: (item: Element) => void;
}

const ARROWS = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End']);

/** Makes `item` the chart's one tab stop. */
export function makeCurrent(items: Iterable<Element>, item: Element): void {
  for (const other of items) other.setAttribute('tabindex', other === item ? '0' : '-1');
}

export function rovingFocus(container: Element, options: RovingOptions): void {
  const itemOf = (target: EventTarget | null): Element | null => {
    if (!(target instanceof Element)) return null;
    const items = options.items();
    for (let node: Element | null = target; node && node !== container; node = node.parentElement) if (items.includes(node)) return node;
    return null;
  };
  container.addEventListener('keydown', (event) => {
    const keyEvent = event as KeyboardEvent;
    if (!ARROWS.has(keyEvent.key) || keyEvent.altKey || keyEvent.ctrlKey || keyEvent.metaKey) return;
    const from = itemOf(keyEvent.target);
    if (!from) return;
    const items = options.items();
    const to = keyEvent.key === 'Home' ? items[0] : keyEvent.key === 'End' ? items.at(-1) : options.next(from, keyEvent.key as ArrowKey);
    keyEvent.preventDefault();
    if (!to || to === from) return;
    makeCurrent(items, to);
    (to as HTMLElement).focus();
  });
  container.addEventListener('focusin', (event) => {
    const item = itemOf(event.target);
    if (!item) return;
    makeCurrent(options.items(), item);
    options.onFocus?.(item);
  });
}

/** The nearest item whose centre lies in the arrow's direction: for tiles laid out in two dimensions. */
export function nearestInDirection(from: Element, candidates: readonly Element[], key: ArrowKey): Element | null {
  const centre = (element: Element) => {
    const box = element.getBoundingClientRect();
    return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
  };
  const origin = centre(from);
  let best: Element | null = null;
  let bestScore = Infinity;
  for (const candidate of candidates) {
    if (candidate === from) continue;
    const point = centre(candidate);
    const dx = point.x - origin.x;
    const dy = point.y - origin.y;
    const along = key === 'ArrowRight' ? dx : key === 'ArrowLeft' ? -dx : key === 'ArrowDown' ? dy : -dy;
    const across = key === 'ArrowRight' || key === 'ArrowLeft' ? Math.abs(dy) : Math.abs(dx);
    if (along <= 1) continue;
    // Straight ahead beats off to the side.
    const score = along + 2 * across;
    if (score < bestScore) {
      bestScore = score;
      best = candidate;
    }
  }
  return best;
}
