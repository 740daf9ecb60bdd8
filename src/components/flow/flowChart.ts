/**
 * Client behaviour of FlowChart.astro. No layout runs here: every variant is prerendered, the
 * default inline and the others as static SVG files fetched on first use; so are the other levels
 * of detail's list and table (a page each) and the details-panel text (one JSON file). This script
 * swaps variants, highlights a path on hover/focus, fills the details panel, and opens or closes
 * groups. One instance per [data-flow-chart] element, so a chart can appear on several pages.
 */
import { loadOnce } from '../site/loadOnce';
import { tracePath, type TraceLink } from '../../lib/flow/path';
import { variantKey, variantSlug, type ChartState, type DetailKey } from '../../lib/flow/variantKey';

interface PanelContent {
  title: string;
  rows: [string, string][];
  basis?: { label: string; text: string; derived: boolean };
  notes: string[];
  href?: string;
}

const KEYED = '[data-key]';

function readJson<T>(root: HTMLElement, selector: string): T {
  return JSON.parse(root.querySelector(selector)?.textContent ?? '{}') as T;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
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
  const methodologyHref = root.dataset.methodology ?? '';
  const variantsUrl = root.dataset.variantsUrl ?? '';
  const detailsUrl = root.dataset.detailsUrl ?? '';
  const rendered = new Map<string, SVGSVGElement>();
  const initial = canvas.querySelector<SVGSVGElement>('svg');
  if (initial) rendered.set(root.dataset.defaultVariant!, initial);

  let state: ChartState = { detail: 'kuan', all: false, open: null };
  let svg: SVGSVGElement | null = initial;
  let traceLinks: TraceLink[] = [];
  let pinned: string | null = null;
  let lastShown: string | null = null;

  function readTraceLinks(): void {
    traceLinks = [...(svg?.querySelectorAll<SVGElement>('.flow-link') ?? [])].map((path) => ({
      id: path.dataset.key!,
      source: path.dataset.from!,
      target: path.dataset.to!,
      funds: (path.dataset.funds ?? '').split(' ').filter(Boolean),
      step: path.dataset.step === '0' ? 0 : 1,
    }));
  }

  function highlight(key: string | null): void {
    if (!svg) return;
    const trace = key ? tracePath(traceLinks, key) : null;
    svg.classList.toggle('is-tracing', trace !== null);
    for (const item of svg.querySelectorAll<SVGElement>(KEYED)) {
      const itemKey = item.dataset.key!;
      item.classList.toggle('is-lit', trace !== null && (trace.links.has(itemKey) || trace.nodes.has(itemKey)));
    }
  }

  function showPanel(key: string): void {
    const content = panelData[key];
    if (!content) return;
    lastShown = key;
    panelHint!.hidden = true;
    panelBody!.hidden = false;
    const parts: Node[] = [element('p', content.title, 'panel-title')];
    const list = element('dl');
    for (const [label, value] of content.rows) {
      const row = element('div');
      row.append(element('dt', label), element('dd', value));
      list.append(row);
    }
    parts.push(list);
    if (content.basis) {
      const basis = element('p', undefined, 'panel-basis');
      basis.append(element('span', content.basis.label, 'panel-tag'), content.basis.text);
      if (content.basis.derived) {
        const link = element('a', '推断方法');
        link.href = methodologyHref;
        basis.append(' ', link);
      }
      parts.push(basis);
    }
    if (content.notes.length) {
      const notes = element('ul', undefined, 'panel-notes');
      for (const note of content.notes) notes.append(element('li', note));
      parts.push(notes);
    }
    const actions = element('p', undefined, 'panel-actions');
    if (content.href) {
      const link = element('a', '查看项目详情');
      link.href = content.href;
      actions.append(link);
    }
    if (pinned === key) {
      const back = element('button', '回到图中');
      back.type = 'button';
      back.addEventListener('click', () => focusKey(key));
      actions.append(back);
    }
    if (actions.childNodes.length) parts.push(actions);
    panelBody!.replaceChildren(...parts);
  }

  function focusKey(key: string): void {
    svg?.querySelector<SVGElement>(`[data-key="${CSS.escape(key)}"]`)?.focus();
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
    if (pinned && svg?.querySelector(`[data-key="${CSS.escape(pinned)}"]`)) activate(pinned);
    else highlight(null);
  }

  function syncDetailParts(): void {
    for (const part of root.querySelectorAll<HTMLElement>('[data-flow-detail-part]')) part.hidden = part.dataset.flowDetailPart !== state.detail;
    for (const group of root.querySelectorAll<HTMLDetailsElement>('[data-flow-detail-part] details[data-flow-step-group]')) group.open = state.all;
  }

  const hasDetail = (key: string) => root.querySelector(`[data-flow-detail-part="${CSS.escape(key)}"]`) !== null;

  /** Brings another level of detail's stepped list and table in from its page, next to the default ones. */
  async function fetchDetail(key: string): Promise<boolean> {
    const response = await fetch(`${detailsUrl}${encodeURIComponent(key)}/`);
    if (!response.ok) return false;
    const page = new DOMParser().parseFromString(await response.text(), 'text/html');
    const steps = page.querySelector(`[data-flow-detail-page] > [data-flow-detail-part="${CSS.escape(key)}"]`);
    const table = page.querySelector(`[data-flow-detail-page] > .flow-table[data-flow-detail-part="${CSS.escape(key)}"]`);
    const stepsAnchor = [...root.querySelectorAll('.flow-narrow > [data-flow-detail-part]')].at(-1);
    const tableAnchor = [...root.querySelectorAll('.flow-table[data-flow-detail-part]')].at(-1);
    if (!steps || !table || !stepsAnchor || !tableAnchor) return false;
    if (hasDetail(key)) return true;
    const stepsCopy = document.importNode(steps, true) as HTMLElement;
    const tableCopy = document.importNode(table, true) as HTMLElement;
    tableCopy.id = `${root.id}-table-${key}`;
    stepsCopy.hidden = true;
    tableCopy.hidden = true;
    stepsAnchor.after(stepsCopy);
    tableAnchor.after(tableCopy);
    return true;
  }

  const loadDetail = loadOnce(hasDetail, fetchDetail);

  async function loadVariant(key: string): Promise<SVGSVGElement | null> {
    const cached = rendered.get(key);
    if (cached) return cached;
    canvas!.setAttribute('aria-busy', 'true');
    try {
      const response = await fetch(`${variantsUrl}${variantSlug(key)}.svg`);
      if (!response.ok) return null;
      const parsed = new DOMParser().parseFromString(await response.text(), 'image/svg+xml').documentElement;
      if (parsed.localName !== 'svg') return null;
      const svgElement = document.importNode(parsed, true) as unknown as SVGSVGElement;
      rendered.set(key, svgElement);
      return svgElement;
    } catch {
      return null;
    } finally {
      canvas!.removeAttribute('aria-busy');
    }
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
    canvas!.replaceChildren(next);
    svg = next;
    readTraceLinks();
    for (const group of svg.querySelectorAll<SVGElement>('[data-group]')) group.setAttribute('aria-expanded', 'false');
    openStatus!.hidden = state.open === null || state.all;
    openLabel!.textContent = state.open ? `已展开：${groupLabels[state.open] ?? ''}` : '';
    if (pinned && !svg.querySelector(`[data-key="${CSS.escape(pinned)}"]`)) pinned = null;
    release();
    if (focus) focusKey(focus);
    return true;
  }

  function announce(text: string): void {
    if (announcer) announcer.textContent = text;
  }

  async function openGroup(groupId: string): Promise<void> {
    state = { ...state, open: groupId };
    if (!(await render())) return;
    announce(`已展开${groupLabels[groupId] ?? ''}`);
    // Focus moves to the first project of the opened group, where the group node was.
    svg?.querySelector<SVGElement>('.flow-node.is-member')?.focus();
  }

  async function closeGroup(): Promise<void> {
    const groupId = state.open;
    if (!groupId) return;
    state = { ...state, open: null };
    if (await render(groupId)) announce(`已收起${groupLabels[groupId] ?? ''}`);
  }

  function keyOf(target: EventTarget | null): string | null {
    const item = target instanceof Element ? target.closest<SVGElement>(KEYED) : null;
    return item?.dataset.key ?? null;
  }

  function choose(item: SVGElement, fromKeyboard: boolean): void {
    const groupId = item.dataset.group;
    if (groupId) {
      void openGroup(groupId);
      return;
    }
    const key = item.dataset.key!;
    pinned = pinned === key ? null : key;
    activate(key);
    if (fromKeyboard && pinned) panel!.focus({ preventScroll: false });
  }

  root.addEventListener('pointerover', () => void loadPanelData(), { once: true });
  root.addEventListener('focusin', () => void loadPanelData(), { once: true });
  canvas.addEventListener('pointerover', (event) => {
    const key = keyOf(event.target);
    if (key) activate(key);
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
    const item = event.target instanceof Element ? event.target.closest<SVGElement>('[role="button"]') : null;
    if (item) choose(item, false);
  });
  canvas.addEventListener('keydown', (event) => {
    const item = event.target instanceof Element ? event.target.closest<SVGElement>('[role="button"]') : null;
    if (item && (event.key === 'Enter' || event.key === ' ')) {
      event.preventDefault();
      choose(item, true);
    } else if (event.key === 'Escape') {
      if (state.open) void closeGroup();
      else {
        pinned = null;
        highlight(null);
      }
    }
  });
  panel.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && lastShown) focusKey(lastShown);
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

  readTraceLinks();
  controls.hidden = false;
  panel.hidden = false;
  // The browser may restore form state on back navigation: start from what the controls say.
  const checked = controls.querySelector<HTMLInputElement>('[data-flow-detail]:checked');
  if (checked?.value !== 'kuan' || allToggle.checked) {
    state = { detail: (checked?.value as DetailKey | undefined) ?? 'kuan', all: allToggle.checked, open: null };
    void render();
  }
}

export function initFlowCharts(): void {
  for (const root of document.querySelectorAll<HTMLElement>('[data-flow-chart]')) initChart(root);
}
