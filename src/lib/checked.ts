/**
 * Checked access for values the types cannot prove are there (an index into a list, a key of a
 * map built from the same data, an optional field set for this kind of row). Instead of a non-null
 * assertion (`!`), which lets a missing value travel on as `undefined`, these throw at once and
 * say what was missing.
 */

/** The item at `index`; throws naming `what` when there is none. */
export function at<T>(items: readonly T[], index: number, what: string): T {
  const item = items[index];
  if (item === undefined) throw new Error(`${what}: no item at index ${index} (of ${items.length})`);
  return item;
}

/** The value for `key`; throws naming `what` when the map has none. */
export function lookup<K, V>(map: ReadonlyMap<K, V>, key: K, what: string): V {
  const value = map.get(key);
  if (value === undefined) throw new Error(`${what}: nothing for ${JSON.stringify(key)}`);
  return value;
}

/** The value itself; throws naming `what` when it is null or undefined. */
export function defined<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`${what} is missing`);
  return value;
}
