/**
 * Names on the worksheet's data sheets in the page's language. Chinese sheets print the report's
 * names; English sheets print the translation (from the checked tables) with the Chinese original
 * beside it, so a teacher can find each row in the report.
 */
import type { Lang } from '../../i18n/lang';
import { ui, type UiStrings } from '../../i18n/ui';
import type { FunctionRow, Project, Revenue, ThreePublic, Unit } from '../data/schemas';
import { translated } from '../i18n/translations';
import { THREE_PUBLIC_TRANSLATIONS } from '../i18n/specs-teach';
import { sourceNameEnglish } from '../i18n/sourceNames';
import { branchNameEn, projectNameEn } from '../branches/english';
import { economicNameEn, functionNameEn } from '../learn/english';
import { capitalised } from '../text/capitalised';

/** A summary row of the worksheet: a budget total with a label in the ui strings. */
export type WorksheetTotal = keyof UiStrings['worksheetTotals'];

interface Named {
  name: string;
  original?: string;
}

/** How each kind of row is named on the sheets in `lang`. */
export function materialNamer(lang: Lang) {
  const en = lang === 'en';
  const pair = (english: () => string, chinese: string): Named => (en ? { name: english(), original: chinese } : { name: chinese });
  return {
    total: (id: WorksheetTotal) => pair(() => ui('en').worksheetTotals[id], ui('zh').worksheetTotals[id]),
    source: (row: Revenue) => pair(() => capitalised(sourceNameEnglish(row.id)), row.name),
    threePublic: (row: ThreePublic) => pair(() => translated(THREE_PUBLIC_TRANSLATIONS, [row.id], 'name'), row.name),
    economic: (category: string) => pair(() => capitalised(economicNameEn(category)), category),
    functionRow: (row: FunctionRow) => pair(() => `${row.code} ${functionNameEn(row.code)}`, en ? row.name : `${row.code} ${row.name}`),
    project: (project: Project) => pair(() => projectNameEn(project), project.name),
    branch: (unit: Unit) => pair(() => branchNameEn(unit), unit.short_name),
    functionNote: (row: FunctionRow) => `${row.code} ${en ? functionNameEn(row.code) : row.name}`,
  };
}
