/** The treemap's sticky bar: what a tap picked, and keeping the bar with the chart after a zoom. Browser only. */
import type { DetailsEntry } from './detailsPanel';
import { clientStrings } from '../../i18n/client';

/** "项目名：1,225.10万元，占上一级5.2%。再点一次打开项目页。" Short, so it fits the bar's three lines on a phone. */
export function pickedText(entry: DetailsEntry, opensPage: boolean): string {
  const strings = clientStrings().treemap;
  // describe.ts lists the amount first, then the share of the parent (when there is one) or of the total.
  const [amount, share] = entry.lines;
  return strings.picked(
    entry.title,
    amount?.value ?? '',
    share ? { ofTotal: share.label === strings.shareOfTotalLabel, value: share.value } : null,
    opensPage,
  );
}

/** After a zoom the new level may be shorter: scroll back up so the bar and the chart's top are on screen. */
export function keepBarInView(bar: HTMLElement, chart: HTMLElement): void {
  const top = chart.getBoundingClientRect().top;
  const barHeight = bar.getBoundingClientRect().height;
  if (top < barHeight) window.scrollBy({ top: top - barHeight, behavior: 'instant' });
}
