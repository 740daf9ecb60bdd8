/** The English flow chart's details-panel text (see src/pages/flow/panel.json.ts). */
import { flowPanelRoute } from '../../../components/flow/flowRoutes';

export const GET = flowPanelRoute('en');
