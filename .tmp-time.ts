import fs from 'node:fs';
import Papa from 'papaparse';
import loadHighs from 'highs';
import { parseFunctionNameRules, nameEvidence } from './src/lib/assignment/nameRules.ts';
import { parseCents } from './src/lib/assignment/searchAssignment.ts';
const rules = parseFunctionNameRules(Papa.parse<Record<string,string>>(fs.readFileSync('data/manual/function-name-rules.csv','utf8'),{header:true,skipEmptyLines:true}).data);
const rows = Papa.parse<Record<string,string>>(fs.readFileSync('data/projects.csv','utf8'),{header:true,skipEmptyLines:true}).data;
const T: [string, string, string, string][] = [
['2110102','449.43','0','0'],['2110103','244.30','0','0'],['2110199','2607.44','0','0'],['2110301','5348.82','0','1109.00'],['2110302','1600.16','0','0'],['2110307','1120.96','0','0'],['2110399','608.19','0','0'],['2110402','0','0','2973.42'],['2110404','209.30','0','0'],['2111101','261.16','0','0'],['2111102','85.00','0','0'],['2111411','199.80','0','0'],['2119999','0','80.00','0']];
const targets = T.map(([code,g,u,c])=>({code,amounts:{general_budget:parseCents(g),unit_funds:parseCents(u),carryover:parseCents(c)}}));
const projects = rows.map(r=>({id:r.id!, name:r.name!, amounts:{general_budget:parseCents(r.general_budget!),unit_funds:parseCents(r.unit_funds!),carryover:parseCents(r.carryover!)}, plausible: nameEvidence(r.name!, rules).codes}));
if (process.env.MERGE==='1') { const a = targets.findIndex(t=>t.code==='2110102'), b = targets.findIndex(t=>t.code==='2110199'); targets[b]!.amounts.general_budget += targets[a]!.amounts.general_budget; targets.splice(a,1); }
export { projects, targets };
const mode = process.argv[2] ?? 'feas'; const K = Number(process.argv[4] ?? 99);
const S = ['general_budget','unit_funds','carryover'] as const;
const vars: {p:number,c:number,n:string,cost:number}[] = [];
projects.forEach((pr,p)=>targets.forEach((t,c)=>{ if (S.every(s=>pr.amounts[s]<=t.amounts[s])) { const r=pr.plausible.indexOf(t.code); vars.push({p,c,n:`x${p}_${c}`, cost: mode==='feas'?0: mode==='mis'? (r<0?1:0) : (r<0?1000:r)}); }}));
let lp = 'Minimize\n obj: ' + vars.map(v=>`+ ${v.cost} ${v.n}`).join(' ') + '\nSubject To\n';
projects.forEach((_,p)=>{ lp += ` o${p}: ` + vars.filter(v=>v.p===p).map(v=>`+ ${v.n}`).join(' ') + ' = 1\n'; });
targets.forEach((t,c)=>S.forEach(s=>{ const l=vars.filter(v=>v.c===c && projects[v.p]!.amounts[s]>0); if(!l.length) return; lp += ` s${c}_${s}: ` + l.map(v=>`+ ${projects[v.p]!.amounts[s]} ${v.n}`).join(' ') + ` = ${t.amounts[s]}\n`; }));
{ const mv = vars.filter(v=>!projects[v.p]!.plausible.includes(targets[v.c]!.code)); if (K<99) lp += ' cap: ' + (mv.length? mv.map(v=>`+ ${v.n}`).join(' '):'0 x0_0') + ` <= ${K}\n`; }
const MODS = (process.env.MODS ?? '').split(',').filter(Boolean).map(Number); let gens: string[] = [];
targets.forEach((t,c)=>S.forEach(s=>{ const l=vars.filter(v=>v.c===c && projects[v.p]!.amounts[s]>0); if(!l.length) return; for (const m of MODS) { const terms = l.filter(v=>projects[v.p]!.amounts[s]%m!==0); if(!terms.length) continue; const kn=`k${c}_${s[0]}_${m}`; gens.push(kn); lp += ` m${c}_${s}_${m}: ` + terms.map(v=>`+ ${projects[v.p]!.amounts[s]%m} ${v.n}`).join(' ') + ` - ${m} ${kn} = ${t.amounts[s]%m}\n`; } }));
lp += 'Bounds\n' + gens.map(g=>` 0 <= ${g} <= 1000`).join('\n') + '\nGenerals\n ' + gens.join(' ') + '\n';
lp += 'Binaries\n ' + vars.map(v=>v.n).join(' ') + '\nEnd\n';
fs.writeFileSync('/tmp/model-'+mode+'.lp', lp);
if (!process.argv[1]!.includes('tmp-time')) { } else { const highs = await loadHighs();
const t0=Date.now();
const r = highs.solve(lp, {output_flag:false, mip_rel_gap:0, time_limit: Number(process.argv[3] ?? 60)});
console.log(mode, r.Status, r.ObjectiveValue, Date.now()-t0, 'ms', vars.length, 'vars');
}
