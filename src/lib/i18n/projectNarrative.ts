/**
 * The performance sheet's texts on the English project pages. The fields PROJECT_TRANSLATIONS lists
 * are translated for every project (checked like every translation); the others are shown in the
 * original Chinese, marked as such.
 */
import type { Project } from '../data/schemas';
import { PROJECT_TRANSLATIONS } from './specs';
import { translated } from './translations';

export type NarrativeField = 'overview' | 'legal_basis' | 'necessity' | 'measures' | 'plan' | 'goal_period' | 'goal_annual';

const TRANSLATED: readonly string[] = PROJECT_TRANSLATIONS.fields;

/** The English of one sheet text, or null when that field is not translated (the page shows the Chinese). */
export function narrativeEnglish(project: Project, field: NarrativeField): string | null {
  if (!project[field]) return null;
  return TRANSLATED.includes(field) ? translated(PROJECT_TRANSLATIONS, [project.id], field) : null;
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

/**
 * What the English opening quotes: the translated annual target (or the period target), or the
 * overview; 'untranslated' when the sheet has texts but none of them is translated; null when it has none.
 */
export function narrativeIntro(project: Project): { what: string; text: string } | 'untranslated' | null {
  const candidates: [NarrativeField, string][] = [['goal_annual', 'annual target'], ['goal_period', 'target for the whole period'], ['overview', 'overview']];
  const present = candidates.filter(([field]) => project[field]);
  if (present.length === 0) return null;
  for (const [field, what] of present) {
    const text = narrativeEnglish(project, field);
    if (text) return { what, text: firstSentenceEnglish(text) };
  }
  return 'untranslated';
}
