import type { Lang } from '../../i18n/lang';
import { getBudget } from '../budget';
import { embedCharts } from './charts';

/** getStaticPaths of an embed route (/embed/<chart>/… and /en/embed/<chart>/…): one page per chart. */
export const embedRoutes = (lang: Lang) =>
  embedCharts(getBudget(), lang).map((chart) => ({ params: { chart: chart.slug }, props: { chart } }));
