import { FEN_PER_YUAN, parseWan, type Fen } from '../money';
import type { DataErrorCode } from './errors';
import { defined } from '../checked';

/** Why a cell was refused: what was expected, or (for text) what was found, and what to do. */
export interface CellProblem {
  ok: false;
  expected: string;
  /** Replaces "expected …, found …" when the problem is something found inside the text. */
  found?: string;
  code?: DataErrorCode;
  hint?: string;
  /** Text refused only for its characters is still usable, so later checks (sums, references) can run. */
  usable?: boolean;
}

/** A column parser turns one raw CSV cell into a typed value, or says what it expected. */
export interface Column<T> {
  readonly parse: (raw: string) => { ok: true; value: T } | CellProblem;
  /** True for columns that hold numbers: their cells are published as numbers, never escaped. */
  readonly numeric?: boolean;
}

const ok = <T>(value: T) => ({ ok: true as const, value });
const fail = (expected: string): CellProblem => ({ ok: false as const, expected });

function optional<T>(column: Column<T>): Column<T | null> {
  return { parse: (raw) => (raw === '' ? ok(null) : column.parse(raw)), numeric: column.numeric };
}

const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const id: Column<string> = {
  parse: (raw) => (ID_PATTERN.test(raw) ? ok(raw) : fail('an ASCII slug of lower-case letters, digits and hyphens')),
};

/** Characters that text cells must not hold, with what to tell the editor. Checked in this order. */
const FORBIDDEN_IN_TEXT: { pattern: RegExp; code: DataErrorCode; what: string; hint: string }[] = [
  { pattern: /\n|\u2028|\u2029/, code: 'TEXT_LINE_BREAK', what: 'a line break', hint: 'Write the text on one line: delete the line break (Alt+Enter in a spreadsheet, or a newline inside quotes).' },
  { pattern: /\r/, code: 'TEXT_LINE_BREAK', what: 'a stray carriage return (CR)', hint: 'Delete the CR: save the file with LF or CRLF line endings and no CR inside a cell.' },
  { pattern: /\t/, code: 'TEXT_TAB', what: 'a tab', hint: 'Replace the tab with a space.' },
  { pattern: /[\u0000-\u001F\u007F-\u009F]/, code: 'TEXT_CONTROL', what: 'a control character', hint: 'Delete it (it is usually pasted in by accident and is invisible).' },
  // Bidirectional overrides and marks would let one cell reverse the text around it on the page.
  { pattern: /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/, code: 'TEXT_BIDI', what: 'a bidirectional control character', hint: 'Delete it: text direction comes from the characters themselves.' },
  { pattern: /[\u200B-\u200D\u2060-\u2064\uFEFF]/, code: 'TEXT_INVISIBLE', what: 'a zero-width character', hint: 'Delete it (copy the text through a plain-text editor to see it).' },
];

const codePoint = (char: string) => `U+${defined(char.codePointAt(0), 'the code point of a character').toString(16).toUpperCase().padStart(4, '0')}`;

const text: Column<string> = {
  parse: (raw) => {
    if (raw.trim() === '') return { ...fail('non-empty text'), code: 'TEXT_EMPTY', hint: 'Fill in the text, or leave the row out.' };
    for (const rule of FORBIDDEN_IN_TEXT) {
      const match = rule.pattern.exec(raw);
      if (!match) continue;
      const position = [...raw.slice(0, match.index)].length + 1;
      return { ...fail('text on one line without invisible characters'), found: `contains ${rule.what} (${codePoint(match[0])}) at character ${position}`, code: rule.code, hint: rule.hint, usable: true };
    }
    if (raw !== raw.trim()) return { ...fail('text without leading or trailing spaces'), code: 'TEXT_SPACES', hint: 'Delete the spaces at the start or end of the cell.', usable: true };
    return ok(raw);
  },
};

/** 万元 with exactly two decimals, never negative. */
const wan: Column<Fen> = {
  numeric: true,
  parse: (raw) => {
    const fen = parseWan(raw);
    if (fen !== null) return ok(fen);
    if (/^-\d/.test(raw)) return fail('a non-negative amount in 万元 (negative amounts are not allowed)');
    if (/^\d+\.\d{3,}$/.test(raw)) return fail('an amount in 万元 with at most two decimals, written with two (e.g. 380.00)');
    if (/^\d+(\.\d)?$/.test(raw)) return fail('an amount in 万元 written with two decimals (e.g. 380.00)');
    return fail('a numeric amount in 万元 with two decimals (e.g. 380.00)');
  },
};

/** Whole 元, stored as fen. */
const yuan: Column<Fen> = {
  numeric: true,
  parse: (raw) => (/^\d+$/.test(raw) ? ok(Number(raw) * FEN_PER_YUAN) : fail('a whole number of 元 without separators')),
};

const integer: Column<number> = {
  numeric: true,
  parse: (raw) => (/^-?\d+$/.test(raw) ? ok(Number(raw)) : fail('a whole number')),
};

/** A number as printed in the report (may be negative or have any number of decimals). */
const decimal: Column<number> = {
  numeric: true,
  parse: (raw) => (/^-?\d+(\.\d+)?$/.test(raw) ? ok(Number(raw)) : fail('a number')),
};

const boolean: Column<boolean> = {
  parse: (raw) => (raw === 'true' ? ok(true) : raw === 'false' ? ok(false) : fail('true or false')),
};

/** A 1-based line number of the source report. */
const sourceLine: Column<number> = {
  numeric: true,
  parse: (raw) => (/^[1-9]\d*$/.test(raw) ? ok(Number(raw)) : fail('a line number of the source report')),
};

const functionCode: Column<string> = {
  parse: (raw) => (/^\d{3}(\d{2}){0,2}$/.test(raw) ? ok(raw) : fail('a functional code of 3, 5 or 7 digits')),
};

/** A calendar date written YYYY-MM-DD, kept as that string. */
const isoDate: Column<string> = {
  parse: (raw) => {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw);
    const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
    return date && date.toISOString().slice(0, 10) === raw ? ok(raw) : fail('a date written YYYY-MM-DD');
  },
};

function oneOf<const T extends string>(values: readonly T[]): Column<T> {
  return {
    parse: (raw) => ((values as readonly string[]).includes(raw) ? ok(raw as T) : fail(`one of ${values.join(', ')}`)),
  };
}

export const columns = {
  id,
  text,
  wan,
  yuan,
  integer,
  decimal,
  boolean,
  sourceLine,
  functionCode,
  isoDate,
  oneOf,
  optional,
};

export type ColumnValue<C> = C extends Column<infer T> ? T : never;
