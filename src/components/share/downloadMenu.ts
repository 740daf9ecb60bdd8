/**
 * The 下载 menu under each chart. Without JavaScript it is a disclosure with the CSV link; this
 * script adds the SVG and PNG items, which draw the chart as it is shown now (zoom level, flow
 * variant) into a standalone file, and closes the menu on Escape or a click elsewhere.
 */
import { legendItems, standaloneSvg, type Panel } from './standaloneSvg';
import { clientStrings } from '../../i18n/client';
import { at, defined } from '../../lib/checked';

interface ChartView {
  panels: Panel[];
  subtitle?: string;
  /** Undoes anything mounted only to be measured. */
  cleanup?: () => void;
}

const single = (svg: SVGSVGElement | null, legend: Iterable<Element>): Panel[] => {
  if (!svg) throw new Error('chart has no SVG drawing');
  return [{ svg, legend: legendItems(legend) }];
};

/** The drawing to export for each kind of chart: always the wide one, in its current state. */
function chartView(kind: string, chart: HTMLElement, menu: HTMLElement): ChartView {
  switch (kind) {
    case 'treemap-function':
    case 'treemap-unit': {
      const steps = [...chart.querySelectorAll('.tm-breadcrumbs ol:not([hidden]) li')].map((step) => step.textContent?.trim() ?? '');
      return {
        panels: single(chart.querySelector('.tm-layer:not([hidden]) svg.tm-wide'), chart.querySelectorAll('.tm-legend li')),
        subtitle: steps.length > 1 ? steps.join(' › ') : undefined,
      };
    }
    case 'flow':
      return { panels: single(chart.querySelector('[data-flow-canvas] svg'), chart.querySelectorAll('.flow-legend li')) };
    case 'branch-comparison':
      return {
        panels: [...chart.querySelectorAll('.panel')].map((panel) => ({
          heading: panel.querySelector('h3')?.textContent?.trim(),
          ...at(
            single(panel.querySelector('.chart svg'), panel.querySelectorAll('.theme-legend li')),
            0,
            "single(panel.querySelector('.chart svg'), panel.querySelecto",
          ),
        })),
      };
    case 'home-composition':
      return { panels: single(chart.querySelector('.chart-wide svg'), chart.querySelectorAll('.legend li')) };
    case 'branch-projects': {
      // The page draws these bars in HTML; the build left an SVG version in a template. It is
      // mounted off screen so that its colour tokens resolve to the page's colours.
      const template = menu.querySelector<HTMLTemplateElement>('template[data-download-svg]');
      const holder = document.createElement('div');
      holder.className = 'download-offscreen';
      holder.setAttribute('aria-hidden', 'true');
      holder.append(defined(template, 'download menu: its template').content.cloneNode(true));
      document.body.append(holder);
      return { panels: single(holder.querySelector('svg'), chart.querySelectorAll('.theme-legend li')), cleanup: () => holder.remove() };
    }
    default:
      throw new Error(`no drawing for chart kind "${kind}"`);
  }
}

/** The page's address with the chart's state (e.g. ?node=…), so a reader of the image can find it. */
function pageAddress(menu: HTMLElement): string {
  const url = new URL(defined(menu.dataset.pageUrl, 'download menu: its page address'));
  const params = new URLSearchParams(location.search);
  for (const name of (menu.dataset.stateParams ?? '').split(' ').filter(Boolean)) {
    const value = params.get(name);
    if (value) url.searchParams.set(name, value);
  }
  return decodeURI(url.href);
}

function save(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  // Not attached to the page: its click must not reach the "click elsewhere closes the menu" handler.
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

async function pngOf(svg: string, width: number, height: number, scale: number): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image(width, height);
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = width * scale;
    canvas.height = height * scale;
    defined(canvas.getContext('2d'), 'download menu: a canvas to draw the PNG on').drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('toBlob failed'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

async function download(menu: HTMLDetailsElement, format: string) {
  const chart = document.getElementById(defined(menu.dataset.target, 'download menu: the id of its chart'));
  if (!chart) throw new Error(`no chart #${menu.dataset.target}`);
  const view = chartView(defined(menu.dataset.kind, 'download menu: the kind of its chart'), chart, menu);
  try {
    const file = standaloneSvg(view.panels, {
      title: defined(menu.dataset.title, 'download menu: the chart title'),
      subtitle: view.subtitle,
      source: defined(menu.dataset.source, 'download menu: the chart source line'),
      url: pageAddress(menu),
    });
    const name = `${menu.dataset.slug}.${format}`;
    if (format === 'svg') save(new Blob([file.markup], { type: 'image/svg+xml' }), name);
    else save(await pngOf(file.markup, file.width, file.height, 2), name);
    return name;
  } finally {
    view.cleanup?.();
  }
}

function initMenu(menu: HTMLDetailsElement) {
  const summary = defined(menu.querySelector('summary'), 'download menu: its button (summary)');
  const status = defined(menu.querySelector<HTMLElement>('[data-download-status]'), 'download menu: its status line');
  for (const item of menu.querySelectorAll<HTMLElement>('[data-download-js]')) item.hidden = false;

  for (const button of menu.querySelectorAll<HTMLButtonElement>('button[data-download]')) {
    button.addEventListener('click', async () => {
      const t = clientStrings().embed;
      status.textContent = t.drawing;
      try {
        status.textContent = t.downloaded(await download(menu, defined(button.dataset.download, 'download menu: the format of a button')));
      } catch (error) {
        status.textContent = t.drawFailed;
        console.error(error);
      }
    });
  }
  menu.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || !menu.open) return;
    event.preventDefault();
    menu.open = false;
    summary.focus();
  });
  document.addEventListener('click', (event) => {
    if (menu.open && !menu.contains(event.target as Node)) menu.open = false;
  });
  menu.addEventListener('toggle', () => {
    if (!menu.open) status.textContent = '';
  });
}

export function initDownloadMenus() {
  for (const menu of document.querySelectorAll<HTMLDetailsElement>('details[data-download-menu]')) initMenu(menu);
}
