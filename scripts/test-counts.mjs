#!/usr/bin/env node
// Sums the counts the browser tests write with TEST_COUNTS_DIR=DIR (tests/browser/support/counts.ts):
// assertions, axe scans and distinct pages opened, per file, for the page sweep's shares
// (pages-N.test.ts) together, and in all.
// Usage: node scripts/test-counts.mjs DIR
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2];
if (!dir) throw new Error('usage: node scripts/test-counts.mjs DIR');
const records = readdirSync(dir)
  .filter((name) => name.endsWith('.json'))
  .sort()
  .map((name) => JSON.parse(readFileSync(join(dir, name), 'utf8')));
const line = (name, { assertions, axeScans, pages }, note = '') =>
  console.log(
    `${name.padEnd(24)} assertions ${String(assertions).padStart(6)}  axe scans ${String(axeScans).padStart(4)}  pages ${String(pages.size ?? pages.length).padStart(4)}${note}`,
  );

function sum(group) {
  const total = { assertions: 0, axeScans: 0, pages: new Set() };
  for (const record of group) {
    total.assertions += record.assertions;
    total.axeScans += record.axeScans;
    for (const page of record.pages) total.pages.add(page);
  }
  return total;
}

for (const record of records) line(record.file, record);
const sweep = records.filter((record) => /^pages-\d+\.test\.ts$/.test(record.file));
if (sweep.length) line('page sweep (all shares)', sum(sweep), ' distinct');
const others = records.filter((record) => !sweep.includes(record));
line('other files', sum(others), ' distinct');
line('all', sum(records), ' distinct');
