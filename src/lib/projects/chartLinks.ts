/**
 * Where a project page's "view in the chart" links lead: the chart with the project highlighted
 * and in view (the flow's ?highlight=, the treemap's ?node=<its function>&highlight=).
 */
import { projectNodeId as flowNodeId } from '../flow/build';
import { projectNodeId as tileId } from '../treemap/buildTrees';
import { withBase } from '../site';
import { localePath, type Lang } from '../../i18n/lang';

export function chartLinks(project: { id: string; function_code: string }, lang: Lang = 'zh'): { flow: string; treemap: string } {
  const flow = new URLSearchParams({ highlight: flowNodeId(project.id) });
  const treemap = new URLSearchParams({ node: project.function_code, highlight: tileId(project.id) });
  return { flow: withBase(localePath(lang, `/flow/?${flow}`)), treemap: withBase(localePath(lang, `/treemap/?${treemap}`)) };
}
