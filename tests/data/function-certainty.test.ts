/**
 * How sure the function links are: the committed stricter variant is up to date, “determined”
 * means no equally good alternative exists, (the pages' claims: tests/dom/function-certainty-pages.test.ts).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { runAssignment, strictCsv, strictFunctionRuleRows, strictRows, targetsFromFunctions } from '../../pipeline/assignment/pipeline.ts';
import { parseRecords } from '../../src/lib/data/csv.ts';

const read = (path: string) => readFileSync(path, 'utf8');
const parseCsv = (path: string) => parseRecords(path, read(path));
const projects = parseCsv('data/projects.csv').rows;
const alternatives = parseCsv('data/function_assignment_alternatives.csv').rows;
const rules = parseCsv('data/manual/function-name-rules.csv').rows;

describe('the stricter name rules (only 其他……支出 codes fit every name)', () => {
  test('drop exactly the non-residual codes from the fits-every-name rules', () => {
    const functions = parseCsv('data/functions.csv').rows;
    const targets = targetsFromFunctions(functions);
    const anyName = (rows: readonly Record<string, string | undefined>[]) => rows.filter((row) => row.kind === 'always').flatMap((row) => row.codes!.split(/\s+/));
    const stricter = anyName(strictFunctionRuleRows(rules, targets));
    for (const code of anyName(rules)) {
      const name = functions.find((row) => row.code === code)!.name!;
      expect(stricter.includes(code), `${code} ${name}`).toBe(/^其他.*支出$/.test(name));
    }
  });

  test('data/function_assignment_strict.csv is what the script writes (rerun)', () => {
    const inputs = {
      projectRows: projects,
      functionRows: parseCsv('data/functions.csv').rows,
      functionRuleRows: rules,
      themeRuleRows: parseCsv('data/manual/theme-rules.csv').rows,
    };
    const targets = targetsFromFunctions(inputs.functionRows);
    const rerun = runAssignment({ ...inputs, functionRuleRows: strictFunctionRuleRows(rules, targets) });
    expect(strictCsv(strictRows(rerun.result))).toBe(read('data/function_assignment_strict.csv'));
  }, 120_000);
});

describe('“determined” means every minimal assignment agrees', () => {
  test('a project is editorial exactly when it has an equally good alternative code', () => {
    const withAlternative = new Set(alternatives.map((row) => row.project_id));
    for (const project of projects) expect(project.function_basis === 'editorial', project.id).toBe(withAlternative.has(project.id));
  });
});
