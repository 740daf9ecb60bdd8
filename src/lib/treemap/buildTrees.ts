import type { FunctionRow, Project, Unit } from '../data/schemas';
import { fenToWanString, sumFen } from '../money';
import { groupBy } from '../groupBy';
import { CITY_PREFIX, withoutPrefixes } from '../text/names';
import { addFunding, basicFunding, funding } from './funding';
import type { TreemapBudget, TreemapNode } from './types';
import { ROOT_CLASS } from '../budgetConfig';
import { budgetIndex } from '../data/budgetIndex';
import { ui } from '../../i18n/ui';

/** Functional class 节能环保支出: the only money the treemaps show. */
export const ROOT_CODE = ROOT_CLASS;
const BASIC_NAME = ui('zh').chartNodes.treemapBasic;
const UNSPLIT_BASIC_NAME = ui('zh').chartNodes.treemapUnsplitBasic;

export const projectNodeId = (projectId: string) => `p-${projectId}`;
export const basicNodeId = (code: string) => `basic-${code}`;

function rootRow(budget: TreemapBudget): FunctionRow {
  return budgetIndex(budget).functionRow(ROOT_CODE);
}

/** Projects charged to class 211 (in this budget: all of them). */
export function projectsInScope(budget: TreemapBudget): Project[] {
  return budget.projects.filter((project) => project.function_code.startsWith(ROOT_CODE));
}

/** A tile name keeps at least this many characters after its prefixes go. */
const TILE_NAME_MIN = 4;

/** Makes the project tiles of one view. */
function projectNodes(budget: TreemapBudget, view: 'function' | 'unit'): (projects: readonly Project[]) => TreemapNode[] {
  const index = budgetIndex(budget);
  return (projects) =>
    projects.map((project) => projectNode(project, index.unit(project.unit_id), index.functionRow(project.function_code), view));
}

function projectNode(project: Project, unit: Unit, code: FunctionRow, view: 'function' | 'unit'): TreemapNode {
  return {
    id: projectNodeId(project.id),
    name: project.name,
    // In the unit view the group already names the unit ("城区分局"), so its prefix goes too.
    shortName: withoutPrefixes(project.name, view === 'unit' ? [CITY_PREFIX, unit.short_name] : [CITY_PREFIX], TILE_NAME_MIN),
    kind: 'project',
    amount: project.amount,
    category: project.function_code.slice(0, 5),
    funding: funding(project.general_budget, project.unit_funds, project.carryover),
    unitName: unit.name,
    project: {
      id: project.id,
      unitId: unit.id,
      unitName: unit.name,
      functionCode: code.code,
      functionName: code.name,
      basis: project.function_basis,
    },
    children: [],
  };
}

/** A group whose amount is the sum of its children; `expected` is the printed total it must equal. */
function group(node: Omit<TreemapNode, 'amount'>, expected: number, what: string): TreemapNode {
  const amount = sumFen(node.children.map((child) => child.amount));
  if (amount !== expected) {
    throw new Error(`treemap: ${what} adds up to ${fenToWanString(amount)} 万元 but the report prints ${fenToWanString(expected)}`);
  }
  return { ...node, amount };
}

/** 211 → 款 → 项 → (基本支出 + projects). Every 项 and 款 must add up to its printed total. */
export function buildFunctionTree(budget: TreemapBudget): TreemapNode {
  const root = rootRow(budget);
  const childrenOf = (code: string) =>
    budgetIndex(budget)
      .children(code)
      .sort((a, b) => a.code.localeCompare(b.code));
  const projectsByCode = groupBy(projectsInScope(budget), (project) => project.function_code);
  const tiles = projectNodes(budget, 'function');

  const xiangNode = (row: FunctionRow, category: string): TreemapNode => {
    const basic: TreemapNode[] = [];
    if (row.basic) {
      basic.push({
        id: basicNodeId(row.code),
        name: BASIC_NAME,
        shortName: BASIC_NAME,
        kind: 'basic',
        amount: row.basic,
        category,
        funding: basicFunding(budget, row.basic),
        unitName: null,
        project: null,
        children: [],
      });
    }
    const children = [...basic, ...tiles(projectsByCode.get(row.code) ?? [])];
    return group(
      {
        id: row.code,
        name: row.name,
        shortName: row.name,
        kind: 'xiang',
        category,
        funding: funding(row.general_budget, row.unit_funds, row.carryover),
        unitName: null,
        project: null,
        children,
      },
      row.total,
      `项 ${row.code} ${row.name}`,
    );
  };

  const kuanNodes = childrenOf(root.code).map((row) =>
    group(
      {
        id: row.code,
        name: row.name,
        shortName: row.name,
        kind: 'kuan',
        category: row.code,
        funding: funding(row.general_budget, row.unit_funds, row.carryover),
        unitName: null,
        project: null,
        children: childrenOf(row.code).map((xiang) => xiangNode(xiang, row.code)),
      },
      row.total,
      `款 ${row.code} ${row.name}`,
    ),
  );
  return group(
    {
      id: root.code,
      name: root.name,
      shortName: root.name,
      kind: 'root',
      category: null,
      funding: funding(root.general_budget, root.unit_funds, root.carryover),
      unitName: null,
      project: null,
      children: kuanNodes,
    },
    root.total,
    `类 ${root.code} ${root.name}`,
  );
}

/** 211 → spending unit → project, plus one tile for all basic expenditure, which the report does not split by unit. */
export function buildUnitTree(budget: TreemapBudget): TreemapNode {
  const root = rootRow(budget);
  const projectsByUnit = groupBy(projectsInScope(budget), (project) => project.unit_id);
  const tiles = projectNodes(budget, 'unit');
  const unitNodes: TreemapNode[] = budget.units
    .map((unit) => {
      const children = tiles(projectsByUnit.get(unit.id) ?? []);
      return {
        id: unit.id,
        name: unit.name,
        shortName: unit.short_name,
        kind: 'unit' as const,
        amount: sumFen(children.map((child) => child.amount)),
        category: null,
        funding: addFunding(children.map((child) => child.funding)),
        unitName: unit.name,
        project: null,
        children,
      };
    })
    .filter((unit) => unit.children.length > 0);
  const basic = root.basic ?? 0;
  const basicTile: TreemapNode[] = basic
    ? [
        {
          id: basicNodeId(root.code),
          name: UNSPLIT_BASIC_NAME,
          shortName: UNSPLIT_BASIC_NAME,
          kind: 'basic',
          amount: basic,
          category: null,
          funding: basicFunding(budget, basic),
          unitName: null,
          project: null,
          children: [],
        },
      ]
    : [];
  return group(
    {
      id: root.code,
      name: root.name,
      shortName: root.name,
      kind: 'root',
      category: null,
      funding: funding(root.general_budget, root.unit_funds, root.carryover),
      unitName: null,
      project: null,
      children: [...unitNodes, ...basicTile],
    },
    root.total,
    `类 ${root.code} ${root.name}（按单位）`,
  );
}

export function buildTree(budget: TreemapBudget, view: 'function' | 'unit'): TreemapNode {
  return view === 'function' ? buildFunctionTree(budget) : buildUnitTree(budget);
}

/** Depth-first list of every node, parents before children. */
export function allNodes(root: TreemapNode): TreemapNode[] {
  return [root, ...root.children.flatMap(allNodes)];
}

export function leaves(root: TreemapNode): TreemapNode[] {
  return root.children.length === 0 ? [root] : root.children.flatMap(leaves);
}
