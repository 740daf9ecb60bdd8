/**
 * The note on why a project sits in its functional item (projects.function_note), from the search's
 * facts, worded in Chinese for data/projects.csv and in English for
 * data/translations/en/projects.csv. Both languages share one set of facts and one sentence plan,
 * so the English says exactly what the Chinese says.
 */
import { fenToWanString, type Fen } from '../../src/lib/money.ts';
import { formatYuanEnglish } from '../../src/lib/format.ts';
import type { RuleKind } from '../../src/lib/nameRules.ts';
import { readCsv } from '../../src/lib/data/csv.ts';
import { DataErrors } from '../../src/lib/data/errors.ts';
import { publishedCsv } from '../../src/lib/data/publish.ts';

/** What the note states about one project's assignment. */
export interface NoteFacts {
  basis: string;
  fitsName: boolean;
  /** The name's keyword that points to the chosen code (a `keyword` rule), if any. */
  keyword: string | undefined;
  ruleKind: RuleKind | undefined;
  /** Codes the project could equally go under. */
  equalAlternatives: readonly string[];
  /** The minimum number of projects that must sit in a code their name does not point to. */
  optimum: number;
  /** For a misfit: the first source of funds whose name-matching projects fall short of the code's amount. */
  shortfall: { named: Fen; target: Fen } | null;
}

/** One language's wording of the note. */
export interface NoteWords {
  /** A code with its name: "2110102一般行政管理事务". */
  label(code: string): string;
  list(labels: readonly string[]): string;
  misfit: string;
  keyword(keyword: string): string;
  always: string;
  fallback: string;
  shortfall(named: Fen, target: Fen): string;
  amountUnique(nameClause: string): string;
  nameAndAmount(nameClause: string, fitsName: boolean): string;
  editorialFits(nameClause: string, alternatives: string): string;
  editorialMisfit(nameClause: string, optimum: number, shortfall: string | null, alternatives: string): string;
}

/** The Chinese wording (the committed data/projects.csv is written with it). */
export function chineseNoteWords(codeNames: ReadonlyMap<string, string>): NoteWords {
  return {
    label: (code) => `${code}${codeNames.get(code) ?? ''}`,
    list: (labels) => labels.join('、'),
    misfit: '名称未指向该科目',
    keyword: (keyword) => `名称含“${keyword}”，与该科目相符`,
    always: '按本站的名称规则，该科目与任何名称都不冲突',
    fallback: '名称未提示具体业务，可归为机关后勤服务',
    shortfall: (named, target) =>
      `名称指向该科目的项目合计${fenToWanString(named)}万元，比该科目的${fenToWanString(target)}万元少${fenToWanString(target - named)}万元，须由其他项目补足`,
    amountUnique: (nameClause) => `金额唯一确定：换到任何其他科目，各科目按资金来源的合计都无法与报告相符（${nameClause}）。`,
    nameAndAmount: (nameClause, fitsName) =>
      fitsName
        ? `${nameClause}，且金额可行；按本站的名称规则，换到其他任何科目都会增加名称与科目不符的项目。`
        : `${nameClause}，但按本站的名称规则，换到其他任何科目都会使名称与科目不符的项目更多。`,
    editorialFits: (nameClause, alternatives) =>
      `编辑判断：${nameClause}；也可归入${alternatives}，按本站的名称规则，名称与科目不符的项目不会增加；按“金额大的项目先取首选科目”的规则选定。`,
    editorialMisfit: (nameClause, optimum, shortfall, alternatives) =>
      `编辑判断：${nameClause}。报告各科目的金额精确到分；按本站的名称规则（规则表见方法说明），至少有${optimum}个项目只能放在名称未指向的科目${shortfall ? `（${shortfall}）` : ''}，本项目是可行组合之一；也可归入${alternatives}。`,
  };
}

/**
 * English for the keywords of data/manual/function-name-rules.csv. The English note names what the
 * keyword means (the English page shows the Chinese name beside its translation, and the flow
 * panel carries no Chinese); a keyword without an entry stops the pipeline.
 */
const KEYWORDS_ENGLISH: Record<string, string> = {
  生物多样性: 'biodiversity',
  物种: 'species',
  黑臭水体: 'black, foul-smelling water',
  农村: 'rural',
  国产化: 'domestic software and hardware',
  信息化: 'information technology',
  业务系统: 'business systems',
  土壤: 'soil',
  地下水: 'groundwater',
  大气: 'air',
  空气: 'air quality',
  扬尘: 'dust',
  洒水: 'sprinkling',
  降尘: 'dust suppression',
  道路清扫: 'road sweeping',
  机动车: 'motor vehicles',
  国控点: 'national monitoring sites',
  气象: 'weather',
  噪声: 'noise',
  绩效评级: 'performance rating',
  水污染: 'water pollution',
  水质: 'water quality',
  水站: 'water-monitoring stations',
  水体: 'water bodies',
  湿地: 'wetlands',
  断面: 'river cross-sections',
  入河: 'discharges into rivers',
  排污口: 'sewage outfalls',
  污染防治: 'pollution control',
  综合专项治理: 'comprehensive clean-up',
  监测: 'monitoring',
  监控: 'surveillance',
  实验室: 'laboratory',
  检定: 'calibration',
  数据专线: 'leased data lines',
  执法: 'enforcement',
  监察: 'inspection',
  巡查: 'patrols',
  设备购置: 'equipment purchases',
  办公: 'office',
  修缮: 'repairs',
};

function keywordEnglish(keyword: string): string {
  const text = KEYWORDS_ENGLISH[keyword];
  if (text === undefined)
    throw new Error(`No English for the name keyword "${keyword}": add it to KEYWORDS_ENGLISH in pipeline/assignment/notes.ts`);
  return text;
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The English wording; `codeNames` are the items' English names (data/translations/en/functions.csv). */
export function englishNoteWords(codeNames: ReadonlyMap<string, string>): NoteWords {
  return {
    label: (code) => {
      const name = codeNames.get(code);
      if (name === undefined) throw new Error(`No English name for functional code ${code} in data/translations/en/functions.csv`);
      return `${code} ${name}`;
    },
    list: (labels) => (labels.length < 2 ? labels.join('') : `${labels.slice(0, -1).join(', ')} or ${labels[labels.length - 1]}`),
    misfit: 'its name does not point to this item',
    keyword: (keyword) => `its Chinese name contains the keyword for “${keywordEnglish(keyword)}”, which fits this item`,
    always: 'under this site’s naming rules, this item conflicts with no project name',
    fallback: 'its name points to no particular line of work, so it may count as the offices’ support services',
    shortfall: (named, target) =>
      `the projects whose names point to this item add up to ${formatYuanEnglish(named)}, ${formatYuanEnglish(target - named)} less than the item’s ${formatYuanEnglish(target)}, so other projects must make up the difference`,
    amountUnique: (nameClause) =>
      `Fixed by the amount: charged to any other item, the items’ totals by source of funds could not match the report (${nameClause}).`,
    nameAndAmount: (nameClause, fitsName) =>
      fitsName
        ? `${capitalise(nameClause)}, and the amount fits; under this site’s naming rules, moving it to any other item would add to the projects whose names do not fit their item.`
        : `${capitalise(nameClause)}, but under this site’s naming rules, moving it to any other item would leave more projects whose names do not fit their item.`,
    editorialFits: (nameClause, alternatives) =>
      `Editorial judgement: ${nameClause}; it could also go under ${alternatives}, and under this site’s naming rules that would not add to the projects whose names do not fit their item; chosen by the rule “larger projects take their preferred item first”.`,
    editorialMisfit: (nameClause, optimum, shortfall, alternatives) =>
      `Editorial judgement: ${nameClause}. The report gives each item’s amount to the cent; under this site’s naming rules (the table of rules is in the methodology), at least ${optimum} projects can only sit in items their names do not point to${shortfall ? ` (${shortfall})` : ''}, and placing this project here is one combination that works; it could also go under ${alternatives}.`,
  };
}

/** The note for one project in the given wording. */
export function composeNote(facts: NoteFacts, words: NoteWords): string {
  const { basis, fitsName, keyword, ruleKind, equalAlternatives, optimum, shortfall } = facts;
  const alternatives = words.list(equalAlternatives.map((code) => words.label(code)));
  const nameClause = !fitsName
    ? words.misfit
    : ruleKind === 'keyword' && keyword
      ? words.keyword(keyword)
      : ruleKind === 'always'
        ? words.always
        : words.fallback;
  if (basis === 'amount-unique') return words.amountUnique(nameClause);
  if (basis === 'name-and-amount') return words.nameAndAmount(nameClause, fitsName);
  if (fitsName) return words.editorialFits(nameClause, alternatives);
  return words.editorialMisfit(nameClause, optimum, shortfall ? words.shortfall(shortfall.named, shortfall.target) : null, alternatives);
}

/** The translation file's columns for the note (see src/lib/i18n/translations.ts). */
const NOTE_COLUMNS = ['function_note_zh', 'function_note'] as const;

/**
 * Set the note's Chinese and English in data/translations/en/projects.csv text: every other column
 * and row untouched, the two columns added at the end when missing. Throws for a project the file
 * has no row for (its translation must be written first).
 */
export function applyNoteTranslations(file: string, csvText: string, notes: ReadonlyMap<string, { zh: string; en: string }>): string {
  const { header, rows, errors } = readCsv(file, csvText);
  if (errors.length > 0) throw new DataErrors(errors);
  const order = [...header, ...NOTE_COLUMNS.filter((column) => !header.includes(column))];
  const id = order.indexOf('id');
  const [zhColumn, enColumn] = NOTE_COLUMNS.map((column) => order.indexOf(column)) as [number, number];
  const seen = new Set<string>();
  const out = rows.map((row) => {
    const next = order.map((_, index) => row[index] ?? '');
    const note = notes.get(next[id]!);
    if (!note) throw new Error(`${file}: no function_note for project "${next[id]}"`);
    seen.add(next[id]!);
    next[zhColumn] = note.zh;
    next[enColumn] = note.en;
    return next;
  });
  for (const key of notes.keys()) if (!seen.has(key)) throw new Error(`${file} has no row for project "${key}"`);
  return publishedCsv(order, out, { newline: '\n' });
}
