import type { Lang } from '../../i18n/lang';
import { formatShare } from '../format';
import type { Fen } from '../money';
import { basisTexts } from './basis';
import { projectPath } from './details';
import { displayName, nodeLookup } from './names';
import { isDerived, type FlowGraph } from './types';

export interface FlowTableRow {
  id: string;
  from: string;
  /** The "from" node's money, for the group header. */
  fromAmount: Fen;
  to: string;
  /** English tables: the Chinese names, shown beside the translations. */
  fromOriginal?: string;
  toOriginal?: string;
  /** Project page of the "to" side, when it is a project. */
  toHref: string | null;
  amount: Fen;
  /** Share of the "from" node's money. */
  share: string;
  basis: string;
  derived: boolean;
}

/** Every flow of a graph, in column order (so rows from the same node are adjacent): the chart's text alternative. */
export function flowTableRows(graph: FlowGraph, lang: Lang = 'zh'): FlowTableRow[] {
  const lookup = nodeLookup(graph);
  const basisText = basisTexts(lang);
  return graph.links.map((link) => {
    const source = lookup(link.source);
    const target = lookup(link.target);
    return {
      id: link.id,
      from: displayName(source, lookup, lang),
      fromAmount: source.value,
      to: target.kind === 'basic' ? target.name : displayName(target, lookup, lang),
      ...(lang === 'en' ? { fromOriginal: source.original, toOriginal: target.original } : {}),
      toHref: target.kind === 'project' ? projectPath(target, lang) : null,
      amount: link.value,
      share: formatShare(link.value, source.value),
      basis: basisText[link.basis].short,
      derived: isDerived(link.basis),
    };
  });
}
