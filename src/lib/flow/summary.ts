import { formatAmountProseIn, formatShare, formatWanIn } from '../format';
import { sumFen } from '../money';
import type { Lang } from '../../i18n/lang';
import { ui } from '../../i18n/ui';
import { displayName, nodeLookup } from './names';
import { FUNDING_SOURCES } from '../fundingSources';
import { sourceNodeId } from './sources';
import { sourceProseEnglish } from './english';
import type { FlowGraph, FlowNode } from './types';

/** A source as running text names it: its chart name in Chinese, “the carry-over from the previous year” in English. */
const sourceInProse = (node: FlowNode, lang: Lang) => (lang === 'en' ? sourceProseEnglish(node.id) : node.name);

/** What one source pays for, project by project (the few largest when there are many). */
function projectsPaidBy(graph: FlowGraph, sourceId: string, lookup: (id: string) => FlowNode, lang: Lang): string {
  const t = ui(lang).flowSummary;
  const money = (fen: number) => formatWanIn(lang, fen);
  const source = lookup(sourceId);
  const funds = (project: FlowNode) => project.funds[sourceId] ?? 0;
  const projects = graph.nodes.filter((node) => node.kind === 'project' && funds(node) > 0).sort((a, b) => funds(b) - funds(a));
  const functionOf = (project: FlowNode) => {
    if (!project.functionId) throw new Error(`flow summary: project "${project.id}" has no function`);
    return displayName(lookup(project.functionId), lookup, lang);
  };
  const [only] = projects;
  if (projects.length === 1 && only) return t.allTo(sourceInProse(source, lang), money(source.value), only.name, functionOf(only));
  const named = projects
    .slice(0, 2)
    .map((project) => t.named(project.name, money(funds(project)), formatShare(funds(project), source.value), functionOf(project)));
  return t.someTo(sourceInProse(source, lang), money(source.value), projects.length, t.list(named));
}

/**
 * A data-driven paragraph: how the current-year money splits between basic expenditure and projects,
 * and which projects the other sources pay for. Reads the 项-level graph so the carry-over can be
 * named down to its 项 (e.g. 农村环境保护).
 */
export function flowSummary(detailed: FlowGraph, lang: Lang = 'zh'): string {
  const t = ui(lang).flowSummary;
  const money = (fen: number) => formatWanIn(lang, fen);
  const lookup = nodeLookup(detailed);
  const sources = FUNDING_SOURCES.map((source) => lookup(sourceNodeId(source))).filter((node) => node.value > 0);
  const total = sumFen(sources.map((node) => node.value));
  const [current, ...others] = sources;
  if (!current) throw new Error('flow summary: no funding source has money');

  const currentToBasic = sumFen(detailed.nodes.filter((node) => node.kind === 'basic').map((node) => node.funds[current.id] ?? 0));
  const currentToProjects = current.value - currentToBasic;
  const currentProjects = detailed.nodes.filter((node) => node.kind === 'project' && (node.funds[current.id] ?? 0) > 0).length;

  return [
    t.total(
      formatAmountProseIn(lang, total),
      t.list(sources.map((node) => t.source(sourceInProse(node, lang), money(node.value), formatShare(node.value, total)))),
    ),
    t.current(
      sourceInProse(current, lang),
      money(currentToBasic),
      formatShare(currentToBasic, current.value),
      money(currentToProjects),
      formatShare(currentToProjects, current.value),
      currentProjects,
    ),
    ...others.map((source) => projectsPaidBy(detailed, source.id, lookup, lang)),
  ].join(t.separator);
}
