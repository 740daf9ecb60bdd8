/**
 * Arrow keys on the flow chart: along a column (↑↓ across the page, ←→ when the chart is drawn top
 * to bottom) between its nodes, and across columns along the links: from a node to its first link
 * out or in, from a link on to the node at its other end. On a link, the along-column keys step
 * through the links that share the node the reader came from.
 */
import type { ArrowKey } from '../charts/rovingFocus';

type Step = 'previous' | 'next' | 'downstream' | 'upstream';

function stepOf(key: ArrowKey, vertical: boolean): Step {
  if (vertical) return key === 'ArrowLeft' ? 'previous' : key === 'ArrowRight' ? 'next' : key === 'ArrowDown' ? 'downstream' : 'upstream';
  return key === 'ArrowUp' ? 'previous' : key === 'ArrowDown' ? 'next' : key === 'ArrowRight' ? 'downstream' : 'upstream';
}

const byKey = (svg: SVGSVGElement, key: string | undefined) =>
  key ? svg.querySelector(`.flow-node[data-key="${CSS.escape(key)}"]`) : null;

/** Focusable parts of one drawing, nodes and links in column order. */
export function flowItems(svg: SVGSVGElement | null): Element[] {
  return svg ? [...svg.querySelectorAll('.flow-node, .flow-link')] : [];
}

export function makeFlowNavigator() {
  /** Which end of a focused link the reader arrived from, so ↑↓ step through that node's links. */
  let anchor: 'from' | 'to' = 'from';
  return (svg: SVGSVGElement, from: Element, key: ArrowKey): Element | null => {
    const step = stepOf(key, svg.classList.contains('flow-svg--vertical'));
    const data = (from as SVGElement).dataset;
    if (from.classList.contains('flow-node')) {
      if (step === 'previous' || step === 'next') {
        const column = [...(from.parentElement?.querySelectorAll('.flow-node') ?? [])];
        return column[column.indexOf(from) + (step === 'next' ? 1 : -1)] ?? null;
      }
      anchor = step === 'downstream' ? 'from' : 'to';
      return svg.querySelector(`.flow-link[data-${anchor}="${CSS.escape(data.key ?? '')}"]`);
    }
    if (step === 'downstream') return byKey(svg, data.to);
    if (step === 'upstream') return byKey(svg, data.from);
    const end = anchor === 'from' ? data.from : data.to;
    const siblings = [...svg.querySelectorAll(`.flow-link[data-${anchor}="${CSS.escape(end ?? '')}"]`)];
    return siblings[siblings.indexOf(from) + (step === 'next' ? 1 : -1)] ?? null;
  };
}
