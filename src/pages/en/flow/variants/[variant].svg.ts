/** The English flow chart's prerendered variants (see src/pages/flow/variants/[variant].svg.ts). */
import { flowVariantRoute } from '../../../../components/flow/flowRoutes';

export { flowVariantPaths as getStaticPaths } from '../../../../components/flow/flowRoutes';
export const GET = flowVariantRoute('en');
