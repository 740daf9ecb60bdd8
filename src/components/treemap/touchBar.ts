/** The treemap's sticky bar: what a tap picked, and keeping the bar with the chart after a zoom. Browser only. */
import type { DetailsEntry } from './detailsPanel';

/** "项目名：金额 1,225.10万元，占……5.2%。再点一次打开项目页。" */
export function pickedText(entry: DetailsEntry, opensPage: boolean): string {
  const figures = entry.lines.filter((line) => line.label === '金额' || line.label.startsWith('占')).map((line) => `${line.label} ${line.value}`);
  return `${entry.title}：${figures.join('，')}。${opensPage ? '再点一次打开项目页。' : ''}`;
}

/** After a zoom the new level may be shorter: scroll back up so the bar and the chart's top are on screen. */
export function keepBarInView(bar: HTMLElement, chart: HTMLElement): void {
  const top = chart.getBoundingClientRect().top;
  const barHeight = bar.getBoundingClientRect().height;
  if (top < barHeight) window.scrollBy({ top: top - barHeight, behavior: 'instant' });
}
