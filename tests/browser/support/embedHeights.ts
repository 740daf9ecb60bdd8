/** The embeds' states and how tall each is in a 600 px column: shared by the measuring script and its test. */
import { existsSync, readdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { gotoSettled, trackRequests } from './browser';
import { getBudget } from '../../../src/lib/budget';
import { embedCharts, embedPath } from '../../../src/lib/embed/charts';
import { frameHeightKey, MEASURED_WIDTH } from '../../../src/lib/embed/frameHeights';
import { LANGS } from '../../../src/i18n/lang';
import { chartState } from '../../../src/lib/embed/state';

const TREEMAP_VIEWS: Record<string, string> = { 'treemap-function': 'function', 'treemap-unit': 'unit' };

/** The flow's prerendered views besides the default: 项 level, every project shown, and both. */
const FLOW_STATES = ['?detail=xiang', '?all=1', '?detail=xiang&all=1'];

/**
 * Every chart's default state, each zoom level the build prerendered for the treemaps, and the flow's
 * prerendered views. (A flow group opened by hand gets the flow's default height: without our script
 * the embed then scrolls rather than cut anything off.)
 */
export function embedStates(distDir: string): { slug: string; path: string; search: string }[] {
  // `slug` is the chart's row in the table (frameHeightKey: "en/<slug>" for an English embed); `path` its page.
  return LANGS.flatMap((lang) => embedCharts(getBudget(), lang)).flatMap((chart) => {
    const view = TREEMAP_VIEWS[chart.kind];
    const levelsDir = `${distDir}/treemap/levels/${view}`;
    const levels = view && existsSync(levelsDir) ? readdirSync(levelsDir).sort() : [];
    const states = chart.kind === 'flow' ? FLOW_STATES : levels.map((id) => `?node=${encodeURIComponent(id)}`);
    return ['', ...states.map(chartState)].map((search) => ({
      slug: frameHeightKey(chart.slug, chart.lang),
      path: embedPath(chart.slug, chart.lang),
      search,
    }));
  });
}

/** The embed's content height once it has settled, as a page 600 px wide (tall enough never to scroll). */
export async function measureEmbedHeight(browser: Browser, url: string): Promise<number> {
  const page = await browser.newPage({ viewport: { width: MEASURED_WIDTH, height: 8000 } });
  try {
    trackRequests(page);
    await gotoSettled(page, url);
    const read = () => page.evaluate(() => Math.ceil(document.querySelector('[data-embed-root]')!.getBoundingClientRect().height));
    let height = await read();
    for (let attempt = 0; attempt < 20; attempt += 1) {
      await page.waitForTimeout(150);
      const next = await read();
      if (next === height) break;
      height = next;
    }
    return height;
  } finally {
    await page.close();
  }
}
