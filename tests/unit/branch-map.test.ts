import { expect, test } from 'vitest';
import geo from '../../src/data/geo/jincheng-counties.geo.json';
import { amountBins, layoutMap, separateLabels, type AreaCollection, type LabelBox } from '../../src/lib/branches/map';
import { getBudget } from '../../src/lib/budget';
import { branchOverview } from '../../src/lib/branches/summary';

const WAN = 1_000_000;

test('amount bins are round, cover every amount, and put boundaries in the upper bin', () => {
  const { bins, stepOf } = amountBins([1778.96 * WAN, 420.4 * WAN, 506.62 * WAN]);
  expect(bins.map((bin) => [bin.from / WAN, bin.to / WAN])).toEqual([
    [0, 500],
    [500, 1000],
    [1000, 1500],
    [1500, 2000],
  ]);
  expect(stepOf(420.4 * WAN)).toBe(1);
  expect(stepOf(500 * WAN)).toBe(2);
  expect(stepOf(1778.96 * WAN)).toBe(4);
  expect(() => amountBins([])).toThrow();
  expect(() => amountBins([-1])).toThrow();
});

test('more money never gets a lighter step', () => {
  const amounts = [3, 80, 120, 999, 1000, 4321].map((wan) => wan * WAN);
  const { stepOf } = amountBins(amounts);
  for (let index = 1; index < amounts.length; index += 1)
    expect(stepOf(amounts[index]!)).toBeGreaterThanOrEqual(stepOf(amounts[index - 1]!));
});

test('map labels never clash: the real map (城区 inside 泽州) and a pile of labels', () => {
  const overview = branchOverview(getBudget());
  const layout = layoutMap(geo as unknown as AreaCollection, new Map(overview.branches.map((branch) => [branch.county, branch.id])), 600);
  const boxes: LabelBox[] = layout.areas.map((area) => ({ id: area.branchId, x: area.label.x, y: area.label.y, width: 110, height: 54 }));
  const check = (placed: LabelBox[]) => {
    for (const [i, a] of placed.entries())
      for (const b of placed.slice(i + 1))
        expect(Math.abs(a.x - b.x) * 2 < a.width + b.width && Math.abs(a.y - b.y) * 2 < a.height + b.height, `${a.id} / ${b.id}`).toBe(
          false,
        );
  };
  const placed = separateLabels(boxes, new Map(layout.areas.map((area) => [area.branchId, area.size])), layout.height);
  check(placed);
  // The smallest area (城区) keeps its label where it was.
  const smallest = [...layout.areas].sort((a, b) => a.size - b.size)[0]!;
  expect(placed.find((box) => box.id === smallest.branchId)!.y).toBe(smallest.label.y);
  const pile = Array.from({ length: 5 }, (_, index) => ({ id: `p${index}`, x: 100, y: 200, width: 60, height: 40 }));
  check(separateLabels(pile, new Map(pile.map((box, index) => [box.id, index])), 400));
});
