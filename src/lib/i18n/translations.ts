import { decodeUtf8, readCsv } from '../data/csv';
import { DataError, DataErrors } from '../data/errors';
import { directoryReader, type FileReader } from '../data/load';
import { dataDir } from '../dataDir';
import { at } from '../checked';

/**
 * English translations of data rows live beside the data: data/translations/en/<table>.csv has one
 * row per row of data/<table>.csv, keyed by the same id column(s). For every translated field `f` it
 * holds `f_zh`, the Chinese text it translates (which must equal the data's current text), and `f`,
 * the English. So adding a row, or rewording one in Chinese, fails the build until its translation
 * follows; and a translation for a row that no longer exists fails too.
 */
export interface TranslationSpec {
  /** The data table's file name without `.csv`, e.g. 'projects'. */
  table: string;
  /** Its key column(s), e.g. ['id'] or ['project_id', 'seq']. */
  key: readonly string[];
  /** The translated columns, e.g. ['name', 'overview']. */
  fields: readonly string[];
}

export type Translations = ReadonlyMap<string, Readonly<Record<string, string>>>;

const KEY_SEPARATOR = '\u001f';
export const keyOf = (values: readonly string[]) => values.join(KEY_SEPARATOR);

/** Checks one translation file against its table; returns the translations and every problem found. */
export function checkTranslations(
  spec: TranslationSpec,
  read: FileReader,
): { translations: Map<string, Record<string, string>>; errors: DataError[] } {
  const dataFile = `${spec.table}.csv`;
  const file = `translations/en/${spec.table}.csv`;
  const errors: DataError[] = [];
  const translations = new Map<string, Record<string, string>>();
  const base = readCsv(dataFile, decodeUtf8(dataFile, read(dataFile)));
  const english = readCsv(file, decodeUtf8(file, read(file)));
  errors.push(...base.errors, ...english.errors);

  const expected = [...spec.key, ...spec.fields.flatMap((field) => [`${field}_zh`, field])];
  if (english.header.join(',') !== expected.join(',')) {
    errors.push(
      new DataError(file, `has the header "${english.header.join(',')}": expected "${expected.join(',')}"`, 1, undefined, {
        code: 'HEADER_MISMATCH',
        hint: 'Key column(s), then for each translated field the Chinese original (`name_zh`) and the English (`name`).',
      }),
    );
    return { translations, errors };
  }
  const baseColumn = (name: string) => {
    const index = base.header.indexOf(name);
    if (index === -1)
      throw new DataError(dataFile, `has no column "${name}", which ${file} translates`, 1, name, { code: 'HEADER_MISMATCH' });
    return index;
  };
  const baseKey = spec.key.map(baseColumn);
  const baseFields = spec.fields.map(baseColumn);
  const chinese = new Map<string, { row: string[]; line: number }>();
  base.rows.forEach((row, index) =>
    chinese.set(keyOf(baseKey.map((column) => at(row, column, `${dataFile}: a key cell of a row`))), {
      row,
      line: at(base.lines, index, `${dataFile}: the line number of a row`),
    }),
  );

  english.rows.forEach((row, index) => {
    const line = at(english.lines, index, `${file}: the line number of a row`);
    const keyValues = row.slice(0, spec.key.length);
    const key = keyOf(keyValues);
    const source = chinese.get(key);
    if (!source) {
      errors.push(
        new DataError(file, `translates ${spec.key.join('/')} "${keyValues.join('/')}", which is not in ${dataFile}`, line, spec.key[0], {
          code: 'BAD_REFERENCE',
          value: keyValues.join('/'),
          hint: `Delete the row, or correct its key to match ${dataFile}.`,
        }),
      );
      return;
    }
    if (translations.has(key)) {
      errors.push(
        new DataError(file, `translates "${keyValues.join('/')}" twice`, line, spec.key[0], {
          code: 'DUPLICATE_KEY',
          value: keyValues.join('/'),
          hint: 'Keep one row per key.',
        }),
      );
      return;
    }
    const record: Record<string, string> = {};
    spec.fields.forEach((field, fieldIndex) => {
      const original = at(row, spec.key.length + fieldIndex * 2, `${file} line ${line}: the cell "${field}_zh"`);
      const translation = at(row, spec.key.length + fieldIndex * 2 + 1, `${file} line ${line}: the cell "${field}"`);
      const current = at(
        source.row,
        at(baseFields, fieldIndex, `${dataFile}: the column "${field}"`),
        `${dataFile} line ${source.line}: the cell "${field}"`,
      );
      if (original !== current) {
        errors.push(
          new DataError(file, `translates "${original}", but ${dataFile} row ${source.line} now says "${current}"`, line, `${field}_zh`, {
            code: 'BAD_REFERENCE',
            value: original,
            hint: `Translate the new text into "${field}" and copy it into "${field}_zh".`,
          }),
        );
      }
      if (translation.trim() === '' && current.trim() !== '') {
        errors.push(
          new DataError(file, `has no English for "${current}"`, line, field, {
            code: 'TEXT_EMPTY',
            hint: `Write the English in "${field}".`,
          }),
        );
      }
      record[field] = translation;
    });
    translations.set(key, record);
  });
  for (const [key, { line }] of chinese) {
    if (!translations.has(key)) {
      errors.push(
        new DataError(
          file,
          `has no row for ${dataFile} row ${line} (${spec.key.join('/')} "${key.split(KEY_SEPARATOR).join('/')}")`,
          undefined,
          spec.key[0],
          { code: 'BAD_REFERENCE', hint: 'Add a translation row for it.' },
        ),
      );
    }
  }
  return { translations, errors };
}

const cache = new Map<string, Translations>();

/** The English translations of one table, checked; throws every problem at once. Cached per build. */
export function translations(spec: TranslationSpec, read: FileReader = directoryReader(dataDir())): Translations {
  const cached = cache.get(spec.table);
  if (cached) return cached;
  const { translations: result, errors } = checkTranslations(spec, read);
  if (errors.length) throw new DataErrors(errors);
  cache.set(spec.table, result);
  return result;
}

/** One translated field of one row: `translated(PROJECT_TRANSLATIONS, ['bureau-operations'], 'name')`. */
export function translated(spec: TranslationSpec, key: readonly string[], field: string): string {
  const record = translations(spec).get(keyOf(key));
  if (!record) throw new Error(`No English translation for ${spec.table} ${key.join('/')}`);
  const text = record[field];
  if (text === undefined) throw new Error(`${spec.table} translations have no field "${field}"`);
  return text;
}
