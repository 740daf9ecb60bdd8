import { test } from 'vitest';
import { getBudget } from '../../src/lib/budget';
import { flowChartModel } from '../../src/lib/flow/model';
import { differenceNotes } from '../../src/lib/flow/notes';
test('peek', () => {
  const m = flowChartModel(getBudget());
  console.log('threshold', m.threshold / 1e6);
  for (const d of m.details) console.log(d.key, d.groups.map(g => g.label), d.grouped.nodes.filter(n=>n.column===2).length, d.full.nodes.filter(n=>n.column===1).length);
  console.log(m.variants.map(v => `${v.key} h=${v.layout.height}`).join('\n'));
  console.log(m.summary);
  console.log(differenceNotes(m.differences, m.panel));
  console.log(JSON.stringify(m.panel).length);
  console.log(JSON.stringify(m.panel['function:21103>project:central-air-fund-2022-2023'], null, 1));
});
