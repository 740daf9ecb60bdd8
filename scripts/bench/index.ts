import { mkdirSync, writeFileSync, existsSync, readFileSync } from 'node:fs';
import { benchDataLoading } from './data-load';
import { printTable } from './measure';

// `npm run bench`: prints a table and records the figures in bench/results.json.
const results: Record<string, unknown> = existsSync('bench/results.json')
  ? JSON.parse(readFileSync('bench/results.json', 'utf8'))
  : {};

const dataLoading = benchDataLoading();
console.log('\nData loading (median of 15 runs)');
printTable(dataLoading.map((timing) => ({ step: timing.name, 'median ms': timing.medianMs, 'min ms': timing.minMs, 'max ms': timing.maxMs })));
results.dataLoading = dataLoading;

mkdirSync('bench', { recursive: true });
results.recordedAt = new Date().toISOString();
results.node = process.version;
writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
console.log('\nWrote bench/results.json');
