/**
 * The budget year is stated once (BUDGET_YEAR in src/lib/budgetConfig.ts; the year before is
 * BUDGET_YEAR - 1): no reader string in src/ types it. Scans every .ts, .astro and .mdx file under
 * src/, comments removed, for a year followed by 年 (2024年) and for 2024 or 2023 standing on its own
 * (not part of a longer number, a file name like jincheng-eeb-2024-budget.txt or a date like
 * 2024-01-01). A match in a file on the allowlist is accepted when the allowlist's pattern matches
 * its line; everything else fails with file, line and text.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';

const ROOT = join(process.cwd(), 'src');

/** A year typed in: 20xx年 anywhere, or 2023/2024 not joined to letters, digits, _ or - (ASCII only). */
const TYPED_YEAR = /20\d\d年|(?<![A-Za-z0-9_-])(?:2023|2024)(?![A-Za-z0-9_-])/g;

interface Allowed {
  /** Path under src/, or a folder ending in /. */
  path: string;
  /** The line's text must match this for the match to be accepted. */
  line: RegExp;
}

const ANY = /./;

const ALLOWLIST: Allowed[] = [
  // The one home of the year.
  { path: 'lib/budgetConfig.ts', line: /BUDGET_YEAR = 2024/ },
  // Patterns that find the report's own sentences in its text: data, not UI.
  { path: 'lib/branches/breakdowns.ts', line: /pattern: `/ },
  // The branch stories are editorial prose written about this report, like the report itself; their
  // years are dates (tests/data/no-literal-amounts.test.ts allows the same).
  { path: 'pages/branches/_stories/', line: ANY },
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|astro|mdx)$/.test(name) ? [path] : [];
  });
}

/** Comments blanked out (keeping line breaks, so line numbers stay right): they are not reader text. */
function withoutComments(source: string): string {
  const blank = (text: string) => text.replace(/[^\n]/g, ' ');
  return source
    .replace(/\/\*[\s\S]*?\*\//g, blank)
    .replace(/<!--[\s\S]*?-->/g, blank)
    .replace(/(^|[\s;{}(),])\/\/.*$/gm, (_match, before: string) => before);
}

function typedYears(file: string): { line: number; text: string }[] {
  const lines = withoutComments(readFileSync(file, 'utf8')).split('\n');
  return lines.flatMap((text, index) => (text.match(TYPED_YEAR) ? [{ line: index + 1, text: text.trim() }] : []));
}

const allowed = (path: string, text: string) =>
  ALLOWLIST.some((entry) => (entry.path.endsWith('/') ? path.startsWith(entry.path) : path === entry.path) && entry.line.test(text));

describe('the budget year is typed only in src/lib/budgetConfig.ts', () => {
  test('no reader string in src/ types the year', () => {
    const found = sourceFiles(ROOT).flatMap((file) => {
      const path = relative(ROOT, file);
      return typedYears(file)
        .filter((hit) => !allowed(path, hit.text))
        .map((hit) => `src/${path}:${hit.line}: ${hit.text.slice(0, 120)}`);
    });
    expect(found, 'write BUDGET_YEAR (or BUDGET_YEAR - 1) from src/lib/budgetConfig.ts, through src/i18n/ui for UI text').toEqual([]);
  });

  test('the scan finds a typed year and ignores comments, file names and dates', () => {
    const hits = (source: string) => withoutComments(source).match(TYPED_YEAR) ?? [];
    expect(hits("const title = '预算2024';")).toEqual(['2024']);
    expect(hits('`截至2023年底`')).toEqual(['2023年']);
    expect(hits("'Budget 2024'")).toEqual(['2024']);
    expect(hits('// the 2024 report\n/* 2024年 */')).toEqual([]);
    expect(hits("'jincheng-eeb-2024-budget.txt', '2024-01-01', DAYS_IN_2024, 12024")).toEqual([]);
  });

  test('every allowlist entry still matches something (no stale exceptions)', () => {
    const files = sourceFiles(ROOT).map((file) => ({ path: relative(ROOT, file), hits: typedYears(file) }));
    const stale = ALLOWLIST.filter(
      (entry) =>
        !files.some(
          ({ path, hits }) =>
            (entry.path.endsWith('/') ? path.startsWith(entry.path) : path === entry.path) && hits.some((hit) => entry.line.test(hit.text)),
        ),
    );
    expect(stale.map((entry) => entry.path)).toEqual([]);
  });
});
