/** The treemap's sticky bar: what a tap picked, and keeping the bar with the chart after a zoom. Browser only. */
import type { DetailsEntry } from './detailsPanel';

/** "项目名：1,225.10万元，占上一级5.2%。再点一次打开项目页。" Short, so it fits the bar's three lines on a phone. */
export function pickedText(entry: DetailsEntry, opensPage: boolean): string {
  const amount = entry.lines.find((line) => line.label === '金额')?.value;
  const share = entry.lines.find((line) => line.label.startsWith('占'));
  const shareText = share ? `，${share.label === '占节能环保支出总额' ? '占总额' : '占上一级'}${share.value}` : '';
  return `${entry.title}：${amount ?? ''}${shareText}。${opensPage ? '再点一次打开项目页。' : ''}`;
}

/** After a zoom the new level may be shorter: scroll back up so the bar and the chart's top are on screen. */
export function keepBarInView(bar: HTMLElement, chart: HTMLElement): void {
  const top = chart.getBoundingClientRect().top;
  const barHeight = bar.getBoundingClientRect().height;
  if (top < barHeight) window.scrollBy({ top: top - barHeight, behavior: 'instant' });
}
