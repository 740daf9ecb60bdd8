import { expect, test } from 'vitest';
import { groupBy } from '../../src/lib/groupBy';

test('groupBy keeps each group in the items’ order and leaves out items without a key', () => {
  const items = [
    { id: 'a', unit: 'x' },
    { id: 'b', unit: undefined },
    { id: 'c', unit: 'y' },
    { id: 'd', unit: 'x' },
  ];
  expect([...groupBy(items, (item) => item.unit)]).toEqual([
    ['x', [items[0], items[3]]],
    ['y', [items[2]]],
  ]);
});
