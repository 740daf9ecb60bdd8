import { defined } from '../checked';
/** Short, stable names for each kind of data problem, so a report can be grouped and searched. */
export type DataErrorCode =
  | 'FILE_MISSING'
  | 'FILE_ENCODING'
  | 'FILE_EMPTY'
  | 'FILE_UNPUBLISHED'
  | 'CSV_QUOTE'
  | 'CSV_SYNTAX'
  | 'CSV_BLANK_LINE'
  | 'CSV_COLUMN_COUNT'
  | 'HEADER_MISMATCH'
  | 'CELL_TYPE'
  | 'TEXT_EMPTY'
  | 'TEXT_SPACES'
  | 'TEXT_LINE_BREAK'
  | 'TEXT_TAB'
  | 'TEXT_CONTROL'
  | 'TEXT_INVISIBLE'
  | 'TEXT_BIDI'
  | 'DUPLICATE_KEY'
  | 'BAD_REFERENCE'
  | 'BAD_HIERARCHY'
  | 'ROW_SUM'
  | 'IDENTITY_GAP'
  | 'KNOWN_GAP_VANISHED'
  | 'SHEET_FUNDS'
  | 'GLOSSARY';

/** Where a figure that feeds a check lives: file, editor line, column and the value found there. */
export interface CellRef {
  file: string;
  row: number;
  column: string;
  value: string;
}

export interface DataErrorDetails {
  code?: DataErrorCode;
  /** The offending cell as written in the file (shortened for the report). */
  value?: string;
  /** What the data editor should do. */
  hint?: string;
  /** For identities: every cell that feeds it. */
  cells?: CellRef[];
}

/** A data problem that must stop the build. Names the file, row and column where it can. */
export class DataError extends Error {
  readonly code: DataErrorCode;
  readonly value?: string;
  readonly hint?: string;
  readonly cells: CellRef[];

  constructor(
    readonly file: string,
    readonly detail: string,
    readonly row?: number,
    readonly column?: string,
    details: DataErrorDetails = {},
  ) {
    const where = [file, row === undefined ? '' : `row ${row}`, column === undefined ? '' : `column "${column}"`]
      .filter(Boolean)
      .join(', ');
    super(`${where}: ${detail}`);
    this.name = 'DataError';
    this.code = details.code ?? 'CELL_TYPE';
    this.value = details.value;
    this.hint = details.hint;
    this.cells = details.cells ?? [];
  }
}

/** Several data problems at once, so one build run reports them all. */
export class DataErrors extends Error {
  constructor(readonly errors: DataError[]) {
    super(`${errors.length} data error(s):\n${errors.map((error) => `  - ${error.message}`).join('\n')}`);
    this.name = 'DataErrors';
  }
}

/** A cell value as it can be shown on one line of a report: invisible characters made visible, long values cut. */
export function showValue(raw: string, max = 80): string {
  const visible = [...raw]
    .map((char) => {
      if (char === '\n') return '\\n';
      if (char === '\r') return '\\r';
      if (char === '\t') return '\\t';
      const code = defined(char.codePointAt(0), 'the code point of a character');
      return INVISIBLE.test(char) ? `<U+${code.toString(16).toUpperCase().padStart(4, '0')}>` : char;
    })
    .join('');
  const chars = [...visible];
  return chars.length > max ? `${chars.slice(0, max).join('')}… (${[...raw].length} characters)` : visible;
}

// Control, zero-width and bidirectional formatting characters: none belongs in the report's text.
export const INVISIBLE = /[\u0000-\u001F\u007F-\u009F\u200B-\u200F\u2028-\u202E\u2060-\u2064\u2066-\u2069\u061C\uFEFF]/u;
