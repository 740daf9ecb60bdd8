/**
 * Reconciliation on a budget with 20× the projects (the scaling benchmark's synthetic budgets):
 * the same identities are checked, each over all of its rows, and only the report's own 0.01 万元
 * rounding gaps, grown 20-fold, no longer match known_gaps.csv.
 */
import { describe, expect, test } from 'vitest';
import { directoryReader, loadBudget } from '../../src/lib/data/load';
import { findGaps, identityChecks } from '../../src/lib/data/reconcile';
import { syntheticBudget } from '../../scripts/bench/synthetic';

const real = loadBudget(directoryReader('data'));
const bigger = loadBudget(syntheticBudget(20).read);

describe('reconciling a budget with 20× the projects', () => {
  test('checks the same identities, in the same order', () => {
    expect(identityChecks(bigger).map((check) => check.identity)).toEqual(identityChecks(real).map((check) => check.identity));
  });

  test('each project identity covers every copy of the projects', () => {
    const byIdentity = new Map(identityChecks(bigger).map((check) => [check.identity, check]));
    for (const check of identityChecks(real).filter((entry) => entry.identity.includes('= projects:sum') || entry.identity.includes('= sum(projects)'))) {
      // The printed row's line, then one line per project charged: 20 copies of each.
      expect(byIdentity.get(check.identity)!.lines.length - 1, check.identity).toBe((check.lines.length - 1) * 20);
    }
  });

  test('finds the known gaps, scaled, and no other', () => {
    expect(findGaps(bigger).map((gap) => gap.identity)).toEqual(findGaps(real).map((gap) => gap.identity));
  });
});
