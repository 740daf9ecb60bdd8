/**
 * /en/data/ read from dist/ with linkedom: every file has its English title and description, and the
 * English data dictionary describes every column of every file, in the same order as the Chinese
 * one, with no Chinese outside lang="zh-CN". Runs in the DOM pass, after the build.
 */
import { describe, expect, test } from 'vitest';
import { readDatasetFiles } from '../../src/lib/datasetFiles';
import { describeColumns } from '../../src/lib/dataDictionary';
import { datasetWords } from '../../src/lib/datasets';
import { HAN_OR_CJK_PUNCTUATION as HAN, builtPage as page } from './support/builtPages';

const datasets = readDatasetFiles();
const english = page('en/data');
const chinese = page('data');
const text = (element: Element | null) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** The dictionary's rows, file by file: [column, description]. */
const dictionary = (document: Document, file: string) =>
  [...document.querySelectorAll(`section[aria-labelledby="dict-${file.replace('.csv', '')}"] tbody tr`)].map((row) => [
    text(row.querySelector('th')),
    text(row.querySelector('td')),
  ]);

describe('/en/data/', () => {
  test.each(datasets.map((dataset) => [dataset.file, dataset] as const))('%s: English title and description in the file list', (file) => {
    const row = english.querySelector(`#file-${file.replace('.csv', '')}`);
    expect(row, file).not.toBeNull();
    const contents = text(row!.querySelector('td'));
    expect(contents).toContain(datasetWords('en', file).title);
    expect(contents).toContain(datasetWords('en', file).description.replace(/\s+/g, ' '));
  });

  test.each(datasets.map((dataset) => [dataset.file, dataset] as const))(
    '%s: every column described in English, as in the Chinese dictionary',
    (file, dataset) => {
      const rows = dictionary(english, file);
      expect(rows.map(([column]) => column)).toEqual(dataset.columns);
      expect(rows.map(([column]) => column)).toEqual(dictionary(chinese, file).map(([column]) => column));
      expect(rows.filter(([, description]) => !description)).toEqual([]);
      expect(rows.map(([, description]) => description)).toEqual(
        describeColumns(dataset, 'en').map((entry) => entry.description.replaceAll('`', '').replace(/\s+/g, ' ')),
      );
      expect(text(english.querySelector(`#dict-${file.replace('.csv', '')}`))).toBe(`${datasetWords('en', file).title} (${file})`);
    },
  );

  test('no Chinese outside lang="zh-CN" in the main content', () => {
    const main = english.querySelector('main')!.cloneNode(true) as Element;
    for (const element of main.querySelectorAll('[lang="zh-CN"], script, style')) element.remove();
    expect((main.textContent ?? '').match(new RegExp(`.{0,20}${HAN.source}+.{0,20}`, 'g')) ?? []).toEqual([]);
  });
});
