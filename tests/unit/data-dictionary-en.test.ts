import { expect, test } from 'vitest';
import { describeColumns } from '../../src/lib/dataDictionary';
import { BY_FILE_EN, COMMON_EN, describeColumnsEn } from '../../src/lib/dataDictionaryEn';
import { readDatasetFiles } from '../../src/lib/datasetFiles';
import { DATASETS } from '../../src/lib/datasets';
import { DATASETS_EN, datasetEn } from '../../src/lib/datasetsEn';

const HAN = /\p{Script=Han}/u;
const files = readDatasetFiles();

test('the English dictionary describes exactly the columns the Chinese one does, in English', () => {
  for (const dataset of files) {
    const chinese = describeColumns(dataset).map((entry) => entry.column);
    const english = describeColumnsEn(dataset);
    expect(
      english.map((entry) => entry.column),
      dataset.file,
    ).toEqual(chinese);
    for (const { column, description } of english) expect(description, `${dataset.file} ${column}`).not.toMatch(HAN);
  }
});

test('it has no entry for a file or column that is not published', () => {
  const columns = new Map(files.map((dataset) => [dataset.file, new Set(dataset.columns)]));
  for (const [file, entries] of Object.entries(BY_FILE_EN)) {
    expect(columns.has(file), file).toBe(true);
    for (const column of Object.keys(entries)) expect(columns.get(file)!.has(column), `${file} ${column}`).toBe(true);
  }
  const allColumns = new Set(files.flatMap((dataset) => dataset.columns));
  for (const column of Object.keys(COMMON_EN)) expect(allColumns.has(column), column).toBe(true);
  expect(() => describeColumnsEn({ file: 'units.csv', columns: ['no_such_column'] })).toThrow(/dataDictionaryEn\.ts.*no_such_column/);
});

test('every published file has an English title and description, and nothing else does', () => {
  expect(Object.keys(DATASETS_EN).sort()).toEqual(DATASETS.map((dataset) => dataset.file).sort());
  for (const dataset of DATASETS) {
    const { title, description } = datasetEn(dataset.file);
    expect(`${title} ${description}`, dataset.file).not.toMatch(HAN);
    expect(description.length, dataset.file).toBeGreaterThan(20);
  }
  expect(() => datasetEn('nope.csv')).toThrow(/datasetsEn\.ts/);
});
