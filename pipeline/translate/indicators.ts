/**
 * Writes data/translations/en/indicators.csv and department_indicators.csv from two hand-written
 * tables of distinct strings (indicator-names.tsv, indicator-values.tsv) and the value grammar below.
 * Run after a data change: `node --import tsx pipeline/translate/indicators.ts`. The committed CSVs are
 * the source of truth (the build checks them); this script only saves retyping repeated strings, and
 * stops with the list of strings it cannot translate.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { decodeUtf8, readCsv } from '../../src/lib/data/csv';
import { publishedCsv } from '../../src/lib/data/publish';
import { translateIndicatorValue } from './indicator-values';

const here = new URL('.', import.meta.url).pathname;
const data = join(here, '../../data');

function table(file: string): Map<string, string> {
  const lines = readFileSync(join(here, file), 'utf8').trimEnd().split('\n').slice(1);
  return new Map(lines.map((line) => line.split('\t') as [string, string]));
}
const names = table('indicator-names.tsv');
const values = table('indicator-values.tsv');
const missing = new Set<string>();

function english(map: Map<string, string>, zh: string, rule?: (zh: string) => string | undefined): string {
  const text = map.get(zh) ?? rule?.(zh);
  if (text === undefined) missing.add(zh);
  return text ?? '';
}

function translate(table: string, key: string[]) {
  const file = `${table}.csv`;
  const source = readCsv(file, decodeUtf8(file, readFileSync(join(data, file))));
  const column = (name: string) => source.header.indexOf(name);
  const rows = source.rows.map((row) => {
    const name = row[column('name')]!;
    const value = row[column('value')]!;
    return [...key.map((k) => row[column(k)]!), name, english(names, name), value, english(values, value, translateIndicatorValue)];
  });
  mkdirSync(join(data, 'translations/en'), { recursive: true });
  writeFileSync(
    join(data, 'translations/en', file),
    publishedCsv([...key, 'name_zh', 'name', 'value_zh', 'value'], rows, { newline: '\n' }),
  );
}

translate('indicators', ['project_id', 'seq']);
translate('department_indicators', ['seq']);
if (missing.size) {
  console.error(`No English for ${missing.size} string(s); add them to pipeline/translate/indicator-*.tsv:\n${[...missing].join('\n')}`);
  process.exit(1);
}
