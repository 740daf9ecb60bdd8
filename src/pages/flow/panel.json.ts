/**
 * The flow chart's details-panel text for every node and link of every variant: kept out of the
 * page (it is most of its weight) and fetched by the client script on the first hover or focus.
 */
import type { APIRoute } from 'astro';
import { panelData } from '../../components/flow/flowParts';
import { getBudget } from '../../lib/budget';
import { flowChartModel } from '../../lib/flow/model';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(panelData(flowChartModel(getBudget()))), { headers: { 'content-type': 'application/json; charset=utf-8' } });
