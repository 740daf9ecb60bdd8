import { UNSPLIT_FUNCTION, functionSwatch } from '../../lib/palette';
/**
 * The image of every embeddable chart (its default view) and of each 款 level of the treemap,
 * drawn at build time from the SVG the chart's own component prerenders: the component is rendered
 * with Astro's container API, its drawing taken out and framed with title, colour key, source line
 * and address (src/lib/images/chartFrame.ts), then drawn to PNG with the bundled font.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parseHTML } from 'linkedom';
import { getBudget } from '../../lib/budget';
import { embedCharts, type EmbedChart } from '../../lib/embed/charts';
import { ASTRO_LOCALES, LANGS, localePath, type Lang } from '../../i18n/lang';
import { ui } from '../../i18n/ui';
import { siteRoot } from '../../lib/embed/siteRoot';
import { chartCss, FLOW_SWATCHES } from '../../lib/images/chartCss';
import { framedChartSvg, type FramedImage, type ImageLegendItem, type ImagePanel } from '../../lib/images/chartFrame';
import { chartImagePath, CHART_IMAGE_SCALE, levelImagePath } from '../../lib/images/chartImagePaths';
import { svgToPng } from '../../lib/images/png';
import { levelSummary } from '../../lib/treemap/describe';
import type { TreemapNode } from '../../lib/treemap/types';
import { escapeXml } from '../flow/renderFlowSvg';
import EmbedChartBody from '../embed/EmbedChartBody.astro';
import TreemapLevel from '../treemap/TreemapLevel.astro';
import { branchProjectsSvg } from './branchProjectsSvg';
import { treemapSetup } from '../treemap/treemapSetup';
import { defined } from '../../lib/checked';

export interface ChartImage {
  chart: EmbedChart;
  /** A treemap 款 level; none for the chart's default view. */
  level?: TreemapNode;
  /** Site-absolute path of the PNG, without the base. */
  path: string;
  title: string;
  subtitle?: string;
  /** The text alternative for the <img>: what the chart shows, from the data. */
  alt: string;
  /** The full page that shows this view, absolute. */
  pageUrl: string;
}

const treemapViewOf = (chart: EmbedChart) =>
  chart.kind === 'treemap-function' ? 'function' : chart.kind === 'treemap-unit' ? 'unit' : null;

/** Every chart image the build makes in one language, in the order of the charts. */
export function chartImages(lang: Lang = 'zh'): ChartImage[] {
  const root = siteRoot();
  const t = ui(lang).embed;
  return embedCharts(getBudget(), lang).flatMap((chart) => {
    const pageUrl = new URL(chart.fullPath.slice(1), root).href;
    const images: ChartImage[] = [
      {
        chart,
        path: chartImagePath(chart.slug, lang),
        title: chart.title,
        alt: `${chart.title}${t.altSeparator}${chart.summary}`,
        pageUrl,
      },
    ];
    const view = treemapViewOf(chart);
    if (view === 'function') {
      const { model, categories } = treemapSetup(view, lang);
      const codes = new Set(categories.map((category) => category.code));
      for (const level of model.zoomable.filter((node) => codes.has(node.id))) {
        const path = model.placed.get(level.id)?.path ?? [level];
        const subtitle = path.map((step) => step.name).join(' › ');
        images.push({
          chart,
          level,
          path: levelImagePath(chart.slug, level.id, lang),
          title: chart.title,
          subtitle,
          alt: t.levelAlt(chart.title, subtitle, levelSummary(model, level)),
          pageUrl: `${pageUrl}?node=${encodeURIComponent(level.id)}`,
        });
      }
    }
    return images;
  });
}

const containers = new Map<Lang, Promise<AstroContainer>>();
const rendered = new Map<string, Promise<Document>>();

/**
 * A container that renders components in one language: the Chinese one as before; the English one
 * knows the site's locales, so components rendered for an /en/ request read `langOf(Astro)` as English.
 */
function containerFor(lang: Lang): Promise<AstroContainer> {
  let container = containers.get(lang);
  if (!container) {
    container =
      lang === 'zh'
        ? AstroContainer.create()
        : AstroContainer.create({
            manifest: {
              i18n: {
                defaultLocale: ASTRO_LOCALES.zh,
                locales: LANGS.map((code) => ASTRO_LOCALES[code]),
                strategy: 'pathname-prefix-other-locales',
              },
            } as never,
          });
    containers.set(lang, container);
  }
  return container;
}

/** How a component is rendered for an image in this language (the English one as if on /en/embed/). */
const renderOptions = (lang: Lang) =>
  lang === 'zh' ? {} : { request: new Request(new URL(localePath(lang, '/embed/').slice(1), siteRoot())) };

/** A component's HTML as the page has it, parsed (once per chart per build). */
function renderedDocument(key: string, lang: Lang, render: (container: AstroContainer) => Promise<string>): Promise<Document> {
  let document = rendered.get(key);
  if (!document) {
    document = (async () => {
      const html = await render(await containerFor(lang));
      return parseHTML(`<!doctype html><html><body>${html}</body></html>`).document as unknown as Document;
    })();
    rendered.set(key, document);
  }
  return document;
}

function legendOf(items: Iterable<Element>): ImageLegendItem[] {
  return [...items].flatMap((item) => {
    const swatch = item.querySelector('.swatch, .tm-swatch');
    if (!swatch) return [];
    const text = item.getAttribute('data-export-text') ?? item.textContent?.trim() ?? '';
    const background = /background:\s*([^;]+)/.exec(swatch.getAttribute('style') ?? '')?.[1];
    if (background) return [{ text, fill: background.trim() }];
    const classes = [...swatch.classList];
    const kuan = classes.map((name) => /^tm-c(\w+)$/.exec(name)?.[1]).find(Boolean);
    if (kuan) return [{ text, fill: (kuan === 'unsplit' ? UNSPLIT_FUNCTION : functionSwatch(kuan)).fill }];
    const flow = classes.map((name) => FLOW_SWATCHES[name]).find(Boolean);
    if (flow) return [{ text, ...flow }];
    throw new Error(`chart image: no colour for the legend item "${text}"`);
  });
}

/**
 * The drawing as XML, which the image renderer reads: HTML serialization leaves "&", "<" and ">"
 * raw in attribute values (a name in an aria-label), so the tree is written out again here.
 */
function toXml(node: Node): string {
  if (node.nodeType === 3) return escapeXml(node.textContent ?? '');
  if (node.nodeType !== 1) return '';
  const element = node as Element;
  const name = element.localName;
  const attributes = [...element.attributes].map((attribute) => ` ${attribute.name}="${escapeXml(attribute.value)}"`).join('');
  const children = [...element.childNodes].map(toXml).join('');
  return children ? `<${name}${attributes}>${children}</${name}>` : `<${name}${attributes}/>`;
}

function svgOf(scope: ParentNode | null, selector: string, what: string): string {
  const svg = scope?.querySelector(selector);
  if (!svg) throw new Error(`chart image: no "${selector}" in ${what}`);
  return toXml(svg);
}

async function panelsOf(image: ChartImage): Promise<ImagePanel[]> {
  const { chart, level } = image;
  const { lang } = chart;
  const key = lang === 'zh' ? chart.slug : `${lang}/${chart.slug}`;
  const document = await renderedDocument(key, lang, (box) =>
    box.renderToString(EmbedChartBody, { ...renderOptions(lang), props: { chart } }),
  );
  switch (chart.kind) {
    case 'treemap-function':
    case 'treemap-unit': {
      const legend = legendOf(document.querySelectorAll('.tm-legend li'));
      if (!level) return [{ svg: svgOf(document, '.tm-layer svg.tm-wide', chart.slug), legend }];
      const setup = treemapSetup(defined(treemapViewOf(chart), `chart image: the treemap view of chart "${chart.slug}"`), lang);
      const layer = await renderedDocument(`${key}/${level.id}`, lang, (box) =>
        box.renderToString(TreemapLevel, {
          ...renderOptions(lang),
          props: { setup, level, part: 'layer', param: 'node', linkTarget: '_blank' },
        }),
      );
      return [{ svg: svgOf(layer, 'svg.tm-wide', `${chart.slug} level ${level.id}`), legend }];
    }
    case 'flow':
      return [
        { svg: svgOf(document, '[data-flow-canvas] svg', chart.slug), legend: legendOf(document.querySelectorAll('.flow-legend li')) },
      ];
    case 'branch-comparison':
      return [...document.querySelectorAll('.panel')].map((panel) => ({
        heading: panel.querySelector('h3')?.textContent?.trim(),
        svg: svgOf(panel, '.chart svg', `${chart.slug} panel`),
        legend: legendOf(panel.querySelectorAll('.theme-legend li')),
      }));
    case 'home-composition':
      return [{ svg: svgOf(document, '.chart-wide svg', chart.slug), legend: legendOf(document.querySelectorAll('.legend li')) }];
    case 'branch-projects':
      return [
        {
          svg: branchProjectsSvg(defined(chart.branchId, `chart image: the branch of chart "${chart.slug}"`), chart.title, lang),
          legend: legendOf(document.querySelectorAll('.theme-legend li')),
        },
      ];
  }
}

const framed = new Map<string, Promise<FramedImage>>();

/** The chart image as a standalone SVG (1× size). */
export function chartImageSvg(image: ChartImage): Promise<FramedImage> {
  let result = framed.get(image.path);
  if (!result) {
    result = panelsOf(image).then((panels) =>
      framedChartSvg(panels, {
        title: image.title,
        subtitle: image.subtitle,
        source: ui(image.chart.lang).embed.sourceCredit,
        url: decodeURI(image.pageUrl),
        css: chartCss(image.chart.kind),
      }),
    );
    framed.set(image.path, result);
  }
  return result;
}

export async function chartImagePng(image: ChartImage): Promise<Uint8Array> {
  return svgToPng((await chartImageSvg(image)).svg, CHART_IMAGE_SCALE);
}

/** The default view's image of one chart. */
export function chartImageOf(slug: string, lang: Lang = 'zh'): ChartImage {
  const image = chartImages(lang).find((entry) => entry.chart.slug === slug && !entry.level);
  if (!image) throw new Error(`no chart image for "${slug}"`);
  return image;
}

/** A chart's first drawing and its styles, for a share card. */
export async function chartArt(slug: string, lang: Lang = 'zh'): Promise<{ svg: string; css: string }> {
  const image = chartImageOf(slug, lang);
  const [panel] = await panelsOf(image);
  return { svg: defined(panel, `chart image: the first drawing of chart "${slug}"`).svg, css: chartCss(image.chart.kind) };
}
