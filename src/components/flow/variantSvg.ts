import type { FlowChartModel, FlowVariant } from '../../lib/flow/model';
import { defined } from '../../lib/checked';
import { formatWan, formatYuanProseEnglish } from '../../lib/format';
import { renderFlowSvg } from './renderFlowSvg';

/** The chart's accessible name for one variant. */
export function chartLabel(model: FlowChartModel, variant: FlowVariant): string {
  const count = (kind: string) => variant.graph.nodes.filter((node) => node.kind === kind).length;
  if (model.lang === 'en') {
    return `Money flow chart: ${count('source')} sources of funds flow to ${count('function')} functional items, then to ${model.projectCount} projects and each item’s basic expenditure, ${formatYuanProseEnglish(model.grandTotal)} in all`;
  }
  return `资金流向图：${count('source')}种资金来源，流向${count('function')}个功能科目，再到${model.projectCount}个项目和各科目的基本支出，合计${formatWan(model.grandTotal)}`;
}

/** One variant as SVG markup, the same whether inlined in the page or served as a file. */
export function variantSvg(
  model: FlowChartModel,
  variant: FlowVariant,
  href: (path: string) => string,
  orientation: 'horizontal' | 'vertical' = 'horizontal',
): string {
  const detail = defined(
    model.details.find((entry) => entry.key === variant.detailKey),
    `flow chart: the level of detail "${variant.detailKey}" that variant "${variant.key}" draws`,
  );
  const open = variant.key.split('/open/')[1];
  return renderFlowSvg({
    variantKey: variant.key,
    graph: variant.graph,
    layout: orientation === 'vertical' ? variant.vertical : variant.layout,
    openMembers: open ? (detail.grouping.groups.get(open) ?? []) : [],
    label: chartLabel(model, variant),
    href,
    lang: model.lang,
  });
}
