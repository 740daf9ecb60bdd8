import { describe, expect, it } from 'vitest';
import { checkTranslations } from '../../src/lib/i18n/translations';

const spec = { table: 'units', key: ['id'], fields: ['name'] } as const;
const files = (translation: string): ((file: string) => Uint8Array) => {
  const contents: Record<string, string> = {
    'units.csv': 'id,name,amount\nbureau,晋城市生态环境局,1.00\nzezhou,泽州分局,2.00\n',
    'translations/en/units.csv': translation,
  };
  return (file) => new TextEncoder().encode(contents[file]!);
};

describe('data-row translations', () => {
  it('reads one English text per row and field', () => {
    const { translations, errors } = checkTranslations(
      spec,
      files('id,name_zh,name\nbureau,晋城市生态环境局,Municipal Bureau\nzezhou,泽州分局,Zezhou Branch\n'),
    );
    expect(errors).toEqual([]);
    expect(translations.get('zezhou')).toEqual({ name: 'Zezhou Branch' });
  });

  it('names file, row and column when the Chinese changed, a row is missing or unknown', () => {
    const { errors } = checkTranslations(
      spec,
      files('id,name_zh,name\nbureau,晋城市环保局,Municipal Bureau\nlingchuan,陵川分局,Lingchuan Branch\n'),
    );
    const messages = errors.map((error) => error.message);
    expect(messages).toContain(
      'translations/en/units.csv, row 2, column "name_zh": translates "晋城市环保局", but units.csv row 2 now says "晋城市生态环境局"',
    );
    expect(messages.some((message) => message.startsWith('translations/en/units.csv, row 3, column "id": translates id "lingchuan"'))).toBe(
      true,
    );
    expect(messages.some((message) => message.includes('has no row for units.csv row 3 (id "zezhou")'))).toBe(true);
  });

  it('refuses an empty translation and a wrong header', () => {
    expect(checkTranslations(spec, files('id,name_zh,name\nbureau,晋城市生态环境局,\nzezhou,泽州分局,Zezhou\n')).errors[0]!.message).toBe(
      'translations/en/units.csv, row 2, column "name": has no English for "晋城市生态环境局"',
    );
    expect(checkTranslations(spec, files('id,name\nbureau,x\n')).errors[0]!.code).toBe('HEADER_MISMATCH');
  });
});
