/**
 * The flow chart's other prerendered variants (项 level, every project, one group opened), each
 * drawn across (wide screens) and down (narrow ones), as static SVG files: the page inlines only the default one, and the client script fetches these
 * when the reader asks for them, so a phone does not download charts it never shows.
 */
import { flowVariantRoute } from '../../../components/flow/flowRoutes';

export { flowVariantPaths as getStaticPaths } from '../../../components/flow/flowRoutes';
export const GET = flowVariantRoute('zh');
