import type { Indicator } from '../data/schemas';
import { INDICATOR_LEVELS } from '../data/schemas';

export type IndicatorLevel = (typeof INDICATOR_LEVELS)[number];

/** Headings for the three levels, in the sheet's order. */
export const LEVEL_LABELS: Record<IndicatorLevel, string> = {
  产出指标: '产出：做多少、做多好、何时做、花多少',
  效益指标: '效益：带来什么变化',
  满意度指标: '满意度：谁来评价',
};

const targetNumberFormat = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 6, useGrouping: true });

/**
 * Numbers in targets keep the precision the sheet printed (3,149.9 stays 3,149.9), with
 * thousands separators. (format.ts only has 万元, share and whole-number formats.)
 */
export function formatTargetNumber(value: number): string {
  return targetNumberFormat.format(value);
}

/**
 * A readable target: “≥ 5 处”, “950 亩”, “≥ 90%”, or the sheet's own words (“10月底前”,
 * “每月”) when the target is not a number.
 */
export function formatTarget(indicator: Pick<Indicator, 'value' | 'target_number' | 'target_unit' | 'comparator'>): string {
  if (indicator.target_number === null) return indicator.value;
  const unit = indicator.target_unit ?? '';
  const number = formatTargetNumber(indicator.target_number);
  const quantity = unit === '' ? number : unit.startsWith('%') ? `${number}${unit}` : `${number} ${unit}`;
  // “=” is how the extraction marks an exact target; readers expect just the number.
  return indicator.comparator && indicator.comparator !== '=' ? `${indicator.comparator} ${quantity}` : quantity;
}

const COMPARATOR_WORDS: Record<string, [string, string]> = {
  // [for counts and amounts, for percentages]
  '≥': ['不少于', '不低于'],
  '≤': ['不超过', '不高于'],
  '>': ['多于', '高于'],
  '<': ['少于', '低于'],
};

/**
 * The target as prose: “不少于5处”, “不超过80万元”, “不低于90%”, “950亩”; the sheet's words
 * when the target is not a number.
 */
export function formatTargetWords(indicator: Pick<Indicator, 'value' | 'target_number' | 'target_unit' | 'comparator'>): string {
  if (indicator.target_number === null) return indicator.value;
  const unit = indicator.target_unit ?? '';
  const quantity = `${formatTargetNumber(indicator.target_number)}${unit}`;
  const words = indicator.comparator ? COMPARATOR_WORDS[indicator.comparator] : undefined;
  if (!words) return quantity;
  return `${unit.startsWith('%') ? words[1] : words[0]}${quantity}`;
}

/**
 * The sheet prints each indicator in an implementation-period column and an annual column; the
 * extraction keeps both. Shown once when name and value agree.
 */
export function distinctIndicators(indicators: Indicator[]): Indicator[] {
  const seen = new Set<string>();
  const result: Indicator[] = [];
  for (const indicator of [...indicators].sort((a, b) => a.seq - b.seq)) {
    const key = `${indicator.level1}|${indicator.level2}|${indicator.name}|${indicator.value}`;
    if (seen.has(key)) continue;
    seen.add(key);
    result.push(indicator);
  }
  return result;
}

export interface IndicatorGroup {
  level: IndicatorLevel;
  label: string;
  /** Second-level groups (数量指标, 质量指标, 时效指标, 成本指标…) in sheet order. */
  subgroups: { name: string; indicators: Indicator[] }[];
}

/** One project's indicators by level (产出, 效益, 满意度), then by second-level heading. */
export function groupIndicators(indicators: Indicator[]): IndicatorGroup[] {
  const distinct = distinctIndicators(indicators);
  return INDICATOR_LEVELS.map((level) => {
    const subgroups: IndicatorGroup['subgroups'] = [];
    for (const indicator of distinct.filter((entry) => entry.level1 === level)) {
      let subgroup = subgroups.find((entry) => entry.name === indicator.level2);
      if (!subgroup) {
        subgroup = { name: indicator.level2, indicators: [] };
        subgroups.push(subgroup);
      }
      subgroup.indicators.push(indicator);
    }
    return { level, label: LEVEL_LABELS[level], subgroups };
  }).filter((group) => group.subgroups.length > 0);
}

/**
 * The one indicator of a project whose name contains `match` (and, if given, whose first- or
 * second-level heading contains `level`). Throws when none or several different ones match,
 * so a narrative citing it fails the build instead of showing the wrong figure.
 */
export function findIndicator(projectId: string, indicators: Indicator[], match: string, level?: string): Indicator {
  const own = indicators.filter((indicator) => indicator.project_id === projectId);
  if (own.length === 0) throw new Error(`project "${projectId}" has no indicators`);
  const candidates = distinctIndicators(own).filter(
    (indicator) => indicator.name.includes(match) && (!level || indicator.level1.includes(level) || indicator.level2.includes(level)),
  );
  const targets = new Set(candidates.map((indicator) => `${indicator.name}|${formatTarget(indicator)}`));
  const [found] = candidates;
  if (found === undefined) {
    throw new Error(
      `project "${projectId}": no indicator name contains "${match}"${level ? ` at level ${level}` : ''}; names: ${distinctIndicators(own)
        .map((indicator) => indicator.name)
        .join(' / ')}`,
    );
  }
  if (targets.size > 1) {
    throw new Error(`project "${projectId}": "${match}" matches several indicators: ${[...targets].join(' / ')}`);
  }
  return found;
}
