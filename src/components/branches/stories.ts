/**
 * The branch stories: src/pages/branches/_stories/<id>.mdx (Chinese) and <id>.en.mdx (English).
 * Both /branches/[id] and /en/branches/[id] take their paths from here, so a branch without a
 * story in either language fails the build.
 */
import type { MDXInstance } from 'astro';
import type { Lang } from '../../i18n/lang';
import { getBudget } from '../../lib/budget';
import { branchOverview } from '../../lib/branches/summary';

export interface StoryFrontmatter {
  branch: string;
  title: string;
  description: string;
}

const files = import.meta.glob<MDXInstance<StoryFrontmatter>>('../../pages/branches/_stories/*.mdx', { eager: true });

function storiesIn(lang: Lang): Map<string, MDXInstance<StoryFrontmatter>> {
  const entries = Object.entries(files).filter(([path]) => path.endsWith('.en.mdx') === (lang === 'en'));
  return new Map(entries.map(([, story]) => [story.frontmatter.branch, story]));
}

export function branchStory(lang: Lang, id: string): MDXInstance<StoryFrontmatter> {
  const story = storiesIn(lang).get(id);
  if (!story) throw new Error(`no ${lang} story for branch "${id}"`);
  return story;
}

/** getStaticPaths for both languages: one page per branch, checked against the stories. */
export function branchStoryPaths(lang: Lang) {
  const overview = branchOverview(getBudget());
  const byBranch = storiesIn(lang);
  const suffix = lang === 'en' ? '.en.mdx' : '.mdx';
  const missing = overview.branches.filter((branch) => !byBranch.has(branch.id)).map((branch) => branch.id);
  if (missing.length) throw new Error(`no story (<id>${suffix}) in src/pages/branches/_stories/ for branch(es): ${missing.join(', ')}`);
  const extra = [...byBranch.keys()].filter((id) => !overview.branches.some((branch) => branch.id === id));
  if (extra.length) throw new Error(`story for unknown branch(es): ${extra.join(', ')}`);
  return overview.branches.map((branch) => ({ params: { id: branch.id } }));
}
