import type { Lang } from '../../i18n/lang';
import { ui } from '../../i18n/ui';
import type { LinkBasis } from './types';

export interface BasisText {
  /** Short, for the table's basis column. */
  short: string;
  /** One or two sentences for the details panel. */
  explanation: string;
}

/** Where each kind of link comes from, in the reader's words (ui strings, section `flowBasis`). */
export const basisTexts = (lang: Lang): Record<LinkBasis, BasisText> => ui(lang).flowBasis;
