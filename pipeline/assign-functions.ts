/**
 * Assign every project in data/projects.csv to a functional code (项).
 *
 *   npx tsx pipeline/assign-functions.ts          # write the columns
 *   npx tsx pipeline/assign-functions.ts --check  # exit 1 if the files would change
 *
 * Reads data/projects.csv, data/functions.csv (the 项 targets),
 * data/manual/function-name-rules.csv and data/manual/theme-rules.csv. Writes the columns function_code,
 * function_basis, function_fits_name, function_note and theme into
 * data/projects.csv (other columns untouched) and
 * data/function_assignment_alternatives.csv; then runs the stricter variant of
 * the rules (only 其他……支出 codes fit every name) and writes its result to
 * data/function_assignment_strict.csv. Writes function_note in English (worded from the same facts,
 * pipeline/assignment/notes.ts) into data/translations/en/projects.csv. Deterministic and idempotent.
 * Method: pipeline/assignment/searchAssignment.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { alternativesCsv, applyColumns, runAssignment, strictCsv, strictFunctionRuleRows, strictRows } from './assignment/pipeline.ts';
import { decodeUtf8, parseRecords } from '../src/lib/data/csv.ts';
import { applyNoteTranslations, composeNote, englishNoteWords } from './assignment/notes.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const file = (p: string) => path.join(root, p);
const PROJECTS = file('data/projects.csv');
const ALTERNATIVES = file('data/function_assignment_alternatives.csv');
const STRICT = file('data/function_assignment_strict.csv');
const TRANSLATIONS = 'data/translations/en/projects.csv';

const check = process.argv.includes('--check');
const started = performance.now();

const projectsText = fs.readFileSync(PROJECTS, 'utf8');
const rowsOf = (relative: string) => parseRecords(relative, fs.readFileSync(file(relative), 'utf8')).rows;

const inputs = {
  projectRows: parseRecords('data/projects.csv', projectsText).rows,
  functionRows: rowsOf('data/functions.csv'),
  functionRuleRows: rowsOf('data/manual/function-name-rules.csv'),
  themeRuleRows: rowsOf('data/manual/theme-rules.csv'),
};
const output = runAssignment(inputs);
const strict = runAssignment({ ...inputs, functionRuleRows: strictFunctionRuleRows(inputs.functionRuleRows, output.targets) });

const nextProjects = applyColumns(projectsText, output.columns);
const nextAlternatives = alternativesCsv(output.alternatives);
const nextStrict = strictCsv(strictRows(strict.result));
const functionNamesEnglish = new Map(rowsOf('data/translations/en/functions.csv').map((row) => [row.code ?? '', row.name ?? '']));
const english = englishNoteWords(functionNamesEnglish);
const notes = new Map(
  [...output.noteFacts].map(([id, facts]) => [id, { zh: output.columns.get(id)!.function_note, en: composeNote(facts, english) }]),
);
const translationsText = fs.readFileSync(file(TRANSLATIONS), 'utf8');
const nextTranslations = applyNoteTranslations(TRANSLATIONS, decodeUtf8(TRANSLATIONS, fs.readFileSync(file(TRANSLATIONS))), notes);
const seconds = ((performance.now() - started) / 1000).toFixed(1);

const { result } = output;
const count = (basis: string) => result.assignments.filter((a) => a.basis === basis).length;
console.log(
  `${result.assignments.length} projects; minimum misfits ${result.misfits} ` +
    `(${result.misfitIds.join(', ')}); amount-unique ${count('amount-unique')}, name-and-amount ${count('name-and-amount')}, ` +
    `editorial ${count('editorial')}; ${result.stats.searches} searches, ${result.stats.nodes} nodes, ${seconds} s`,
);
const changed = strict.result.assignments.filter((a, i) => a.code !== result.assignments[i]!.code).length;
console.log(`strict variant (only 其他……支出 codes fit every name): minimum misfits ${strict.result.misfits}; ${changed} codes differ`);

if (check) {
  const stale = [
    fs.readFileSync(PROJECTS, 'utf8') !== nextProjects && 'data/projects.csv',
    (!fs.existsSync(ALTERNATIVES) || fs.readFileSync(ALTERNATIVES, 'utf8') !== nextAlternatives) &&
      'data/function_assignment_alternatives.csv',
    (!fs.existsSync(STRICT) || fs.readFileSync(STRICT, 'utf8') !== nextStrict) && 'data/function_assignment_strict.csv',
    translationsText !== nextTranslations && TRANSLATIONS,
  ].filter(Boolean);
  if (stale.length > 0) {
    console.error(`out of date: ${stale.join(', ')} (run npx tsx pipeline/assign-functions.ts)`);
    process.exit(1);
  }
} else {
  // Re-read just before writing: another step may append columns meanwhile.
  const current = fs.readFileSync(PROJECTS, 'utf8');
  const toWrite = current === projectsText ? nextProjects : applyColumns(current, output.columns);
  if (toWrite !== current) fs.writeFileSync(PROJECTS, toWrite);
  fs.writeFileSync(ALTERNATIVES, nextAlternatives);
  fs.writeFileSync(STRICT, nextStrict);
  fs.writeFileSync(file(TRANSLATIONS), nextTranslations);
}
