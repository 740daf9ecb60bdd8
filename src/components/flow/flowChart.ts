/**
 * Client behaviour of FlowChart.astro. No layout runs here: every variant is prerendered in two
 * drawings (across the page for wide containers, down it for narrow ones; CSS shows one), the
 * default inline and the others as static SVG files fetched on first use; so are the other levels
 * of detail's list and table and the details-panel text (one JSON file). This script swaps
 * variants, highlights a path on hover/focus/tap, fills the details panel, opens or closes groups,
 * moves the chart's one tab stop with the arrow keys, and keeps its state in the URL.
 * One instance per [data-flow-chart] element, so a chart can appear on several pages.
 * The pieces: the drawings (flowDrawings.ts), the panel (flowPanelText.ts), the chart's state and
 * what changes it (makeController), and the events that call it (listen, listenToControls).
 */
import { clientStrings } from '../../i18n/client';
import { loadOnce } from '../site/fragments';
import { rovingFocus, makeCurrent } from '../charts/rovingFocus';
import { variantKey, type ChartState, type DetailKey } from '../../lib/flow/variantKey';
import { fetchDetailParts } from './flowLoaders';
import { flowItems, makeFlowNavigator } from './flowKeyboard';
import { KEYED, makeFlowDrawings, type FlowDrawings } from './flowDrawings';
import { makeFlowPanel, type FlowPanel } from './flowPanelText';
import { readUrlState, writeUrlState } from './flowUrlState';

function readJson<T>(root: HTMLElement, selector: string): T {
  return JSON.parse(root.querySelector(selector)?.textContent ?? '{}') as T;
}

type Controller = ReturnType<typeof makeController>;

/**
 * The chart's state (level of detail, all projects or grouped, the opened group, the pinned
 * item) and the actions that change it, each keeping drawings, panel and address in step.
 * Longer than 80 lines on purpose: one closure over the state, because the actions call one
 * another (render → release → activate, restore → pin); each action itself is short.
 */
function makeController(
  root: HTMLElement,
  drawings: FlowDrawings,
  panel: FlowPanel,
  openStatus: HTMLElement,
  openLabel: HTMLElement,
  controls: HTMLElement,
  allToggle: HTMLInputElement,
) {
  const announcer = root.querySelector<HTMLElement>('[data-flow-announce]');
  const groupLabels = readJson<Record<string, string>>(root, '[data-flow-group-labels]');
  let state: ChartState = { detail: 'kuan', all: false, open: null };
  let pinned: string | null = null;
  let wanted: string | null = null;
  let renderCount = 0;
  const saveState = () => writeUrlState({ ...state, highlight: pinned });
  const announce = (text: string) => {
    if (announcer) announcer.textContent = text;
  };
  const showPanel = (key: string) => panel.show(key, pinned === key ? () => focusKey(key) : null);

  function focusKey(key: string): void {
    const item = drawings.find(key);
    if (!item) return;
    makeCurrent(flowItems(drawings.visible() ?? null), item);
    item.focus({ preventScroll: true });
  }

  function activate(key: string): void {
    drawings.highlight(key);
    wanted = key;
    if (panel.has(key)) showPanel(key);
    // Only if the reader is still on it once the text has arrived.
    else void panel.load().then(() => wanted === key && showPanel(key));
  }

  function release(): void {
    if (pinned && drawings.find(pinned)) activate(pinned);
    else drawings.highlight(null);
  }

  function pin(key: string | null): void {
    pinned = key;
    saveState();
    if (key) activate(key);
    else {
      drawings.highlight(null);
      // Redraw without the "回到图中" button that only a pinned panel has.
      const shown = panel.shown();
      if (shown) showPanel(shown);
    }
  }

  function syncDetailParts(): void {
    for (const part of root.querySelectorAll<HTMLElement>('[data-flow-detail-part]'))
      part.hidden = part.dataset.flowDetailPart !== state.detail;
    for (const group of root.querySelectorAll<HTMLDetailsElement>('[data-flow-detail-part] details[data-flow-step-group]'))
      group.open = state.all;
  }

  const hasDetail = (key: string) => root.querySelector(`[data-flow-detail-part="${CSS.escape(key)}"]`) !== null;
  const loadDetail = loadOnce(hasDetail, (key) => fetchDetailParts(root, root.dataset.detailsUrl ?? '', key));

  async function render(focus: string | null = null): Promise<boolean> {
    const ticket = ++renderCount;
    // Lists and tables follow the controls at once when they are here; the chart may need to load.
    if (hasDetail(state.detail)) syncDetailParts();
    const [detailLoaded, next] = await Promise.all([loadDetail(state.detail), drawings.load(variantKey(state))]);
    // A later click won the race: its render will show the right variant.
    if (ticket !== renderCount) return false;
    if (detailLoaded) syncDetailParts();
    if (!next || !detailLoaded) {
      announce(clientStrings().flow.loadFailed);
      return false;
    }
    drawings.show(next);
    openStatus.hidden = state.open === null || state.all;
    openLabel.textContent = state.open ? clientStrings().flow.opened(groupLabels[state.open] ?? '') : '';
    if (pinned && !drawings.find(pinned)) pinned = null;
    saveState();
    release();
    if (focus) focusKey(focus);
    return true;
  }

  async function openGroup(groupId: string): Promise<void> {
    state = { ...state, open: groupId };
    if (!(await render())) return;
    announce(clientStrings().flow.expanded(groupLabels[groupId] ?? ''));
    // Focus moves to the first project of the opened group, where the group node was.
    const first = drawings.visible()?.querySelector<SVGElement>('.flow-node.is-member');
    const key = first?.dataset.key;
    if (key) focusKey(key);
  }

  async function closeGroup(): Promise<void> {
    const groupId = state.open;
    if (!groupId) return;
    state = { ...state, open: null };
    if (await render(groupId)) announce(clientStrings().flow.collapsed(groupLabels[groupId] ?? ''));
  }

  return {
    announce,
    activate,
    release,
    focusKey,
    closeGroup,
    /** A tap, click, Enter or Space on a node or link: open its group, or pin or unpin it. */
    choose(item: SVGElement): void {
      const { group: groupId, key } = item.dataset;
      if (groupId) void openGroup(groupId);
      else if (key) pin(pinned === key ? null : key);
    },
    /** Escape releases the pin first, then closes the opened group. */
    escape(): void {
      if (pinned) pin(null);
      else if (state.open) void closeGroup();
    },
    /** Changes level of detail or grouping (the opened group closes) and redraws. */
    change(next: Partial<ChartState>): void {
      state = { ...state, ...next, open: null };
      void render();
    },
    /** Starts from the address (?detail=…&all=…&open=…&highlight=…), opening the group a highlighted project is in. */
    async restore(): Promise<void> {
      const fromUrl = readUrlState();
      const groupOf = readJson<Record<string, Record<string, string>>>(root, '[data-flow-group-of]');
      const groupOfHighlight = fromUrl.highlight ? groupOf[fromUrl.detail]?.[fromUrl.highlight] : undefined;
      const open = fromUrl.all ? null : (groupOfHighlight ?? (fromUrl.open && groupLabels[fromUrl.open] ? fromUrl.open : null));
      state = { detail: fromUrl.detail, all: fromUrl.all, open };
      for (const radio of controls.querySelectorAll<HTMLInputElement>('[data-flow-detail]')) radio.checked = radio.value === state.detail;
      allToggle.checked = state.all;
      if (variantKey(state) !== root.dataset.defaultVariant && !(await render())) return;
      const item = fromUrl.highlight ? drawings.find(fromUrl.highlight) : null;
      if (!item) return saveState();
      pin(fromUrl.highlight);
      makeCurrent(flowItems(drawings.visible() ?? null), item);
      item.scrollIntoView({ block: 'center' });
      await panel.load();
      if (pinned) showPanel(pinned);
    },
  };
}

/** Behaviour: pointer, focus and keys on the chart and its panel. */
function listen(
  root: HTMLElement,
  canvas: HTMLElement,
  panelElement: HTMLElement,
  drawings: FlowDrawings,
  panel: FlowPanel,
  chart: Controller,
): void {
  const keyOf = (target: EventTarget | null): string | null =>
    target instanceof Element ? (target.closest<SVGElement>(KEYED)?.dataset.key ?? null) : null;
  const buttonOf = (target: EventTarget | null) => (target instanceof Element ? target.closest<SVGElement>('[role="button"]') : null);

  root.addEventListener('pointerover', () => void panel.load(), { once: true });
  root.addEventListener('focusin', () => void panel.load(), { once: true });
  canvas.addEventListener('pointerover', (event) => {
    const key = keyOf(event.target);
    if (key && event.pointerType === 'mouse') chart.activate(key);
  });
  canvas.addEventListener('pointerleave', () => chart.release());
  canvas.addEventListener('focusin', (event) => {
    const key = keyOf(event.target);
    if (key) chart.activate(key);
  });
  canvas.addEventListener('focusout', (event) => {
    if (!canvas.contains(event.relatedTarget as Node | null)) chart.release();
  });
  canvas.addEventListener('click', (event) => {
    const item = buttonOf(event.target);
    if (item) chart.choose(item);
  });
  canvas.addEventListener('keydown', (event) => {
    const item = buttonOf(event.target);
    if (item && (event.key === 'Enter' || event.key === ' ')) {
      event.preventDefault();
      chart.choose(item);
    } else if (event.key === 'Escape') chart.escape();
  });
  panelElement.addEventListener('keydown', (event) => {
    const shown = panel.shown();
    if (event.key === 'Escape' && shown) chart.focusKey(shown);
  });
  const navigate = makeFlowNavigator();
  rovingFocus(canvas, {
    items: () => flowItems(drawings.visible() ?? null),
    next: (from, key) => {
      const svg = drawings.visible();
      return svg ? navigate(svg, from, key) : null;
    },
    onFocus: (item) => chart.announce(item.getAttribute('aria-label') ?? ''),
  });
}

/** Behaviour: the level-of-detail radios, the all-projects switch and the collapse button. */
function listenToControls(root: HTMLElement, controls: HTMLElement, allToggle: HTMLInputElement, chart: Controller): void {
  for (const radio of controls.querySelectorAll<HTMLInputElement>('[data-flow-detail]')) {
    radio.addEventListener('change', () => {
      if (!radio.checked) return;
      chart.change({ detail: radio.value as DetailKey });
      chart.announce(clientStrings().flow.detail(radio.parentElement?.textContent?.trim() ?? ''));
    });
  }
  allToggle.addEventListener('change', () => {
    chart.change({ all: allToggle.checked });
    chart.announce(allToggle.checked ? clientStrings().flow.all : clientStrings().flow.grouped);
  });
  root.querySelector('[data-flow-collapse]')?.addEventListener('click', () => void chart.closeGroup());
}

function initChart(root: HTMLElement): void {
  const $ = <T extends HTMLElement>(selector: string) => root.querySelector<T>(selector);
  const [canvas, panel, panelBody, panelHint, controls, openStatus, openLabel] = [
    'canvas',
    'panel',
    'panel-body',
    'panel-hint',
    'controls',
    'open',
    'open-label',
  ].map((name) => $(`[data-flow-${name}]`));
  const allToggle = $<HTMLInputElement>('[data-flow-all]');
  if (!canvas || !panel || !panelBody || !panelHint || !controls || !openStatus || !openLabel || !allToggle) return;
  const drawings = makeFlowDrawings(root, canvas);
  const panelText = makeFlowPanel(root, panelBody, panelHint);
  const chart = makeController(root, drawings, panelText, openStatus, openLabel, controls, allToggle);
  listen(root, canvas, panel, drawings, panelText, chart);
  listenToControls(root, controls, allToggle, chart);
  controls.hidden = false;
  panel.hidden = false;
  $('[data-flow-keys]')?.removeAttribute('hidden');
  void chart.restore();
}

export function initFlowCharts(): void {
  for (const root of document.querySelectorAll<HTMLElement>('[data-flow-chart]')) initChart(root);
}
