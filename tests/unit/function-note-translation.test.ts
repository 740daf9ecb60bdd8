/**
 * projects.function_note in English: worded by pipeline/assignment/notes.ts from the same facts as
 * the Chinese, stored in data/translations/en/projects.csv (function_note_zh, function_note) and
 * checked like every translation, so a reworded Chinese note fails naming file, row and column.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PROJECT_TRANSLATIONS } from '../../src/lib/i18n/specs';
import { checkTranslations } from '../../src/lib/i18n/translations';
import { directoryReader } from '../../src/lib/data/load';
import { readCsv } from '../../src/lib/data/csv';
import { applyNoteTranslations, chineseNoteWords, composeNote, englishNoteWords, type NoteFacts } from '../../pipeline/assignment/notes';

const realData = directoryReader('data');
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('the function_note translation', () => {
  it('is a field of the projects translation spec, and the committed file passes', () => {
    expect(PROJECT_TRANSLATIONS.fields).toContain('function_note');
    expect(checkTranslations(PROJECT_TRANSLATIONS, realData).errors).toEqual([]);
  });

  it('fails naming file, row and column when a Chinese note changes', () => {
    const projects = text(realData('projects.csv'));
    const old = '编辑判断：按本站的名称规则，该科目与任何名称都不冲突；也可归入2110102一般行政管理事务，';
    const changed = projects.replace(`,${old}`, `,（改）${old}`);
    expect(changed).not.toBe(projects);
    const read = (file: string) => (file === 'projects.csv' ? new TextEncoder().encode(changed) : realData(file));
    const messages = checkTranslations(PROJECT_TRANSLATIONS, read).errors.map((error) => error.message);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(
      /^translations\/en\/projects\.csv, row 2, column "function_note_zh": translates "编辑判断：.*", but projects\.csv row 2 now says "（改）编辑判断：/,
    );
  });
});

describe('composeNote', () => {
  const zhNames = new Map([
    ['2110301', '大气'],
    ['2110302', '水体'],
  ]);
  const enNames = new Map([
    ['2110301', 'Air'],
    ['2110302', 'Water bodies'],
  ]);
  const misfit: NoteFacts = {
    basis: 'editorial',
    fitsName: false,
    keyword: undefined,
    ruleKind: undefined,
    equalAlternatives: ['2110301', '2110302'],
    optimum: 7,
    shortfall: { named: 1_433_490_000, target: 1_600_160_000 },
  };

  it('words the same facts in both languages', () => {
    expect(composeNote(misfit, chineseNoteWords(zhNames))).toBe(
      '编辑判断：名称未指向该科目。报告各科目的金额精确到分；按本站的名称规则（规则表见方法说明），至少有7个项目只能放在名称未指向的科目（名称指向该科目的项目合计1433.49万元，比该科目的1600.16万元少166.67万元，须由其他项目补足），本项目是可行组合之一；也可归入2110301大气、2110302水体。',
    );
    expect(composeNote(misfit, englishNoteWords(enNames))).toBe(
      'Editorial judgement: its name does not point to this item. The report gives each item’s amount to the cent; under this site’s naming rules (the table of rules is in the methodology), at least 7 projects can only sit in items their names do not point to (the projects whose names point to this item add up to ¥14,334,900, ¥1,666,700 less than the item’s ¥16,001,600, so other projects must make up the difference), and placing this project here is one combination that works; it could also go under 2110301 Air or 2110302 Water bodies.',
    );
    const keyword: NoteFacts = { ...misfit, basis: 'amount-unique', fitsName: true, keyword: '湿地', ruleKind: 'keyword', shortfall: null };
    expect(composeNote(keyword, englishNoteWords(enNames))).toBe(
      'Fixed by the amount: charged to any other item, the items’ totals by source of funds could not match the report (its Chinese name contains the keyword for “wetlands”, which fits this item).',
    );
  });

  it('stops at a keyword or an item without English', () => {
    const keyword: NoteFacts = { ...misfit, basis: 'name-and-amount', fitsName: true, keyword: '新词', ruleKind: 'keyword' };
    expect(() => composeNote(keyword, englishNoteWords(enNames))).toThrow('No English for the name keyword "新词"');
    expect(() => composeNote(misfit, englishNoteWords(new Map()))).toThrow('No English name for functional code 2110301');
  });
});

describe('applyNoteTranslations', () => {
  const file = 'data/translations/en/projects.csv';
  const committed = readFileSync(file, 'utf8');

  it('rewrites the committed file to the same bytes from its own notes', () => {
    const projects = readCsv('projects.csv', text(realData('projects.csv')));
    const [id, zh] = ['id', 'function_note'].map((column) => projects.header.indexOf(column)) as [number, number];
    const english = checkTranslations(PROJECT_TRANSLATIONS, realData).translations;
    const notes = new Map(projects.rows.map((row) => [row[id]!, { zh: row[zh]!, en: english.get(row[id]!)!.function_note! }]));
    expect(applyNoteTranslations(file, committed.replace(/^\uFEFF/, ''), notes)).toBe(committed);
  });

  it('refuses a project the translation file has no row for', () => {
    expect(() =>
      applyNoteTranslations(file, 'id,name_zh,name\nbureau-operations,x,y\n', new Map([['other', { zh: 'a', en: 'b' }]])),
    ).toThrow('no function_note for project "bureau-operations"');
  });
});
