import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { dataDir } from './dataDir';
import { defined } from './checked';

/**
 * When the report was made and which data the site shows, read from data/ (never from the clock,
 * so two builds of the same data are identical).
 */
export interface Edition {
  /** The latest 填报日期 printed on the report's sheets, YYYY-MM-DD: the report is from after it. */
  lastFilled: string;
  /** Its line in data/source/. */
  lastFilledLine: number;
  /** A fingerprint of every CSV in data/: it changes whenever any figure does. */
  dataVersion: string;
}

export const SOURCE_TEXT = 'source/jincheng-eeb-2024-budget.txt';

/** The latest “填报日期： 20240327084851” in the report's text. */
export function latestFilledDate(text: string): { date: string; line: number } {
  let latest: { stamp: string; line: number } | null = null;
  text.split('\n').forEach((line, index) => {
    for (const match of line.matchAll(/填报日期：\s*(\d{8})\d{6}/g)) {
      const stamp = defined(match[1], 'the report text: the date of a 填报日期');
      if (!latest || stamp > latest.stamp) latest = { stamp, line: index + 1 };
    }
  });
  if (!latest) throw new Error(`${SOURCE_TEXT} has no “填报日期”`);
  const { stamp, line } = latest as { stamp: string; line: number };
  return { date: `${stamp.slice(0, 4)}-${stamp.slice(4, 6)}-${stamp.slice(6, 8)}`, line };
}

/** Short SHA-256 over the names and bytes of data/*.csv, in name order. */
export function dataFingerprint(directory: string): string {
  const hash = createHash('sha256');
  for (const name of readdirSync(directory)
    .filter((file) => file.endsWith('.csv'))
    .sort()) {
    hash.update(`${name}\0`);
    hash.update(readFileSync(join(directory, name)));
  }
  return hash.digest('hex').slice(0, 8);
}

let cached: Edition | undefined;

export function getEdition(): Edition {
  if (!cached) {
    const directory = dataDir();
    const filled = latestFilledDate(readFileSync(join(directory, SOURCE_TEXT), 'utf8'));
    cached = { lastFilled: filled.date, lastFilledLine: filled.line, dataVersion: dataFingerprint(directory) };
  }
  return cached;
}
