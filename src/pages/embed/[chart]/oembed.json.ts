import { embedRoutes } from '../../../lib/embed/routes';

export const getStaticPaths = () => embedRoutes('zh');

/** oEmbed (type "rich") for one chart (src/components/embed/endpoints.ts). */
export { oembedGet as GET } from '../../../components/embed/endpoints';
