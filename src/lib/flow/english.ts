/**
 * The flow chart in English: the same graphs with English names (from data/translations/en/ and
 * the funding-source registry), and the English wording of what the chart says about them. The
 * Chinese wording stays where it was (names.ts, details.ts, summary.ts, …); each of those takes a
 * `lang` and hands English here.
 */
import { FUNDING_SOURCES } from '../fundingSources';
import { formatShare, formatYuanProseEnglish } from '../format';
import { sourceNameEnglish } from '../i18n/sourceNames';
import { FUNCTION_TRANSLATIONS, PROJECT_TRANSLATIONS, UNIT_TRANSLATIONS } from '../i18n/specs';
import { projectFunctionNote } from '../i18n/projectWords';
import { translated } from '../i18n/translations';
import type { Fen } from '../money';
import { sourceNodeId } from './sources';
import type { FlowBudget, FlowGraph, FlowNode, Funds } from './types';
import { capitalised } from '../text/capitalised';
import { ui } from '../../i18n/ui';

/** Prose amounts in English: "¥12.25 million". */
export const money = (fen: Fen) => formatYuanProseEnglish(fen);

/** The funding sources' chart names: this year's general-budget money is named as such, as in Chinese. */
export function sourceLabelEnglish(nodeId: string): string {
  const source = FUNDING_SOURCES.find((entry) => sourceNodeId(entry) === nodeId);
  if (!source) throw new Error(`unknown funding source node "${nodeId}"`);
  const name = capitalised(sourceNameEnglish(source.id));
  return source.id === 'general-budget' ? `${name}, this year` : name;
}

/** A source in running text: “this year's general public budget appropriation”, “the carry-over from the previous year”. */
export function sourceProseEnglish(nodeId: string): string {
  const source = FUNDING_SOURCES.find((entry) => sourceNodeId(entry) === nodeId);
  if (!source) throw new Error(`unknown funding source node "${nodeId}"`);
  return source.id === 'general-budget'
    ? `this year's ${sourceNameEnglish(source.id)} appropriation`
    : `the ${sourceNameEnglish(source.id)}`;
}

const functionName = (code: string) => translated(FUNCTION_TRANSLATIONS, [code], 'name');

/** A group of small projects: "12 other projects"; a group too big to draw: "45 more projects (see the data table)". */
export const groupNameEnglish = (count: number, tableOnly: boolean) =>
  tableOnly ? ui('en').chartNodes.flowRest(count) : ui('en').chartNodes.flowGroup(count);

/**
 * The graph with English names; `original` keeps each node's Chinese name so tables can show it
 * beside the translation. A project's assignment note is projects.function_note in English.
 */
export function englishGraph(graph: FlowGraph, budget: FlowBudget): FlowGraph {
  const projects = new Map(budget.projects.map((project) => [project.id, project]));
  const nodes = graph.nodes.map((node): FlowNode => {
    const english: FlowNode = { ...node, original: node.name };
    delete english.basisNote;
    switch (node.kind) {
      case 'source':
        english.name = sourceLabelEnglish(node.id);
        break;
      case 'function':
        english.name = functionName(node.code!);
        english.lineage = node.lineage?.map((_, index) => functionName(node.code!.slice(0, 3 + 2 * index)));
        break;
      case 'basic':
        english.name = ui('en').chartNodes.flowBasic;
        break;
      case 'project': {
        const project = projects.get(node.projectId!);
        if (!project) throw new Error(`flow: no project "${node.projectId}"`);
        english.name = translated(PROJECT_TRANSLATIONS, [project.id], 'name');
        english.unitName = translated(UNIT_TRANSLATIONS, [project.unit_id], 'short_name');
        if (node.basisNote) english.basisNote = projectFunctionNote('en', project);
        break;
      }
      case 'group':
        english.name = groupNameEnglish(node.members!.length, Boolean(node.tableOnly));
        break;
    }
    return english;
  });
  return { ...graph, nodes };
}

/** How a node is called in running text: "Pollution control · Air", "Basic expenditure … under Pollution control". */
export function displayNameEnglish(node: FlowNode, functionOf: (id: string) => FlowNode): string {
  switch (node.kind) {
    case 'function': {
      const parent = node.lineage && node.lineage.length >= 2 ? node.lineage[node.lineage.length - 1] : undefined;
      return parent && parent !== node.name ? `${parent} · ${node.name}` : node.name;
    }
    case 'basic':
    case 'group':
      return `${node.name} under ${displayNameEnglish(functionOf(node.functionId!), functionOf)}`;
    default:
      return node.name;
  }
}

export const shareOfWholeEnglish = (value: Fen, total?: Fen) => (total ? `, ${formatShare(value, total)} of the total` : '');

/** "General public budget, this year" or "…, this year ¥1.00 million; carry-over … ¥2.00 million" when several sources pay. */
export function fundingTextEnglish(funds: Funds): string {
  const parts = FUNDING_SOURCES.map((source) => [sourceNodeId(source), funds[sourceNodeId(source)] ?? 0] as const).filter(
    ([, value]) => value > 0,
  );
  if (parts.length === 1) return sourceLabelEnglish(parts[0]![0]);
  return parts.map(([id, value]) => `${sourceLabelEnglish(id)} ${money(value)}`).join('; ');
}
