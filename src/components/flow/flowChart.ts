/**
 * Client behaviour of FlowChart.astro. No layout runs here: every variant is prerendered in two
 * drawings (across the page for wide containers, down it for narrow ones; CSS shows one), the
 * default inline and the others as static SVG files fetched on first use; so are the other levels
 * of detail's list and table and the details-panel text (one JSON file). This script swaps
 * variants, highlights a path on hover/focus/tap, fills the details panel, opens or closes groups,
 * moves the chart's one tab stop with the arrow keys, and keeps its state in the URL.
 * One instance per [data-flow-chart] element, so a chart can appear on several pages.
 */
import { loadOnce } from '../site/loadOnce';
import { rovingFocus, makeCurrent } from '../charts/rovingFocus';
import { tracePath, type TraceLink } from '../../lib/flow/path';
import { variantKey, type ChartState, type DetailKey } from '../../lib/flow/variantKey';
import { fetchDetailParts, fetchVariant } from './flowLoaders';
import { flowItems, makeFlowNavigator } from './flowKeyboard';
import { panelParts } from './flowPanel';
import type { PanelContent } from '../../lib/flow/details';
import { readUrlState, writeUrlState } from './flowUrlState';

const KEYED = '[data-key]';

function readJson<T>(root: HTMLElement, selector: string): T {
  return JSON.parse(root.querySelector(selector)?.textContent ?? '{}') as T;
}

function readTraceLinks(svg: SVGSVGElement | undefined): TraceLink[] {
  return [...(svg?.querySelectorAll<SVGElement>('.flow-link') ?? [])].map((path) => ({
    id: path.dataset.key!,
    source: path.dataset.from!,
    target: path.dataset.to!,
    funds: (path.dataset.funds ?? '').split(' ').filter(Boolean),
    step: path.dataset.step === '0' ? 0 : 1,
  }));
}

function initChart(root: HTMLElement): void {
  const canvas = root.querySelector<HTMLElement>('[data-flow-canvas]');
  const panel = root.querySelector<HTMLElement>('[data-flow-panel]');
  const panelBody = root.querySelector<HTMLElement>('[data-flow-panel-body]');
  const panelHint = root.querySelector<HTMLElement>('[data-flow-panel-hint]');
  const controls = root.querySelector<HTMLElement>('[data-flow-controls]');
  const openStatus = root.querySelector<HTMLElement>('[data-flow-open]');
  const openLabel = root.querySelector<HTMLElement>('[data-flow-open-label]');
  const allToggle = root.querySelector<HTMLInputElement>('[data-flow-all]');
  const announcer = root.querySelector<HTMLElement>('[data-flow-announce]');
  if (!canvas || !panel || !panelBody || !panelHint || !controls || !openStatus || !openLabel || !allToggle) return;

  let panelData: Record<string, PanelContent> = {};
  let panelLoading: Promise<void> | null = null;
  /** The panel text is fetched once, on the first hover or focus; until then the hint stays. */
  const loadPanelData = (): Promise<void> =>
    (panelLoading ??= fetch(root.dataset.panelUrl ?? '')
      .then((response) => (response.ok ? (response.json() as Promise<Record<string, PanelContent>>) : Promise.reject(new Error(`HTTP ${response.status}`))))
      .then((loaded) => {
        panelData = loaded;
      })
      .catch(() => {
        panelLoading = null;
      }));
  const groupLabels = readJson<Record<string, string>>(root, '[data-flow-group-labels]');
  /** Per level of detail: project node id → the group it is gathered into by default. */
  const groupOf = readJson<Record<string, Record<string, string>>>(root, '[data-flow-group-of]');
  const methodologyHref = root.dataset.methodology ?? '';
  const rendered = new Map<string, SVGSVGElement[]>();
  const initial = [...canvas.querySelectorAll<SVGSVGElement>(':scope > svg')];
  if (initial.length) rendered.set(root.dataset.defaultVariant!, initial);

  let state: ChartState = { detail: 'kuan', all: false, open: null };
  let svgs: SVGSVGElement[] = initial;
  let traceLinks: TraceLink[] = readTraceLinks(svgs[0]);
  let pinned: string | null = null;
  let lastShown: string | null = null;
  /** The drawing CSS shows at this width. */
  const visibleSvg = (): SVGSVGElement | undefined => svgs.find((svg) => svg.getClientRects().length > 0) ?? svgs[0];
  const inVisible = (key: string) => visibleSvg()?.querySelector<SVGElement>(`[data-key="${CSS.escape(key)}"]`) ?? null;
  const saveState = () => writeUrlState({ ...state, highlight: pinned });

  function announce(text: string): void {
    if (announcer) announcer.textContent = text;
  }

  function highlight(key: string | null): void {
    const trace = key ? tracePath(traceLinks, key) : null;
    for (const svg of svgs) {
      svg.classList.toggle('is-tracing', trace !== null);
      for (const item of svg.querySelectorAll<SVGElement>(KEYED)) {
        const itemKey = item.dataset.key!;
        item.classList.toggle('is-lit', trace !== null && (trace.links.has(itemKey) || trace.nodes.has(itemKey)));
      }
    }
  }

  function showPanel(key: string): void {
    const content = panelData[key];
    if (!content) return;
    lastShown = key;
    panelHint!.hidden = true;
    panelBody!.hidden = false;
    panelBody!.replaceChildren(...panelParts(content, methodologyHref, pinned === key ? () => focusKey(key) : null));
  }

  function focusKey(key: string): void {
    const item = inVisible(key);
    if (!item) return;
    makeCurrent(flowItems(visibleSvg() ?? null), item);
    item.focus({ preventScroll: true });
  }

  let wanted: string | null = null;
  function activate(key: string): void {
    highlight(key);
    wanted = key;
    if (panelData[key]) showPanel(key);
    else
      void loadPanelData().then(() => {
        // Only if the reader is still on it once the text has arrived.
        if (wanted === key) showPanel(key);
      });
  }

  function release(): void {
    if (pinned && inVisible(pinned)) activate(pinned);
    else highlight(null);
  }

  function pin(key: string | null): void {
    pinned = key;
    saveState();
    if (key) activate(key);
    else {
      highlight(null);
      // Redraw without the "回到图中" button that only a pinned panel has.
      if (lastShown) showPanel(lastShown);
    }
  }

  function syncDetailParts(): void {
    for (const part of root.querySelectorAll<HTMLElement>('[data-flow-detail-part]')) part.hidden = part.dataset.flowDetailPart !== state.detail;
    for (const group of root.querySelectorAll<HTMLDetailsElement>('[data-flow-detail-part] details[data-flow-step-group]')) group.open = state.all;
  }

  const hasDetail = (key: string) => root.querySelector(`[data-flow-detail-part="${CSS.escape(key)}"]`) !== null;
  const loadDetail = loadOnce(hasDetail, (key) => fetchDetailParts(root, root.dataset.detailsUrl ?? '', key));

  async function loadVariant(key: string): Promise<SVGSVGElement[] | null> {
    const cached = rendered.get(key);
    if (cached) return cached;
    canvas!.setAttribute('aria-busy', 'true');
    const pair = await fetchVariant(root.dataset.variantsUrl ?? '', key);
    canvas!.removeAttribute('aria-busy');
    if (pair) rendered.set(key, pair);
    return pair;
  }

  let renderCount = 0;
  async function render(focus: string | null = null): Promise<boolean> {
    const key = variantKey(state);
    const ticket = ++renderCount;
    // Lists and tables follow the controls at once when they are here; the chart may need to load.
    if (hasDetail(state.detail)) syncDetailParts();
    const [detailLoaded, next] = await Promise.all([loadDetail(state.detail), loadVariant(key)]);
    // A later click won the race: its render will show the right variant.
    if (ticket !== renderCount) return false;
    if (detailLoaded) syncDetailParts();
    if (!next || !detailLoaded) {
      announce('图表没能载入，请稍后再试；下方数据表包含全部数字。');
      return false;
    }
    canvas!.replaceChildren(...next);
    svgs = next;
    traceLinks = readTraceLinks(svgs[0]);
    for (const group of canvas!.querySelectorAll<SVGElement>('[data-group]')) group.setAttribute('aria-expanded', 'false');
    openStatus!.hidden = state.open === null || state.all;
    openLabel!.textContent = state.open ? `已展开：${groupLabels[state.open] ?? ''}` : '';
    if (pinned && !inVisible(pinned)) pinned = null;
    saveState();
    release();
    if (focus) focusKey(focus);
    return true;
  }

  async function openGroup(groupId: string): Promise<void> {
    state = { ...state, open: groupId };
    if (!(await render())) return;
    announce(`已展开${groupLabels[groupId] ?? ''}`);
    // Focus moves to the first project of the opened group, where the group node was.
    const first = visibleSvg()?.querySelector<SVGElement>('.flow-node.is-member');
    if (first) focusKey(first.dataset.key!);
  }

  async function closeGroup(): Promise<void> {
    const groupId = state.open;
    if (!groupId) return;
    state = { ...state, open: null };
    if (await render(groupId)) announce(`已收起${groupLabels[groupId] ?? ''}`);
  }

  const keyOf = (target: EventTarget | null): string | null => (target instanceof Element ? (target.closest<SVGElement>(KEYED)?.dataset.key ?? null) : null);
  const buttonOf = (target: EventTarget | null) => (target instanceof Element ? target.closest<SVGElement>('[role="button"]') : null);

  function choose(item: SVGElement): void {
    const groupId = item.dataset.group;
    if (groupId) void openGroup(groupId);
    else pin(pinned === item.dataset.key ? null : item.dataset.key!);
  }

  root.addEventListener('pointerover', () => void loadPanelData(), { once: true });
  root.addEventListener('focusin', () => void loadPanelData(), { once: true });
  canvas.addEventListener('pointerover', (event) => {
    const key = keyOf(event.target);
    if (key && event.pointerType === 'mouse') activate(key);
  });
  canvas.addEventListener('pointerleave', () => release());
  canvas.addEventListener('focusin', (event) => {
    const key = keyOf(event.target);
    if (key) activate(key);
  });
  canvas.addEventListener('focusout', (event) => {
    if (!canvas.contains(event.relatedTarget as Node | null)) release();
  });
  canvas.addEventListener('click', (event) => {
    const item = buttonOf(event.target);
    if (item) choose(item);
  });
  canvas.addEventListener('keydown', (event) => {
    const item = buttonOf(event.target);
    if (item && (event.key === 'Enter' || event.key === ' ')) {
      event.preventDefault();
      choose(item);
    } else if (event.key === 'Escape') {
      // Release the pin first, then close the opened group.
      if (pinned) pin(null);
      else if (state.open) void closeGroup();
    }
  });
  panel.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && lastShown) focusKey(lastShown);
  });
  const navigate = makeFlowNavigator();
  rovingFocus(canvas, {
    items: () => flowItems(visibleSvg() ?? null),
    next: (from, key) => navigate(visibleSvg()!, from, key),
    onFocus: (item) => announce(item.getAttribute('aria-label') ?? ''),
  });

  for (const radio of controls.querySelectorAll<HTMLInputElement>('[data-flow-detail]')) {
    radio.addEventListener('change', () => {
      if (!radio.checked) return;
      state = { detail: radio.value as DetailKey, all: state.all, open: null };
      void render();
      announce(`节能环保支出已细分到${radio.parentElement?.textContent?.trim() ?? ''}`);
    });
  }
  allToggle.addEventListener('change', () => {
    state = { ...state, all: allToggle.checked, open: null };
    void render();
    announce(allToggle.checked ? '已显示全部项目' : '小项目已按科目合并');
  });
  root.querySelector('[data-flow-collapse]')?.addEventListener('click', () => void closeGroup());

  controls.hidden = false;
  panel.hidden = false;
  root.querySelector<HTMLElement>('[data-flow-keys]')?.removeAttribute('hidden');

  /** Starts from the address (?detail=…&all=…&open=…&highlight=…), opening the group a highlighted project is in. */
  async function restore(): Promise<void> {
    const wantedState = readUrlState();
    const groupOfHighlight = wantedState.highlight ? groupOf[wantedState.detail]?.[wantedState.highlight] : undefined;
    const open = wantedState.all ? null : (groupOfHighlight ?? (wantedState.open && groupLabels[wantedState.open] ? wantedState.open : null));
    state = { detail: wantedState.detail, all: wantedState.all, open };
    for (const radio of controls!.querySelectorAll<HTMLInputElement>('[data-flow-detail]')) radio.checked = radio.value === state.detail;
    allToggle!.checked = state.all;
    if (variantKey(state) !== root.dataset.defaultVariant && !(await render())) return;
    if (!wantedState.highlight || !inVisible(wantedState.highlight)) return saveState();
    pin(wantedState.highlight);
    makeCurrent(flowItems(visibleSvg() ?? null), inVisible(wantedState.highlight)!);
    inVisible(wantedState.highlight)!.scrollIntoView({ block: 'center' });
    await loadPanelData();
    if (pinned) showPanel(pinned);
  }
  void restore();
}

export function initFlowCharts(): void {
  for (const root of document.querySelectorAll<HTMLElement>('[data-flow-chart]')) initChart(root);
}
