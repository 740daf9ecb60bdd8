/**
 * The flow chart's drawings (state): the variant on screen as its two prerendered drawings,
 * those fetched so far, and the path highlighted in them. Browser only.
 */
import { tracePath, type TraceLink } from '../../lib/flow/path';
import { fetchVariant } from './flowLoaders';

/** A node or link of a drawing. */
export const KEYED = '[data-key]';

function readTraceLinks(svg: SVGSVGElement | undefined): TraceLink[] {
  // Every drawn link names itself and its two ends (renderFlowSvg.ts); one that did not could not be traced.
  return [...(svg?.querySelectorAll<SVGElement>('.flow-link') ?? [])].flatMap((path): TraceLink[] => {
    const { key, from, to, funds = '', step } = path.dataset;
    if (!key || !from || !to) return [];
    return [{ id: key, source: from, target: to, funds: funds.split(' ').filter(Boolean), step: step === '0' ? 0 : 1 }];
  });
}

export interface FlowDrawings {
  /** The drawing CSS shows at this width. */
  visible: () => SVGSVGElement | undefined;
  /** The node or link with this key in the visible drawing. */
  find: (key: string) => SVGElement | null;
  /** A variant's drawings, fetched on first use; null when they did not load. */
  load: (key: string) => Promise<SVGSVGElement[] | null>;
  /** Puts a variant's drawings on the canvas. */
  show: (drawings: SVGSVGElement[]) => void;
  /** Lights the path through a node or link (null: none). */
  highlight: (key: string | null) => void;
}

export function makeFlowDrawings(root: HTMLElement, canvas: HTMLElement): FlowDrawings {
  const rendered = new Map<string, SVGSVGElement[]>();
  let svgs = [...canvas.querySelectorAll<SVGSVGElement>(':scope > svg')];
  const defaultVariant = root.dataset.defaultVariant;
  if (svgs.length && defaultVariant) rendered.set(defaultVariant, svgs);
  let traceLinks = readTraceLinks(svgs[0]);
  const visible = () => svgs.find((svg) => svg.getClientRects().length > 0) ?? svgs[0];

  return {
    visible,
    find: (key) => visible()?.querySelector<SVGElement>(`[data-key="${CSS.escape(key)}"]`) ?? null,
    async load(key) {
      const cached = rendered.get(key);
      if (cached) return cached;
      canvas.setAttribute('aria-busy', 'true');
      const pair = await fetchVariant(root.dataset.variantsUrl ?? '', key);
      canvas.removeAttribute('aria-busy');
      if (pair) rendered.set(key, pair);
      return pair;
    },
    show(drawings) {
      canvas.replaceChildren(...drawings);
      svgs = drawings;
      traceLinks = readTraceLinks(svgs[0]);
      for (const group of canvas.querySelectorAll<SVGElement>('[data-group]')) group.setAttribute('aria-expanded', 'false');
    },
    highlight(key) {
      const trace = key ? tracePath(traceLinks, key) : null;
      for (const svg of svgs) {
        svg.classList.toggle('is-tracing', trace !== null);
        for (const item of svg.querySelectorAll<SVGElement>(KEYED)) {
          const itemKey = item.dataset.key ?? '';
          item.classList.toggle('is-lit', trace !== null && (trace.links.has(itemKey) || trace.nodes.has(itemKey)));
        }
      }
    },
  };
}
