/**
 * What every piece of a treemap view needs at build time (the full chart, its embed and its
 * per-level pages): the model, colours, link builders, and the details of the tiles on a level.
 * Built once per view and build.
 */
import { getBudget } from '../../lib/budget';
import { categories as categoriesOf, type Category } from '../../lib/treemap/categories';
import { nodeDetails, type DescribeOptions, type NodeDetails } from '../../lib/treemap/describe';
import { buildTreemapModel, type TreemapModel } from '../../lib/treemap/model';
import type { TreemapNode, TreemapView } from '../../lib/treemap/types';
import { withBase } from '../../lib/site';
import { localePath, type Lang } from '../../i18n/lang';

export interface TreemapSetup {
  view: TreemapView;
  model: TreemapModel;
  categories: Category[];
  colours: ReadonlyMap<string, string>;
  options: DescribeOptions;
  methodologyHref: string;
  /** The full page of this view. */
  pageHref: string;
  /** Folder of the per-level pages, which the client script fetches on zoom. */
  levelsHref: string;
  /** A zoom level's own page (the root's is the full page): where tiles lead without JavaScript. */
  levelHref: (nodeId: string) => string;
}

export type LevelDetails = Record<string, NodeDetails & { parent: string | null }>;

const setups = new Map<string, TreemapSetup>();

export function treemapSetup(view: TreemapView, lang: Lang = 'zh'): TreemapSetup {
  const cached = setups.get(`${view} ${lang}`);
  if (cached) return cached;
  const budget = getBudget();
  const model = buildTreemapModel(budget, view, undefined, lang);
  const link = (path: string) => withBase(localePath(lang, path));
  const categories = categoriesOf(view === 'function' ? model.tree : buildTreemapModel(budget, 'function', undefined, lang).tree);
  const pageHref = link(view === 'function' ? '/treemap/' : '/treemap/unit/');
  const levelsHref = link(`/treemap/levels/${view}/`);
  const setup: TreemapSetup = {
    view,
    model,
    categories,
    colours: new Map(categories.map((category) => [category.code, category.colour])),
    options: { projectHref: (projectId) => link(`/projects/${projectId}/`) },
    methodologyHref: link('/methodology/#function-basis'),
    pageHref,
    levelsHref,
    levelHref: (nodeId) => (nodeId === model.display.id ? pageHref : `${levelsHref}${encodeURIComponent(nodeId)}/`),
  };
  setups.set(`${view} ${lang}`, setup);
  return setup;
}

/**
 * Details for what a level shows: the level, the path down to it (for the breadcrumb and the
 * zoom-out target), its tiles and the tiles drawn inside them.
 */
export function levelDetails(setup: TreemapSetup, level: TreemapNode): LevelDetails {
  const { model, options } = setup;
  const path = model.placed.get(level.id)?.path ?? [level];
  const nodes = [...path, ...level.children, ...level.children.flatMap((child) => child.children)];
  const details: LevelDetails = {};
  for (const node of nodes) {
    const parent = model.placed.get(node.id)?.path.at(-2);
    details[node.id] = { ...nodeDetails(model, node, options), parent: parent ? parent.id : null };
  }
  return details;
}

/** A JSON data block is not executed, so the CSP allows it; "<" is escaped so it cannot close the tag. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/** The per-level pages of both views (the same in both languages): every zoom level below the first. */
export function treemapLevelPaths() {
  return (['function', 'unit'] as const).flatMap((view) => {
    const { model } = treemapSetup(view);
    return model.zoomable
      .filter((level) => level !== model.display)
      .map((level) => ({ params: { view, node: level.id }, props: { view, nodeId: level.id } }));
  });
}
