/**
 * The flow chart's details-panel text for every node and link of every variant: kept out of the
 * page (it is most of its weight) and fetched by the client script on the first hover or focus.
 */
import { flowPanelRoute } from '../../components/flow/flowRoutes';

export const GET = flowPanelRoute('zh');
