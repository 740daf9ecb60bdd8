/**
 * The data's words on the project pages in the page's language: Chinese from data/, English from
 * data/translations/en/ (checked against the Chinese, see translations.ts).
 */
import type { Lang } from '../../i18n/lang';
import type { FunctionRow, Project, Unit } from '../data/schemas';
import { FUNCTION_TRANSLATIONS, PROJECT_TRANSLATIONS, UNIT_TRANSLATIONS } from './specs';
import { translated } from './translations';

export const projectName = (lang: Lang, project: Pick<Project, 'id' | 'name'>) =>
  lang === 'en' ? translated(PROJECT_TRANSLATIONS, [project.id], 'name') : project.name;
export const projectTheme = (lang: Lang, project: Pick<Project, 'id' | 'theme'>) =>
  lang === 'en' ? translated(PROJECT_TRANSLATIONS, [project.id], 'theme') : project.theme;
export const projectAttribute = (lang: Lang, project: Pick<Project, 'id' | 'attribute'>) =>
  lang === 'en' ? translated(PROJECT_TRANSLATIONS, [project.id], 'attribute') : project.attribute;
/** Why the project sits in its functional item (written by pipeline/assign-functions.ts in both languages). */
export const projectFunctionNote = (lang: Lang, project: Pick<Project, 'id' | 'function_note'>) =>
  lang === 'en' ? translated(PROJECT_TRANSLATIONS, [project.id], 'function_note') : project.function_note;
export const unitName = (lang: Lang, unit: Pick<Unit, 'id' | 'name'>) =>
  lang === 'en' ? translated(UNIT_TRANSLATIONS, [unit.id], 'name') : unit.name;
export const unitShortName = (lang: Lang, unit: Pick<Unit, 'id' | 'short_name'>) =>
  lang === 'en' ? translated(UNIT_TRANSLATIONS, [unit.id], 'short_name') : unit.short_name;
export const functionName = (lang: Lang, row: Pick<FunctionRow, 'code' | 'name'>) =>
  lang === 'en' ? translated(FUNCTION_TRANSLATIONS, [row.code], 'name') : row.name;

/**
 * English for the closed sets of words the project pages take from src/lib (funding labels,
 * table names, levels): keyed by the Chinese, so a new word fails the build here (`english()`).
 */
const ENGLISH_WORDS: Record<string, string> = {
  // Budget-table sources (lib/projects/funding.ts budgetSources)
  一般公共预算拨款: 'General public budget appropriation',
  单位资金: 'The unit’s own funds',
  上年结转: 'Carry-over from the previous year',
  // Levels of government on the performance sheet (governmentLevels)
  中央财政资金: 'central government funds',
  省级财政资金: 'provincial government funds',
  '市县（区）财政资金': 'city and county (district) government funds',
  单位自筹: 'funds the unit raises itself',
  其他资金: 'other funds',
  // The report's tables
  表十二: 'Table 12',
  表十三: 'Table 13',
  // Levels of the functional classification
  类: 'class',
  款: 'section',
  项: 'item',
  // Indicator levels and their second-level headings
  产出指标: 'Output indicators',
  效益指标: 'Outcome indicators',
  满意度指标: 'Satisfaction indicators',
  数量指标: 'Quantity',
  质量指标: 'Quality',
  时效指标: 'Timeliness',
  成本指标: 'Cost',
  社会效益指标: 'Social benefits',
  服务对象满意度指标: 'Satisfaction of those served',
  生态效益指标: 'Ecological benefits',
  经济效益指标: 'Economic benefits',
  可持续影响指标: 'Lasting impact',
  // What each indicator level asks (lib/projects/indicators.ts LEVEL_LABELS)
  '产出：做多少、做多好、何时做、花多少': 'how much, how well, by when, at what cost',
  '效益：带来什么变化': 'what changes as a result',
  '满意度：谁来评价': 'who judges it',
};

/** The English of one of the words above; throws (failing the build) for a word without one. */
export function english(word: string): string {
  const text = ENGLISH_WORDS[word];
  if (text === undefined) throw new Error(`No English for "${word}": add it to ENGLISH_WORDS in src/lib/i18n/projectWords.ts`);
  return text;
}

/** One of the words above in the page's language: the data's own word in Chinese. */
export const projectWord = (lang: Lang, word: string) => (lang === 'en' ? english(word) : word);
