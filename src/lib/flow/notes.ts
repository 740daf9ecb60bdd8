import { formatPercent, formatShare, formatWan, formatWanNumber } from '../format';
import { SHOWN_PROJECT_SHARE } from './grouping';
import { sumFen, type Fen } from '../money';
import type { PrintedDifference } from './conservation';
import type { PanelContent } from './details';
import type { Lang } from '../../i18n/lang';
import { money } from './english';

/** One sentence per figure the chart shows differently from the printed report. */
export function differenceNotes(
  differences: readonly PrintedDifference[],
  panel: Record<string, PanelContent>,
  lang: Lang = 'zh',
): string[] {
  return differences.map((difference) => {
    const title = panel[difference.elementId]?.title ?? difference.elementId;
    if (lang === 'en')
      return `“${title}”: ${formatWanNumber(difference.shown)} in the chart (the sum of the items below it); the report prints ${formatWanNumber(difference.printed)} (both in 10,000 yuan).`;
    return `“${title}”：图中为${formatWan(difference.shown)}（下级科目之和），报告印作${formatWan(difference.printed)}。`;
  });
}

/** How the small projects were gathered, with the threshold and what the shown projects cover. */
export function groupingNote(amounts: readonly Fen[], threshold: Fen, lang: Lang = 'zh'): string {
  const shown = amounts.filter((amount) => amount >= threshold);
  if (lang === 'en') {
    return `Projects under ${money(threshold)} are gathered, item by item, into one block of “other projects” (an item with only one small project still shows it on its own); the ${shown.length} projects drawn on their own make up ${formatShare(sumFen(shown), sumFen(amounts))} of project expenditure. The data sets this threshold: counting down from the largest project until ${formatPercent(SHOWN_PROJECT_SHARE * 100)} of project expenditure is covered.`;
  }
  return `金额在${formatWan(threshold)}以下的项目按功能科目合并为一块“其他若干个项目”（同一科目只有一个小项目时照常单独画出）；单独画出的${shown.length}个项目合计占项目支出的${formatShare(sumFen(shown), sumFen(amounts))}。这个门槛由数据决定：从最大的项目往下数，直到覆盖${formatPercent(SHOWN_PROJECT_SHARE * 100)}的项目支出为止。`;
}
