/**
 * One definition, used on every page: an indicator “没有可核对的数字目标” when no target number
 * could be read from its value (indicators.csv `target_number` is empty). Such a value may still
 * contain digits (“10月底前”, “2024年4月”); only some contain no digit at all (“持续改善”, “及时”).
 */
import type { Indicator } from './data/schemas';
import { formatInteger, formatShare } from './format';

export const NO_NUMERIC_TARGET = '没有可核对的数字目标';

export function hasNumericTarget(indicator: Pick<Indicator, 'target_number'>): boolean {
  return indicator.target_number !== null;
}

export interface NumericTargetCounts {
  total: number;
  /** target_number empty. */
  withoutNumericTarget: number;
  /** Of those, values with no digit at all. */
  withoutAnyDigit: number;
  /** Of those, timing indicators (时效指标), whose deadline can still be checked. */
  timing: number;
  /** A timing value without a numeric target that does contain a digit (“10月底前”), for the example. */
  timingExample: string | null;
}

export function numericTargetCounts(indicators: readonly Indicator[]): NumericTargetCounts {
  const without = indicators.filter((indicator) => !hasNumericTarget(indicator));
  const timing = without.filter((indicator) => indicator.level2 === '时效指标');
  return {
    total: indicators.length,
    withoutNumericTarget: without.length,
    withoutAnyDigit: without.filter((indicator) => !/\d/.test(indicator.value)).length,
    timing: timing.length,
    timingExample: timing.find((indicator) => /\d/.test(indicator.value))?.value ?? null,
  };
}

/** The one sentence all pages use for the whole set of project indicators. */
export function numericTargetSentence(counts: NumericTargetCounts): string {
  return (
    `全部${formatInteger(counts.total)}条项目绩效指标中，有${formatInteger(counts.withoutNumericTarget)}条（${formatShare(counts.withoutNumericTarget, counts.total)}）${NO_NUMERIC_TARGET}` +
    `（指标值里读不出一个可以拿来对照的目标数值；其中${formatInteger(counts.withoutAnyDigit)}条一个数字也没有）。` +
    `这${formatInteger(counts.withoutNumericTarget)}条里有${formatInteger(counts.timing)}条是时效指标${counts.timingExample ? `（如“${counts.timingExample}”）` : ''}，写了时限，到时可以检查是否按时完成；“提高”“持续改善”这类则难以检验。`
  );
}

/**
 * An outcome indicator with no number in its value (“持续改善”), preferring an ecological one:
 * the kind of target a class can discuss how to make checkable.
 */
export function hardToCheck(indicators: readonly Indicator[]): Indicator | undefined {
  const vague = indicators.filter((indicator) => indicator.level1 === '效益指标' && indicator.target_number === null);
  return vague.find((indicator) => indicator.level2 === '生态效益指标') ?? vague[0];
}
