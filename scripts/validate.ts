#!/usr/bin/env -S node --import tsx
// `npm run validate`: checks every CSV in data/ (or DATA_DIR) against its schema and every identity of
// the report, and prints every problem at once. The first step of `npm run build`, before any bundling.
import { readdirSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { dataDir } from '../src/lib/dataDir';
import { directoryReader } from '../src/lib/data/load';
import { formatValidation } from '../src/lib/data/report';
import { validateData } from '../src/lib/data/validate';

const start = performance.now();
const directory = dataDir();
let onDisk: string[];
try {
  onDisk = readdirSync(directory).filter((name) => name.endsWith('.csv'));
} catch {
  console.error(`validate: the data folder ${directory} does not exist (set DATA_DIR or restore data/)`);
  process.exit(1);
}
const validation = validateData(directoryReader(directory), onDisk);
const report = formatValidation(validation, directory, Math.round(performance.now() - start));
if (validation.errors.length) {
  console.error(report);
  process.exit(1);
}
console.log(report);
