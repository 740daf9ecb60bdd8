import { formatShare, formatWanIn } from '../format';
import type { Fen } from '../money';
import type { Lang } from '../../i18n/lang';
import { ui } from '../../i18n/ui';
import { functionIdOf, type FlowGraph, type FlowLink, type FlowNode } from './types';

/** How a node is called in running text: 项 nodes carry their 款 ("污染防治·大气"), basic and group nodes their function. */
export function displayName(node: FlowNode, functionOf: (id: string) => FlowNode, lang: Lang = 'zh'): string {
  const words = ui(lang).flowNames;
  switch (node.kind) {
    case 'function': {
      // A 项 is named with its 款, unless it merely repeats it.
      const parent = node.lineage && node.lineage.length >= 2 ? node.lineage[node.lineage.length - 1] : undefined;
      return parent && parent !== node.name ? words.itemOf(parent, node.name) : node.name;
    }
    case 'basic':
    case 'group':
      return words.under(displayName(functionOf(functionIdOf(node)), functionOf, lang), node.name);
    default:
      return node.name;
  }
}

export function nodeLookup(graph: FlowGraph): (id: string) => FlowNode {
  const byId = new Map(graph.nodes.map((node) => [node.id, node]));
  return (id) => {
    const node = byId.get(id);
    if (!node) throw new Error(`flow graph has no node "${id}"`);
    return node;
  };
}

/** "，占全部41.7%" when the whole is given. */
const shareOf = (lang: Lang, value: Fen, total?: Fen) => (total ? ui(lang).flowNames.shareOfWhole(formatShare(value, total)) : '');

/** "污染防治：9,787.13万元，占全部38.5%" */
export function nodeAccessibleName(node: FlowNode, lookup: (id: string) => FlowNode, total?: Fen, lang: Lang = 'zh'): string {
  return ui(lang).flowNames.accessible(displayName(node, lookup, lang), formatWanIn(lang, node.value), shareOf(lang, node.value, total));
}

/** "上年结转 → 污染防治：1,109.00万元，占全部4.4%" */
export function linkAccessibleName(link: FlowLink, lookup: (id: string) => FlowNode, total?: Fen, lang: Lang = 'zh'): string {
  const target = lookup(link.target);
  // The function is already named on the left of the arrow, so the basic/group node needs only its own name.
  const targetName = target.kind === 'basic' || target.kind === 'group' ? target.name : displayName(target, lookup, lang);
  const name = `${displayName(lookup(link.source), lookup, lang)} → ${targetName}`;
  return ui(lang).flowNames.accessible(name, formatWanIn(lang, link.value), shareOf(lang, link.value, total));
}
