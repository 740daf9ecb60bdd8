import { expect, test } from 'vitest';
import { DESCRIBED, describeColumns } from '../../src/lib/dataDictionary';
import { readDatasetFiles } from '../../src/lib/datasetFiles';
import { DATASETS, datasetWords } from '../../src/lib/datasets';
import { ui } from '../../src/i18n/ui';

const HAN = /\p{Script=Han}/u;
const files = readDatasetFiles();

test('the dictionary describes every column of every file in both languages, the English without Chinese', () => {
  for (const dataset of files) {
    const chinese = describeColumns(dataset, 'zh');
    const english = describeColumns(dataset, 'en');
    expect(
      english.map((entry) => entry.column),
      dataset.file,
    ).toEqual(dataset.columns);
    expect(chinese.map((entry) => entry.column)).toEqual(dataset.columns);
    for (const { column, description } of chinese) expect(description, `${dataset.file} ${column}`).toMatch(HAN);
    for (const { column, description } of english) expect(description, `${dataset.file} ${column}`).not.toMatch(HAN);
  }
});

test('it has no entry for a file or column that is not published, and names a missing one', () => {
  const columns = new Map<string, Set<string>>(files.map((dataset) => [dataset.file, new Set(dataset.columns)]));
  for (const [file, entries] of Object.entries(DESCRIBED.byFile)) {
    expect(columns.has(file), file).toBe(true);
    for (const column of entries) expect(columns.get(file)!.has(column), `${file} ${column}`).toBe(true);
  }
  const allColumns = new Set(files.flatMap((dataset) => dataset.columns));
  for (const column of DESCRIBED.common) expect(allColumns.has(column), column).toBe(true);
  expect(() => describeColumns({ file: 'units.csv', columns: ['no_such_column'] }, 'en')).toThrow(
    /dataDictionary\.ts.*English.*no_such_column/,
  );
  expect(() => describeColumns({ file: 'units.csv', columns: ['no_such_column'] }, 'zh')).toThrow(/Chinese.*no_such_column/);
});

test('every published file has a title and description in both languages (ui section `datasets`), and nothing else does', () => {
  const files = DATASETS.map((dataset) => dataset.file).sort();
  expect(Object.keys(ui('zh').datasets).sort()).toEqual(files);
  expect(Object.keys(ui('en').datasets).sort()).toEqual(files);
  for (const dataset of DATASETS) {
    const chinese = datasetWords('zh', dataset.file);
    const english = datasetWords('en', dataset.file);
    expect(`${chinese.title}${chinese.description}`, dataset.file).toMatch(HAN);
    expect(`${english.title} ${english.description}`, dataset.file).not.toMatch(HAN);
    expect(english.description.length, dataset.file).toBeGreaterThan(20);
  }
});
