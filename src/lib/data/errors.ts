/** A data problem that must stop the build. Names the file, row and column where it can. */
export class DataError extends Error {
  constructor(
    readonly file: string,
    readonly detail: string,
    readonly row?: number,
    readonly column?: string,
  ) {
    const where = [file, row === undefined ? '' : `row ${row}`, column === undefined ? '' : `column "${column}"`]
      .filter(Boolean)
      .join(', ');
    super(`${where}: ${detail}`);
    this.name = 'DataError';
  }
}

/** Several data problems at once, so one build run reports them all. */
export class DataErrors extends Error {
  constructor(readonly errors: DataError[]) {
    super(`${errors.length} data error(s):\n${errors.map((error) => `  - ${error.message}`).join('\n')}`);
    this.name = 'DataErrors';
  }
}
