import { formatPercent, formatShare, formatWan } from '../format';
import { SHOWN_PROJECT_SHARE } from './grouping';
import { sumFen, type Fen } from '../money';
import type { PrintedDifference } from './conservation';
import type { PanelContent } from './details';

/** One sentence per figure the chart shows differently from the printed report. */
export function differenceNotes(differences: readonly PrintedDifference[], panel: Record<string, PanelContent>): string[] {
  return differences.map((difference) => {
    const title = panel[difference.elementId]?.title ?? difference.elementId;
    return `“${title}”：图中为${formatWan(difference.shown)}（下级科目之和），报告印作${formatWan(difference.printed)}。`;
  });
}

/** How the small projects were gathered, with the threshold and what the shown projects cover. */
export function groupingNote(amounts: readonly Fen[], threshold: Fen): string {
  const shown = amounts.filter((amount) => amount >= threshold);
  return `金额在${formatWan(threshold)}以下的项目按功能科目合并为一块“其他若干个项目”（同一科目只有一个小项目时照常单独画出）；单独画出的${shown.length}个项目合计占项目支出的${formatShare(sumFen(shown), sumFen(amounts))}。这个门槛由数据决定：从最大的项目往下数，直到覆盖${formatPercent(SHOWN_PROJECT_SHARE * 100)}的项目支出为止。`;
}
