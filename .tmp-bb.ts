import { projects, targets } from './.tmp-time.ts';
// gb only prototype: force carryover/unit projects
const S = ['general_budget','unit_funds','carryover'] as const;
type P = typeof projects[number];
const fixed: Record<string,string> = {};
const res = targets.map(t=>({...t.amounts}));
const items: {id:string,a:number,plaus:string[],idx:number}[] = [];
projects.forEach((p,idx)=>{ if (p.amounts.general_budget===0) { const c = targets.findIndex(t=>S.every(s=>p.amounts[s]<=t.amounts[s])); fixed[p.id]=targets[c]!.code; for (const s of S) res[c]![s]-=p.amounts[s]; } else items.push({id:p.id,a:p.amounts.general_budget,plaus:p.plausible as string[],idx}); });
items.sort((x,y)=>y.a-x.a || x.idx-y.idx);
if (process.env.MERGE==='1') { const a = targets.findIndex(t=>t.code==='2110102'), b = targets.findIndex(t=>t.code==='2110199'); res[b]!.general_budget += res[a]!.general_budget; res[a]!.general_budget = 0; }
const codes = targets.map(t=>t.code).filter((_,c)=>res[c]!.general_budget>0);
const T = codes.map(code=>res[targets.findIndex(t=>t.code===code)]!.general_budget);
const m = codes.length, n = items.length;
const mis = items.map(it=>codes.map(c=>it.plaus.includes(c)?0:1));
// order of codes per item
const order = items.map(it=>{ const pl = it.plaus.map(c=>codes.indexOf(c)).filter(c=>c>=0); const rest = codes.map((_,c)=>c).filter(c=>!pl.includes(c)); return [...pl,...rest]; });
const INF=255;
const t0=Date.now();
const MM: Uint8Array[][] = codes.map((_,c)=>{ const layers: Uint8Array[] = new Array(n+1); let cur = new Uint8Array(T[c]!+1).fill(INF); cur[0]=0; layers[n]=cur; for (let i=n-1;i>=0;i--) { const a=items[i]!.a, w=mis[i]![c]!; const nx = cur.slice(); if (a<=T[c]!) for (let s=a;s<=T[c]!;s++){ const v=cur[s-a]!+w; if (v<nx[s]!) nx[s]=v; } layers[i]=nx; cur=nx; } return layers; });
console.log('precompute ms', Date.now()-t0, 'root LB', codes.reduce((s,_,c)=>s+MM[c]![0]![T[c]!]!,0));
const r = T.slice(); const assign = new Int32Array(n); let nodes=0;
function lb(i:number){ let s=0; for (let c=0;c<m;c++){ const v=MM[c]![i]![r[c]!]!; if (v===INF) return INF; s+=v; } return s; }
function leafOk(){ if (process.env.MERGE!=='1') return true; const g = codes.indexOf('2110199'); const set = items.filter((_,i)=>assign[i]===g).map(it=>it.a); const t=44943; const dp=new Uint8Array(t+1); dp[0]=1; for (const a of set) for (let s=t;s>=a;s--) if (dp[s-a]) dp[s]=1; leaves++; return dp[t]===1; }
let leaves=0;
const memo = new Map<string, number>();
const USE_MEMO = process.env.MEMO==='1';
function dfs(i:number, used:number, K:number): boolean {
  nodes++;
  if (i===n) return leafOk();
  let key='';
  if (USE_MEMO) { key = i + ':' + r.join(','); const bad = memo.get(key); if (bad !== undefined && K-used <= bad) return false; }
  const ok = dfs2(i, used, K);
  if (!ok && USE_MEMO) { const prev = memo.get(key); if (prev===undefined || prev < K-used) memo.set(key, K-used); }
  return ok;
}
function dfs2(i:number, used:number, K:number): boolean {
  const a = items[i]!.a;
  for (const c of order[i]!) { if (a>r[c]!) continue; const u = used+mis[i]![c]!; if (u>K) continue; r[c]!-=a; const l=lb(i+1); if (l!==INF && u+l<=K) { assign[i]=c; if (dfs(i+1,u,K)) { r[c]!+=a; return true; } } r[c]!+=a; }
  return false;
}
for (let K=0; K<=30; K++) { nodes=0; memo.clear(); const t1=Date.now(); const ok = dfs(0,0,K); console.log('K',K,ok,'nodes',nodes,'leaves',leaves,'ms',Date.now()-t1); if (ok) { items.forEach((it,i)=>{ if (mis[i]![assign[i]!]) console.log('  misfit', it.id, it.a/100, '->', codes[assign[i]!]); }); break; } }
