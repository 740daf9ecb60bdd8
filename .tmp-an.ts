import { projects, targets } from './.tmp-time.ts';
for (const t of targets) {
  const cands = projects.filter(p => p.plausible.includes(t.code) && p.amounts.carryover===0 && p.amounts.unit_funds===0);
  const first = cands.filter(p => p.plausible[0]===t.code);
  const sum = (l: typeof cands) => l.reduce((s,p)=>s+p.amounts.general_budget,0)/100;
  console.log(t.code, t.amounts.general_budget/100, 'plausible', cands.length, sum(cands).toFixed(2), 'first-choice', first.length, sum(first).toFixed(2), first.map(p=>p.id).join(' '));
}
