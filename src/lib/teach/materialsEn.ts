/**
 * Names on the worksheet's data sheets in the page's language. Chinese sheets print the report's
 * names; English sheets print the translation (from the checked tables) with the Chinese original
 * beside it, so a teacher can find each row in the report.
 */
import type { Lang } from '../../i18n/lang';
import type { FunctionRow, Project, Revenue, ThreePublic, Unit } from '../data/schemas';
import { translated } from '../i18n/translations';
import { THREE_PUBLIC_TRANSLATIONS } from '../i18n/specs-teach';
import { sourceNameEnglish } from '../i18n/sourceNames';
import { branchNameEn, projectNameEn } from '../branches/english';
import { economicNameEn, functionNameEn } from '../learn/english';
import { capitalised } from '../text/capitalised';

/** The summary rows in English (budgetIndex totals, by id). */
const TOTALS_EN: Record<string, string> = {
  'grand-total': 'Total budget',
  'energy-environment-total': 'of which: energy conservation and environmental protection (class 211)',
  'basic-total': 'Basic expenditure (staff and running costs)',
  'personnel-total': 'of which: staff costs',
  'public-total': 'of which: running (public) costs',
  'project-total': 'Project expenditure',
};

interface Named {
  name: string;
  original?: string;
}

/** How each kind of row is named on the sheets in `lang`. */
export function materialNamer(lang: Lang) {
  const en = lang === 'en';
  const pair = (english: () => string, chinese: string): Named => (en ? { name: english(), original: chinese } : { name: chinese });
  return {
    total: (id: string, chinese: string) =>
      pair(() => {
        const english = TOTALS_EN[id];
        if (!english) throw new Error(`no English name for the total "${id}": add it to src/lib/teach/materialsEn.ts`);
        return english;
      }, chinese),
    source: (row: Revenue) => pair(() => capitalised(sourceNameEnglish(row.id)), row.name),
    threePublic: (row: ThreePublic) => pair(() => translated(THREE_PUBLIC_TRANSLATIONS, [row.id], 'name'), row.name),
    economic: (category: string) => pair(() => capitalised(economicNameEn(category)), category),
    functionRow: (row: FunctionRow) => pair(() => `${row.code} ${functionNameEn(row.code)}`, en ? row.name : `${row.code} ${row.name}`),
    project: (project: Project) => pair(() => projectNameEn(project), project.name),
    branch: (unit: Unit) => pair(() => branchNameEn(unit), unit.short_name),
    functionNote: (row: FunctionRow) => `${row.code} ${en ? functionNameEn(row.code) : row.name}`,
  };
}
