import type { Lang } from '../../i18n/lang';
import { getBudget } from '../budget';
import { builtEmbedCharts } from './chartsEnglish';

/** getStaticPaths of an embed route (/embed/<chart>/… and /en/embed/<chart>/…): one page per chart. */
export const embedRoutes = (lang: Lang) =>
  builtEmbedCharts(lang, getBudget()).map((chart) => ({ params: { chart: chart.slug }, props: { chart } }));
