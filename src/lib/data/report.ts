import { showValue, type DataError } from './errors';
import type { Validation } from './validate';

const cellText = (cell: { file: string; row: number; column: string; value: string }) =>
  `${cell.file}:${cell.row}:${cell.column} = ${cell.value === '' ? '(empty)' : showValue(cell.value)}`;

function formatError(error: DataError): string[] {
  const where = [error.row === undefined ? '' : `row ${error.row}`, error.column === undefined ? '' : `column ${error.column}`].filter(Boolean).join(', ');
  const lines = [`  ${error.code}  ${where ? `${where}: ` : ''}${error.detail}`];
  if (error.value !== undefined && error.cells.length === 0 && !error.detail.includes(showValue(error.value))) lines.push(`      value: ${error.value === '' ? '(empty)' : `"${showValue(error.value)}"`}`);
  if (error.cells.length) lines.push(`      from the cells (file:row:column = value):`, ...error.cells.map((cell) => `        ${cellText(cell)}`));
  if (error.hint) lines.push(`      what to do: ${error.hint}`);
  return lines;
}

/** The report `npm run validate` prints: errors grouped by file, in row order, then a count. */
export function formatValidation(validation: Validation, dataDir: string, ms: number): string {
  const { errors, skipped } = validation;
  if (errors.length === 0) return `validate: every CSV in ${dataDir} matches its schema and every identity holds (${ms} ms)`;
  const byFile = new Map<string, DataError[]>();
  for (const error of errors) byFile.set(error.file, [...(byFile.get(error.file) ?? []), error]);
  const out: string[] = [];
  for (const [file, fileErrors] of [...byFile].sort(([a], [b]) => a.localeCompare(b))) {
    out.push(`${file} (${fileErrors.length} error${fileErrors.length === 1 ? '' : 's'})`);
    const ordered = [...fileErrors].sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
    for (const error of ordered) out.push(...formatError(error));
    out.push('');
  }
  for (const reason of skipped) out.push(`not checked yet: ${reason}`);
  const codes = new Map<string, number>();
  for (const error of errors) codes.set(error.code, (codes.get(error.code) ?? 0) + 1);
  out.push(
    `validate: ${errors.length} error${errors.length === 1 ? '' : 's'} in ${byFile.size} file${byFile.size === 1 ? '' : 's'} (${[...codes].map(([code, count]) => `${code} ${count}`).join(', ')}) in ${dataDir}, ${ms} ms`,
  );
  return out.join('\n');
}
