import { FEN_PER_YUAN, parseWan, type Fen } from '../money';

/** A column parser turns one raw CSV cell into a typed value, or says what it expected. */
export interface Column<T> {
  readonly parse: (raw: string) => { ok: true; value: T } | { ok: false; expected: string };
}

const ok = <T>(value: T) => ({ ok: true as const, value });
const fail = (expected: string) => ({ ok: false as const, expected });

function optional<T>(column: Column<T>): Column<T | null> {
  return { parse: (raw) => (raw === '' ? ok(null) : column.parse(raw)) };
}

const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const id: Column<string> = {
  parse: (raw) => (ID_PATTERN.test(raw) ? ok(raw) : fail('an ASCII slug of lower-case letters, digits and hyphens')),
};

// Bidirectional overrides would let one cell reverse the text around it on the page.
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/;

const text: Column<string> = {
  parse: (raw) => {
    if (raw.trim() === '') return fail('non-empty text');
    if (BIDI_CONTROLS.test(raw)) return fail('text without bidirectional control characters (U+202A–U+202E, U+2066–U+2069)');
    if (raw !== raw.trim()) return fail('text without leading or trailing spaces');
    return ok(raw);
  },
};

/** 万元 with exactly two decimals, never negative. */
const wan: Column<Fen> = {
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
  parse: (raw) => (/^\d+$/.test(raw) ? ok(Number(raw) * FEN_PER_YUAN) : fail('a whole number of 元 without separators')),
};

const integer: Column<number> = {
  parse: (raw) => (/^-?\d+$/.test(raw) ? ok(Number(raw)) : fail('a whole number')),
};

/** A number as printed in the report (may be negative or have any number of decimals). */
const decimal: Column<number> = {
  parse: (raw) => (/^-?\d+(\.\d+)?$/.test(raw) ? ok(Number(raw)) : fail('a number')),
};

const boolean: Column<boolean> = {
  parse: (raw) => (raw === 'true' ? ok(true) : raw === 'false' ? ok(false) : fail('true or false')),
};

/** A 1-based line number of the source report. */
const sourceLine: Column<number> = {
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
