/**
 * The performance sheet's texts on the English project pages, from PROJECT_TRANSLATIONS (every
 * field translated for every project, checked like every translation).
 */
import type { Project } from '../data/schemas';
import { PROJECT_TRANSLATIONS } from './specs';
import { translated } from './translations';

export type NarrativeField = 'overview' | 'legal_basis' | 'necessity' | 'measures' | 'plan' | 'goal_period' | 'goal_annual';

/** The English of one sheet text; null when the sheet has no such text. */
export function narrativeEnglish(project: Project, field: NarrativeField): string | null {
  return project[field] ? translated(PROJECT_TRANSLATIONS, [project.id], field) : null;
}

/** Longest quote in the English opening; a longer text is cut after a sentence or clause. */
const INTRO_MAX = 280;

/** The first sentence of an English text, without its list number, cut to the intro's length at a word. */
export function firstSentenceEnglish(text: string): string {
  const cleaned = text.trim().replace(/^\(?\d{1,2}[.)]\s*/, '');
  const end = cleaned.search(/[.;](\s|$)/);
  // A sentence that ends in a semicolon goes on: say so.
  const sentence = end === -1 ? cleaned : cleaned[end] === ';' ? `${cleaned.slice(0, end)}…` : cleaned.slice(0, end + 1);
  if (sentence.length <= INTRO_MAX) return sentence;
  const cut = sentence.slice(0, INTRO_MAX);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(', '), cut.lastIndexOf(' ')))}…`;
}

/** What the English opening quotes: the annual target (or the period target, or the overview); null when the sheet has none. */
export function narrativeIntro(project: Project): { what: string; text: string } | null {
  const candidates: [NarrativeField, string][] = [
    ['goal_annual', 'annual target'],
    ['goal_period', 'target for the whole period'],
    ['overview', 'overview'],
  ];
  for (const [field, what] of candidates) {
    const text = narrativeEnglish(project, field);
    if (text) return { what, text: firstSentenceEnglish(text) };
  }
  return null;
}
