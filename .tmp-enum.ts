import fs from 'node:fs';
import Papa from 'papaparse';
import { parseFunctionNameRules, nameEvidence } from './src/lib/assignment/nameRules.ts';
import { parseCents } from './src/lib/assignment/searchAssignment.ts';
import * as SA from './src/lib/assignment/searchAssignment.ts';
const rules = parseFunctionNameRules(Papa.parse<Record<string,string>>(fs.readFileSync('data/manual/function-name-rules.csv','utf8'),{header:true,skipEmptyLines:true}).data);
const rows = Papa.parse<Record<string,string>>(fs.readFileSync('data/projects.csv','utf8'),{header:true,skipEmptyLines:true}).data;
const T: [string, string, string, string][] = [
['2110102','449.43','0','0'],['2110103','244.30','0','0'],['2110199','2607.44','0','0'],['2110301','5348.82','0','1109.00'],['2110302','1600.16','0','0'],['2110307','1120.96','0','0'],['2110399','608.19','0','0'],['2110402','0','0','2973.42'],['2110404','209.30','0','0'],['2111101','261.16','0','0'],['2111102','85.00','0','0'],['2111411','199.80','0','0'],['2119999','0','80.00','0']];
const targets = T.map(([code,g,u,c])=>({code,amounts:{general_budget:parseCents(g),unit_funds:parseCents(u),carryover:parseCents(c)}}));
const projects = rows.map(r=>({id:r.id!, name:r.name!, amounts:{general_budget:parseCents(r.general_budget!),unit_funds:parseCents(r.unit_funds!),carryover:parseCents(r.carryover!)}, plausible: nameEvidence(r.name!, rules).codes}));
const Engine = (SA as any).Engine;
const e = new Engine(projects, targets, 1e9);
for (const budget of [7, 8]) {
  const t0 = Date.now(); let leaves = 0;
  const seen = projects.map(() => new Set<number>());
  e.search(budget, {}, (cls: Int32Array) => { leaves++; for (let pos = 0; pos < cls.length; pos++) seen[e.order[pos]]!.add(cls[pos]!); });
  console.log('budget', budget, 'leaves', leaves, 'nodes', e.nodes, 'ms', Date.now() - t0, 'multi-class projects', seen.filter(s => s.size > 1).length);
}
