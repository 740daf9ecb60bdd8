/**
 * Build-time pieces of the flow chart that both the chart (FlowChart.astro) and the pages of its
 * other levels of detail (FlowDetailPage.astro) need, and the panel data file.
 */
import type { FlowChartModel } from '../../lib/flow/model';
import { formatWan, formatWanNumber } from '../../lib/format';
import { withBase } from '../../lib/site';

/** Element id → the figure the report prints, where the chart shows the sum of the parts instead. */
export function printedFigures(model: FlowChartModel): Record<string, string> {
  const text =
    model.lang === 'en'
      ? (printed: number, shown: number) =>
          `The report prints ${formatWanNumber(printed)} (10,000 yuan); this is the sum of the items below, ${formatWanNumber(shown)}`
      : (printed: number) => `报告印作${formatWan(printed)}，这里是下级科目之和`;
  return Object.fromEntries(model.differences.map((difference) => [difference.elementId, text(difference.printed, difference.shown)]));
}

export function tableCaption(detail: FlowChartModel['details'][number], lang: FlowChartModel['lang'] = 'zh'): string {
  if (lang === 'en')
    return `Money flows (energy conservation and environmental protection down to the ${detail.detail === '款' ? 'section' : 'item'} level, in 10,000 yuan)`;
  return `资金流向（节能环保支出细分到${detail.detail}级，单位：万元）`;
}

/** The details panel's text for every node and link of every variant, with links under the base. */
export function panelData(model: FlowChartModel): Record<string, FlowChartModel['panel'][string]> {
  return Object.fromEntries(
    Object.entries(model.panel).map(([key, content]) => [key, { ...content, href: content.href ? withBase(content.href) : undefined }]),
  );
}
