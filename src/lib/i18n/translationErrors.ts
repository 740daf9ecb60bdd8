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
      if (error instanceof DataError) return [error];
      throw error;
    }
  });
}
