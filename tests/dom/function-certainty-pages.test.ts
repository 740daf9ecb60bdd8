/** How sure the function links are, as the built pages state it: counts from the data, and every “at least N” claim names its rule set. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { parseRecords } from '../../src/lib/data/csv.ts';

const read = (path: string) => readFileSync(path, 'utf8');
const rowsOf = (path: string) => parseRecords(path, read(path)).rows;
const projects = rowsOf('data/projects.csv');
const strict = rowsOf('data/function_assignment_strict.csv');
const DIST = process.env.DIST_DIR ?? 'dist';

describe('the function links on the built pages', () => {
  test('the methodology page states the counts from the data, the rules and the stricter variant', () => {
    const { document } = parseHTML(read(`${DIST}/methodology/index.html`));
    const text = document.querySelector('main')!.textContent!.replace(/\s+/g, '');
    const editorial = projects.filter((p) => p.function_basis === 'editorial').length;
    const misfits = projects.filter((p) => p.function_fits_name === 'false').length;
    const strictMisfits = strict.filter((row) => row.function_fits_name === 'false').length;
    const changed = strict.filter((row) => projects.find((p) => p.id === row.project_id)!.function_code !== row.function_code).length;
    expect(text).toContain(`${projects.length}个项目中，有${editorial}个`);
    expect(text).toContain(`至少有${misfits}个项目只能放在名称未指向的科目`);
    expect(text).toContain(
      `至少有${strictMisfits}个项目只能放在名称未指向的科目（按上表规则为${misfits}个），有${changed}个项目选定的科目会变`,
    );
    // The rule table: one row per 项 code with project spending.
    const table = document.querySelector('#name-rules')!;
    const codes = rowsOf('data/functions.csv')
      .filter((row) => row.level === '项' && Number(row.project) > 0)
      .map((row) => row.code!);
    expect([...table.querySelectorAll('tbody th')].map((cell) => cell.textContent!.trim().slice(0, 7))).toEqual(codes);
  });

  test('every “至少有N个项目” claim on any page names the rule set it follows from', () => {
    const pages = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
        entry.isDirectory()
          ? entry.name === 'pagefind'
            ? []
            : pages(join(dir, entry.name))
          : entry.name.endsWith('.html')
            ? [join(dir, entry.name)]
            : [],
      );
    let claims = 0;
    for (const file of pages(DIST)) {
      const { document } = parseHTML(read(file));
      const text = (document.querySelector('main')?.textContent ?? '').replace(/\s+/g, '');
      for (const match of text.matchAll(/至少有\d+个项目只能放在/g)) {
        claims++;
        const sentence = text.slice(text.lastIndexOf('。', match.index) + 1, match.index);
        expect(sentence, `${file}: …${sentence.slice(-40)}`).toMatch(/规则/);
      }
    }
    expect(claims).toBeGreaterThan(1);
  });
});
