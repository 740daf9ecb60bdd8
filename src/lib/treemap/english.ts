import { translated } from '../i18n/translations';
import { FUNCTION_TRANSLATIONS, PROJECT_TRANSLATIONS, UNIT_TRANSLATIONS } from '../i18n/specs';
import type { TreemapNode } from './types';
import { defined } from '../checked';

/** Names the treemap gives its own tiles, in English (buildTrees.ts has the Chinese). */
export const ENGLISH_BASIC_NAME = 'Basic expenditure';
export const ENGLISH_UNSPLIT_BASIC_NAME = 'Basic expenditure (not split by unit in the report)';

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
      const name = translated(PROJECT_TRANSLATIONS, [defined(node.project, 'node.project').id], 'name');
      return { name, shortName: name };
    }
    case 'basic': {
      // The unit view's one basic tile spans every 款, so it has no colour category.
      const name = node.category === null ? ENGLISH_UNSPLIT_BASIC_NAME : ENGLISH_BASIC_NAME;
      return { name, shortName: name };
    }
    case 'others': {
      const ranks = defined(node.ranks, 'node.ranks');
      const name = ranks.band ? `Ranks ${ranks.first}–${ranks.last}` : `Other ${ranks.last - ranks.first + 1} items`;
      return { name, shortName: name };
    }
  }
}
