import { chartImageRoutes } from '../../../../components/embed/endpoints';

export const getStaticPaths = () => chartImageRoutes('zh', true);

/** One 款 level of the treemap as a PNG (2×). */
export { chartImageGet as GET } from '../../../../components/embed/endpoints';
