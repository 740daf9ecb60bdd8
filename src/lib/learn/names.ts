/**
 * The explainer's data words in one language: the Chinese page shows the report's names, the English
 * page their translations (src/lib/learn/english.ts and the translation tables).
 */
import type { Lang } from '../../i18n/lang';
import type { Project } from '../data/schemas';
import { BASIS_LABELS, type FunctionBasis } from '../functionBasis';
import { BASIS_LABELS_EN } from '../functionBasis';
import { branchNameEn, projectNameEn } from '../branches/english';
import { indicatorLevelEn } from '../i18n/specs-indicators';
import { economicNameEn, functionNameEn } from './english';
import { sourceNameEnglish } from '../i18n/sourceNames';

export interface LearnNames {
  /** A funding source of revenue.csv. */
  source: (row: { id: string; name: string }) => string;
  /** An economic category of basic_by_economic.csv (its Chinese name is its key). */
  economic: (category: string) => string;
  /** A functional code of functions.csv. */
  function: (row: { code: string; name: string }) => string;
  project: (project: Pick<Project, 'id' | 'name'>) => string;
  /** A county branch (a unit of units.csv) by id, with its Chinese short name. */
  branch: (branch: { id: string; name: string }) => string;
  /** An indicator level (indicators.csv level1 / level2). */
  level: (level: string) => string;
  basis: (basis: FunctionBasis) => string;
}

const CHINESE: LearnNames = {
  source: (row) => row.name,
  economic: (category) => category,
  function: (row) => row.name,
  project: (project) => project.name,
  branch: (branch) => branch.name,
  level: (level) => level,
  basis: (basis) => BASIS_LABELS[basis].name,
};

const ENGLISH: LearnNames = {
  source: (row) => sourceNameEnglish(row.id),
  economic: economicNameEn,
  function: (row) => functionNameEn(row.code),
  project: projectNameEn,
  branch: (branch) => branchNameEn({ id: branch.id }),
  // Lower case: the explainer names levels inside sentences and bar labels.
  level: (level) => indicatorLevelEn(level).toLowerCase(),
  basis: (basis) => BASIS_LABELS_EN[basis].name,
};

export const learnNames = (lang: Lang): LearnNames => (lang === 'en' ? ENGLISH : CHINESE);
