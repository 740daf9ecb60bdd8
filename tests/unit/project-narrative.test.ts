import { describe, expect, test } from 'vitest';
import { firstSentenceEnglish } from '../../src/lib/i18n/projectNarrative';
import { chineseRuns } from '../../src/lib/i18n/mixedText';
import { placeTextEnglish } from '../../src/lib/ranks';
import { rowCountMessage } from '../../src/lib/projects/tableFilter';
import { sheetParagraphsEnglish } from '../../src/lib/projects/text';

describe('English text helpers for the project pages', () => {
  test('the intro quotes the first sentence, without its list number, and says when it goes on', () => {
    expect(firstSentenceEnglish('1. Buy four trucks. 2. Sweep roads.')).toBe('Buy four trucks.');
    expect(firstSentenceEnglish('Keep the work going; pay the staff.')).toBe('Keep the work going…');
    const long = `${'word '.repeat(80)}end.`;
    expect(firstSentenceEnglish(long).length).toBeLessThanOrEqual(281);
    expect(firstSentenceEnglish(long).endsWith('…')).toBe(true);
  });

  test('Chinese quoted in English text is split out so it can be marked lang="zh-CN"', () => {
    expect(chineseRuns('then says 以上四项共需经费215万元: neither')).toEqual([
      { text: 'then says ', chinese: false },
      { text: '以上四项共需经费215万元', chinese: true },
      { text: ': neither', chinese: false },
    ]);
  });

  test('ranks in English: ordinals and ties', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22].map((rank) => placeTextEnglish({ rank, tied: false }))).toEqual([
      '1st',
      '2nd',
      '3rd',
      '4th',
      '11th',
      '12th',
      '13th',
      '21st',
      '22nd',
    ]);
    expect(placeTextEnglish({ rank: 2, tied: true })).toBe('joint 2nd');
  });

  test('the index’s live region in English', () => {
    expect(rowCountMessage(66, 66, 'en')).toBe('Showing all 66 projects');
    expect(rowCountMessage(5, 66, 'en')).toBe('Showing 5 of 66 projects');
  });

  test('sheet texts split into paragraphs at numbered items, not at document numbers', () => {
    expect(sheetParagraphsEnglish('Costs: 1. Repairs; 2. Fuel. 3. Minutes, [2020] No. 8. The approval.')).toEqual([
      'Costs:',
      '1. Repairs;',
      '2. Fuel.',
      '3. Minutes, [2020] No. 8. The approval.',
    ]);
  });
});
