import fs from 'node:fs';
import loadHighs from 'highs';
import { projects, targets } from './.tmp-time.ts';
const K = Number(process.argv[2] ?? 99);
const MOD = Number(process.env.MOD ?? 100);
const S = ['general_budget','unit_funds','carryover'] as const;
const vars: {p:number,c:number,n:string,mis:boolean}[] = [];
projects.forEach((pr,p)=>targets.forEach((t,c)=>{ if (S.every(s=>pr.amounts[s]<=t.amounts[s])) { vars.push({p,c,n:`x${p}_${c}`, mis: !pr.plausible.includes(t.code)}); }}));
const rows: string[] = []; const cont: string[] = [];
projects.forEach((_,p)=>rows.push(` o${p}: ` + vars.filter(v=>v.p===p).map(v=>`+ ${v.n}`).join(' ') + ' = 1'));
targets.forEach((t,c)=>S.forEach(s=>{ const l=vars.filter(v=>v.c===c && projects[v.p]!.amounts[s]>0); if(!l.length) return; rows.push(` s${c}_${s}: ` + l.map(v=>`+ ${projects[v.p]!.amounts[s]} ${v.n}`).join(' ') + ` = ${t.amounts[s]}`); }));
// arc flow on general budget mod MOD
targets.forEach((t,c)=>{
  const l = vars.filter(v=>v.c===c && projects[v.p]!.amounts.general_budget % MOD !== 0);
  if (!l.length) return;
  // reachable states forward
  let states = new Set<number>([0]);
  const layers: {v: typeof l[number], from: number[]}[] = [];
  const nodeName = (i:number,r:number)=>`f${c}_${i}_${r}`;
  // arcs: skip_i_r, take_i_r
  let prev = new Set<number>([0]);
  const arcs: {i:number, from:number, to:number, take:boolean, name:string}[] = [];
  l.forEach((v,i)=>{
    const a = projects[v.p]!.amounts.general_budget % MOD;
    const next = new Set<number>();
    for (const r of prev) { arcs.push({i,from:r,to:r,take:false,name:`k${c}_${i}_${r}`}); next.add(r); const r2=(r+a)%MOD; arcs.push({i,from:r,to:r2,take:true,name:`t${c}_${i}_${r}`}); next.add(r2); }
    prev = next;
  });
  const goal = t.amounts.general_budget % MOD;
  // conservation: for layer i, node (i, r) = inflow from layer i-1 arcs to r == outflow of layer i arcs from r
  for (let i=0;i<l.length;i++) {
    const outs = new Map<number,string[]>(); for (const a of arcs.filter(a=>a.i===i)) { (outs.get(a.from) ?? outs.set(a.from,[]).get(a.from)!).push(a.name); }
    const ins = new Map<number,string[]>(); if (i>0) for (const a of arcs.filter(a=>a.i===i-1)) { (ins.get(a.to) ?? ins.set(a.to,[]).get(a.to)!).push(a.name); }
    for (const [r, o] of outs) { const inn = ins.get(r) ?? []; const rhs = i===0 && r===0 ? 1 : 0; rows.push(` n${c}_${i}_${r}: ` + o.map(x=>`+ ${x}`).join(' ') + (inn.length? ' ' + inn.map(x=>`- ${x}`).join(' '):'') + ` = ${rhs}`); }
    rows.push(` lk${c}_${i}: ` + arcs.filter(a=>a.i===i && a.take).map(a=>`+ ${a.name}`).join(' ') + ` - ${l[i]!.n} = 0`);
  }
  const last = arcs.filter(a=>a.i===l.length-1);
  const endTo = last.filter(a=>a.to===goal).map(a=>a.name);
  rows.push(` end${c}: ` + endTo.map(x=>`+ ${x}`).join(' ') + ' = 1');
  cont.push(...arcs.map(a=>a.name));
});
const mv = vars.filter(v=>v.mis);
if (K<99) rows.push(' cap: ' + mv.map(v=>`+ ${v.n}`).join(' ') + ` <= ${K}`);
let lp = 'Minimize\n obj: ' + mv.map(v=>`+ ${v.n}`).join(' ') + '\nSubject To\n' + rows.join('\n') + '\nBounds\n' + cont.map(x=>` 0 <= ${x} <= 1`).join('\n') + '\nBinaries\n ' + vars.map(v=>v.n).join(' ') + '\nEnd\n';
console.log('rows', rows.length, 'cont', cont.length);
const highs = await loadHighs();
const t0=Date.now();
const r = highs.solve(lp, {output_flag:false, mip_rel_gap:0, time_limit: Number(process.env.TL ?? 60)});
console.log(K, r.Status, r.ObjectiveValue, Date.now()-t0, 'ms');
if (r.Status==='Optimal' || r.ObjectiveValue<1e9) for (const v of vars) if ((r.Columns[v.n] as any)?.Primal > 0.5 && v.mis) console.log('  misfit', projects[v.p]!.id, projects[v.p]!.amounts.general_budget/100, '->', targets[v.c]!.code);
