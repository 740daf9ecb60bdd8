import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { directoryReader, type FileReader } from '../../src/lib/data/load';
import { validateData } from '../../src/lib/data/validate';

const realFiles = directoryReader('data');
const encode = (text: string) => new TextEncoder().encode(text);
const realText = (file: string) => readFileSync(join('data', file), 'utf8');
const readerWith = (changes: Record<string, string>): FileReader => (file) => (file in changes ? encode(changes[file]!) : realFiles(file));

describe('npm run validate checks the English translation tables', () => {
  test('a renamed project is reported with the translation file, row and column', () => {
    const projects = realText('projects.csv').replace('\nsurvivor-allowance,遗属补助,', '\nsurvivor-allowance,遗属生活补助,');
    const { errors } = validateData(readerWith({ 'projects.csv': projects }));
    const line = realText('translations/en/projects.csv').split('\n').findIndex((row) => row.startsWith('survivor-allowance,')) + 1;
    expect(errors.map((error) => error.message)).toEqual([
      `translations/en/projects.csv, row ${line}, column "name_zh": translates "遗属补助", but projects.csv row ${line} now says "遗属生活补助"`,
    ]);
    expect(errors[0]!.hint).toBeTruthy();
  });

  test('a row without English, and a missing translation file, are errors', () => {
    const functions = realText('translations/en/functions.csv').replace('\n211,节能环保支出,Energy conservation and environmental protection\n', '\n211,节能环保支出,\n');
    const { errors } = validateData(readerWith({ 'translations/en/functions.csv': functions }));
    expect(errors.map((error) => [error.code, error.file, error.column])).toEqual([['TEXT_EMPTY', 'translations/en/functions.csv', 'name']]);

    const missing = validateData((file) => (file === 'translations/en/units.csv' ? directoryReader('/nonexistent')(file) : realFiles(file)));
    expect(missing.errors.map((error) => [error.code, error.file])).toEqual([['FILE_MISSING', 'translations/en/units.csv']]);
  });
});
