/**
 * Components available in every branch story (src/pages/branches/_stories/*.mdx) without an import.
 * Figures resolve against the data and fail the build on an unknown id or a failed match; <Term>
 * marks a glossary term where it first appears in the story.
 */
import Amount from '../figures/Amount.astro';
import BreakdownAmount from '../figures/BreakdownAmount.astro';
import Count from '../figures/Count.astro';
import Indicator from '../figures/Indicator.astro';
import Rank from '../figures/Rank.astro';
import Share from '../figures/Share.astro';
import SheetNumber from '../figures/SheetNumber.astro';
import Term from '../glossary/Term.astro';
import BranchCompareMini from './BranchCompareMini.astro';
import BranchProjectsChart from './BranchProjectsChart.astro';
import BranchSources from './BranchSources.astro';
import BranchThemeChart from './BranchThemeChart.astro';
import ProjectHeading from './ProjectHeading.astro';
import SheetBreakdown from './SheetBreakdown.astro';
import WatchList from './WatchList.astro';

export const storyComponents = {
  Amount,
  BreakdownAmount,
  Count,
  Indicator,
  Rank,
  Share,
  SheetNumber,
  Term,
  BranchCompareMini,
  BranchProjectsChart,
  BranchSources,
  BranchThemeChart,
  ProjectHeading,
  SheetBreakdown,
  WatchList,
};

/** Names the no-literal-amounts test treats as figure components (their attributes are lookups, not prose). */
export const STORY_COMPONENT_NAMES = Object.keys(storyComponents);
