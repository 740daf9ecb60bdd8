/**
 * Build-time pieces of the flow chart that both the chart (FlowChart.astro) and the pages of its
 * other levels of detail (FlowDetailPage.astro) need, and the panel data file.
 */
import type { FlowChartModel } from '../../lib/flow/model';
import { formatWan } from '../../lib/format';
import { withBase } from '../../lib/site';

/** Element id → the figure the report prints, where the chart shows the sum of the parts instead. */
export function printedFigures(model: FlowChartModel): Record<string, string> {
  return Object.fromEntries(model.differences.map((difference) => [difference.elementId, `报告印作${formatWan(difference.printed)}，这里是下级科目之和`]));
}

export function tableCaption(detail: FlowChartModel['details'][number]): string {
  return `资金流向（节能环保支出细分到${detail.detail}级，单位：万元）`;
}

/** The details panel's text for every node and link of every variant, with links under the base. */
export function panelData(model: FlowChartModel): Record<string, FlowChartModel['panel'][string]> {
  return Object.fromEntries(Object.entries(model.panel).map(([key, content]) => [key, { ...content, href: content.href ? withBase(content.href) : undefined }]));
}
