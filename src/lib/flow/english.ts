/**
 * The flow chart in English: the same graphs with English names (from data/translations/en/ and
 * the funding-source registry). The words around the names are ui strings in both languages
 * (sections flowNames, flowBasis, chartNodes); names.ts, details.ts and summary.ts take a `lang`.
 */
import { FUNDING_SOURCES } from '../fundingSources';
import { formatYuanProseEnglish } from '../format';
import { sourceNameEnglish } from '../i18n/sourceNames';
import { FUNCTION_TRANSLATIONS, PROJECT_TRANSLATIONS, UNIT_TRANSLATIONS } from '../i18n/specs';
import { projectFunctionNote } from '../i18n/projectWords';
import { translated } from '../i18n/translations';
import type { Fen } from '../money';
import { sourceNodeId } from './sources';
import { functionCodeOf, membersOf, projectIdOf, type FlowBudget, type FlowGraph, type FlowNode } from './types';

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
      case 'function': {
        const code = functionCodeOf(node);
        english.name = functionName(code);
        english.lineage = node.lineage?.map((_, index) => functionName(code.slice(0, 3 + 2 * index)));
        break;
      }
      case 'basic':
        english.name = ui('en').chartNodes.flowBasic;
        break;
      case 'project': {
        const project = projects.get(projectIdOf(node));
        if (!project) throw new Error(`flow: no project "${node.projectId}"`);
        english.name = translated(PROJECT_TRANSLATIONS, [project.id], 'name');
        english.unitName = translated(UNIT_TRANSLATIONS, [project.unit_id], 'short_name');
        if (node.basisNote) english.basisNote = projectFunctionNote('en', project);
        break;
      }
      case 'group':
        english.name = groupNameEnglish(membersOf(node).length, Boolean(node.tableOnly));
        break;
    }
    return english;
  });
  return { ...graph, nodes };
}
