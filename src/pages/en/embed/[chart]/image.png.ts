import { chartImageRoutes } from '../../../../components/embed/endpoints';

export const getStaticPaths = () => chartImageRoutes('en', false);

/** The chart's default view as a PNG (2×), for WeChat articles and e-mail, oEmbed and og:image. */
export { chartImageGet as GET } from '../../../../components/embed/endpoints';
