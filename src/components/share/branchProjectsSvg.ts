import { getBudget } from '../../lib/budget';
import { branchOverview, findBranch } from '../../lib/branches/summary';
import { branchProjectBars } from '../../lib/branches/projectBars';
import { layoutBarList } from '../../lib/bars/barList';
import type { Lang } from '../../i18n/lang';
import { barListSvg } from '../charts/barListSvg';

/** A branch's projects chart, which the page draws as HTML bars (BarList.astro), as an SVG drawing of the same bars. */
export function branchProjectsSvg(branchId: string, title: string, lang: Lang = 'zh'): string {
  const overview = branchOverview(getBudget());
  const bars = branchProjectBars(overview, findBranch(overview, branchId), lang);
  const layout = layoutBarList(bars, {
    width: 640,
    fontSize: 14,
    lineHeight: 20,
    firstBaseline: 15,
    barHeight: 16,
    outline: 1,
    rowGap: 14,
    lang,
    value: 'end',
    labelWeight: 600,
    track: true,
  });
  return barListSvg(layout, { label: title });
}
