/**
 * The flow chart's details panel (panel): its text is one JSON file, fetched once on the first
 * hover or focus; until then the hint stays. Browser only.
 */
import type { PanelContent } from '../../lib/flow/details';
import { panelParts } from './flowPanel';

export interface FlowPanel {
  /** Fetches the panel text once; a failed fetch is tried again on the next call. */
  load: () => Promise<void>;
  has: (key: string) => boolean;
  /** Shows a node's or link's text; `back` (when pinned) returns focus to it in the chart. */
  show: (key: string, back: (() => void) | null) => void;
  /** The key shown last, if any. */
  shown: () => string | null;
}

export function makeFlowPanel(root: HTMLElement, body: HTMLElement, hint: HTMLElement): FlowPanel {
  let texts: Record<string, PanelContent> = {};
  let loading: Promise<void> | null = null;
  let lastShown: string | null = null;
  const methodologyHref = root.dataset.methodology ?? '';
  return {
    load: () =>
      (loading ??= fetch(root.dataset.panelUrl ?? '')
        .then((response) =>
          response.ok ? (response.json() as Promise<Record<string, PanelContent>>) : Promise.reject(new Error(`HTTP ${response.status}`)),
        )
        .then((loaded) => {
          texts = loaded;
        })
        .catch(() => {
          loading = null;
        })),
    has: (key) => Boolean(texts[key]),
    show(key, back) {
      const content = texts[key];
      if (!content) return;
      lastShown = key;
      hint.hidden = true;
      body.hidden = false;
      body.replaceChildren(...panelParts(content, methodologyHref, back));
    },
    shown: () => lastShown,
  };
}
