import type { Indicator, Project } from '../data/schemas';
import { distinctIndicators, formatTarget } from '../projects/indicators';

export type WatchKind = '签合同' | '采购招标' | '完成验收' | '付款' | '其他节点';

export interface WatchItem {
  project: Project;
  indicator: Indicator;
  kind: WatchKind;
  /** 1–12: the first month the target names, for ordering. */
  month: number;
  /** The readable target, e.g. “10月底前”. */
  when: string;
}

const KIND_RULES: [WatchKind, RegExp][] = [
  ['签合同', /合同|签订|续签/],
  ['付款', /支付|拨付|付款|尾款|发放|结算/],
  ['采购招标', /采购|招标|招投标|比价/],
  ['完成验收', /验收|交付|完成|建成|投入使用|编制|出具|评审/],
];

export function watchKind(name: string): WatchKind {
  return KIND_RULES.find(([, pattern]) => pattern.test(name))?.[0] ?? '其他节点';
}

/**
 * The first calendar month a timing target names (“2024年11月前完成” → 11, “4月8日” → 4),
 * or null when it names none or recurs (“每月”, “每年的3至10月”, “全年”, “及时”).
 */
export function targetMonth(value: string): number | null {
  if (/^每/.test(value.trim())) return null;
  const match = /(?<!\d)(\d{1,2})(?:[、至到-]\d{1,2})*月/.exec(value);
  if (!match) return null;
  const month = Number(match[1]);
  return month >= 1 && month <= 12 ? month : null;
}

/**
 * Dated targets residents can check later: every timing indicator (时效指标) of the given
 * projects that names a month, ordered by month, then by the project's place in `projects`.
 */
export function watchItems(projects: Project[], indicators: Indicator[]): WatchItem[] {
  const items: (WatchItem & { order: number })[] = [];
  projects.forEach((project, order) => {
    const own = distinctIndicators(indicators.filter((indicator) => indicator.project_id === project.id));
    for (const indicator of own) {
      if (!indicator.level2.includes('时效')) continue;
      const month = targetMonth(indicator.value);
      if (month === null) continue;
      items.push({ project, indicator, kind: watchKind(indicator.name), month, when: formatTarget(indicator), order });
    }
  });
  return items
    .sort((a, b) => a.month - b.month || a.order - b.order || a.indicator.seq - b.indicator.seq)
    .map(({ order: _order, ...item }) => item);
}
