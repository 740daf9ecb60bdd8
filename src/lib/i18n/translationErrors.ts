import { DataError, DataErrors } from '../data/errors';
import type { FileReader } from '../data/load';
import { TRANSLATION_SPECS } from './allSpecs';
import { checkTranslations } from './translations';

/** Every problem of every English translation table (a missing file is one error, not an exception). */
export function translationErrors(read: FileReader): DataError[] {
  return TRANSLATION_SPECS.flatMap((spec) => {
    try {
      return checkTranslations(spec, read).errors;
    } catch (error) {
      if (error instanceof DataErrors) return error.errors;
      // A data table that cannot be read is reported once, by its own schema check.
      if (error instanceof DataError && error.file === `${spec.table}.csv`) return [];
      if (error instanceof DataError) return [error];
      throw error;
    }
  });
}
