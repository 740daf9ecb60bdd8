import { readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { DATASETS } from '../../src/lib/datasets';
import { readDatasetFiles } from '../../src/lib/datasetFiles';

describe('published datasets', () => {
  test('every CSV in data/ is published and described, and nothing else', () => {
    const onDisk = readdirSync('data').filter((name) => name.endsWith('.csv')).sort();
    expect(DATASETS.map((dataset) => dataset.file).sort()).toEqual(onDisk);
  });

  test('each file has a header and rows, and every column is documented in data/README.md', async () => {
    const { readFileSync } = await import('node:fs');
    const readme = readFileSync('data/README.md', 'utf8');
    for (const file of readDatasetFiles()) {
      expect(file.rowCount, file.file).toBeGreaterThan(0);
      expect(readme, `${file.file} has a section`).toContain(file.file);
      for (const column of file.columns) expect(readme, `${file.file}: ${column}`).toContain(`\`${column}\``);
    }
  });
});
