import type { Rich } from '../rich';

/** The figures the lesson's terms guide quotes, formatted (src/lib/teach/termsFigures.ts computes them). */
export interface TeachTermsFigures {
  total: string;
  totalWan: string;
  totalYuan: string;
  basic: string;
  project: string;
  carryover: string;
  carriedProjects: string;
  root: { code: string; name: string };
  section: { code: string; name: string };
  item: { code: string; name: string };
  /** The county branches: translated name and Chinese original. */
  branches: { name: string; original: string }[];
}

/** A guide to the Chinese budget terms for teachers outside China: a heading and a list of terms. */
export interface TeachTermsGuide {
  title: string;
  entries: (figures: TeachTermsFigures) => { term: Rich; gloss: Rich; text: Rich }[];
}
