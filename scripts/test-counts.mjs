#!/usr/bin/env node
// Sums the counts the browser tests write with TEST_COUNTS_DIR=DIR (tests/browser/support/counts.ts):
// assertions, axe scans and distinct pages opened, per file and in all.
// Usage: node scripts/test-counts.mjs DIR
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2];
if (!dir) throw new Error('usage: node scripts/test-counts.mjs DIR');
const records = readdirSync(dir).filter((name) => name.endsWith('.json')).sort().map((name) => JSON.parse(readFileSync(join(dir, name), 'utf8')));
const pages = new Set();
let assertions = 0;
let axeScans = 0;
for (const record of records) {
  console.log(`${record.file.padEnd(24)} assertions ${String(record.assertions).padStart(6)}  axe scans ${String(record.axeScans).padStart(4)}  pages ${String(record.pages.length).padStart(4)}`);
  assertions += record.assertions;
  axeScans += record.axeScans;
  for (const page of record.pages) pages.add(page);
}
console.log(`${'all'.padEnd(24)} assertions ${String(assertions).padStart(6)}  axe scans ${String(axeScans).padStart(4)}  pages ${String(pages.size).padStart(4)} distinct`);
