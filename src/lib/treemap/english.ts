import { translated } from '../i18n/translations';
import { FUNCTION_TRANSLATIONS, PROJECT_TRANSLATIONS, UNIT_TRANSLATIONS } from '../i18n/specs';
import type { TreemapNode } from './types';
import { defined } from '../checked';
import { ui } from '../../i18n/ui';

/** Names the treemap gives its own tiles, in English (ui strings, section `chartNodes`). */
const TILES = ui('en').chartNodes;

const functionName = (code: string) => translated(FUNCTION_TRANSLATIONS, [code], 'name');
const unitName = (id: string) => translated(UNIT_TRANSLATIONS, [id], 'name');

/**
 * The same tree with English names, from the checked translations in data/translations/en/: the
 * shape, ids and amounts stay, so both languages draw the same tiles. Works on the tree as the
 * report gives it and on the drawn tree (whose "others" groups are named from their ranks).
 */
export function englishTree(node: TreemapNode): TreemapNode {
  const children = node.children.map(englishTree);
  const project = node.project && {
    ...node.project,
    unitName: unitName(node.project.unitId),
    functionName: functionName(node.project.functionCode),
  };
  const names = englishNames(node);
  return { ...node, ...names, unitName: node.unitName === null ? null : englishUnitName(node, project, children), project, children };
}

/** The unit of a project or unit tile; a group of small tiles takes its first member's (as grouping does). */
function englishUnitName(node: TreemapNode, project: TreemapNode['project'], children: TreemapNode[]): string | null {
  if (project) return project.unitName;
  if (node.kind === 'unit') return unitName(node.id);
  const member = children.find((child) => child.unitName !== null);
  if (!member) throw new Error(`treemap: no English unit name for "${node.id}"`);
  return member.unitName;
}

function englishNames(node: TreemapNode): { name: string; shortName: string } {
  switch (node.kind) {
    case 'root':
    case 'kuan':
    case 'xiang': {
      const name = functionName(node.id);
      return { name, shortName: name };
    }
    case 'unit':
      return { name: unitName(node.id), shortName: translated(UNIT_TRANSLATIONS, [node.id], 'short_name') };
    case 'project': {
      const name = translated(PROJECT_TRANSLATIONS, [defined(node.project, `treemap: the project of tile "${node.id}"`).id], 'name');
      return { name, shortName: name };
    }
    case 'basic': {
      // The unit view's one basic tile spans every 款, so it has no colour category.
      const name = node.category === null ? TILES.treemapUnsplitBasic : TILES.treemapBasic;
      return { name, shortName: name };
    }
    case 'others': {
      const ranks = defined(node.ranks, `treemap: the rank band of tile "${node.id}"`);
      const name = ranks.band ? TILES.treemapRanks(ranks.first, ranks.last) : TILES.treemapOthers(ranks.last - ranks.first + 1);
      return { name, shortName: name };
    }
  }
}
