import { directoryReader, loadBudget, type Budget } from '../../src/lib/data/load';
import { reconcile } from '../../src/lib/data/reconcile';
import { buildTreemapModel } from '../../src/lib/treemap/model';
import { CHART_SIZES, layoutLayer } from '../../src/lib/treemap/layout';
import { forgetArrangements } from '../../src/lib/treemap/arrange';
import { buildFlowChartModel, DETAILS, flowVariants, groupedFlow } from '../../src/lib/flow/model';
import { smallProjectThreshold } from '../../src/lib/flow/grouping';
import { layoutFlow } from '../../src/lib/flow/layout';
import { syntheticBudget, tableFiles } from './synthetic';
import { medianWallAndCpuMs } from './measure';

/**
 * One scaling measurement in its own process (so a step that never finishes can be stopped by a
 * timeout without losing the others): `tsx scaling-worker.ts <factor> <step> [<dir>]`, where
 * <dir> holds the synthetic budget's CSV files (made in memory when not given); prints JSON.
 */
const [factorArg, step, dir] = process.argv.slice(2);
const factor = Number(factorArg);
const read = dir ? directoryReader(dir) : syntheticBudget(factor).read;
const csvBytes = tableFiles().reduce((sum, file) => sum + read(file).byteLength, 0);

const round = (ms: number) => Math.round(ms * 10) / 10;
let cpuMs = 0;
let firstMs = 0;
let firstCpuMs = 0;
const time = (work: () => unknown, runs: number) => {
  const median = medianWallAndCpuMs(work, runs);
  [cpuMs, firstMs, firstCpuMs] = [round(median.cpuMs), round(median.firstWallMs), round(median.firstCpuMs)];
  return round(median.wallMs);
};

// Timed runs after the warm-up: fewer at the big sizes, where one run takes seconds.
const runs = factor >= 100 ? 3 : 5;
// The other steps load the budget first, outside the timing; the load step keeps only the copy it
// times, so a second copy does not weigh on its garbage collection.
let loaded: Budget | undefined;
const loadOnce = () => (loaded ??= loadBudget(read));
const budget = step === 'load' ? undefined : loadOnce();
let ms: number;
let note = '';
switch (step) {
  case 'load':
    // Decode, parse and type every CSV, then check references between files.
    ms = time(() => (loaded = loadBudget(read)), runs);
    break;
  case 'reconcile': {
    // Every identity the report states; at k > 1 the report's own 0.01 万元 rounding gaps grow
    // k-fold and no longer match known_gaps.csv, so the check reports them: that is expected.
    let flagged = 0;
    ms = time(() => {
      try {
        reconcile(budget!);
      } catch (error) {
        flagged = String(error).split('\n').length - 1;
      }
    }, runs);
    note = flagged ? `${flagged} rounding gaps flagged (expected at k>1)` : 'reconciles';
    break;
  }
  case 'treemap':
    // What the page draws first: both views' trees, grouped for tapping, and their top level at both sizes.
    ms = time(() => {
      forgetArrangements();
      for (const view of ['function', 'unit'] as const) {
        const [root] = buildTreemapModel(budget!, view).zoomable;
        for (const size of CHART_SIZES) layoutLayer(root!, size);
      }
    }, runs);
    break;
  case 'treemap-levels':
    // Everything the build prerenders: the same, and every zoom level at both sizes.
    ms = time(() => {
      forgetArrangements();
      for (const view of ['function', 'unit'] as const) {
        const model = buildTreemapModel(budget!, view);
        for (const node of model.zoomable) for (const size of CHART_SIZES) layoutLayer(node, size);
      }
    }, runs);
    break;
  case 'flow': {
    // What the page draws first: the 款 graph, small projects grouped, laid out.
    const threshold = smallProjectThreshold(budget!.projects.map((project) => project.amount));
    ms = time(() => layoutFlow(groupedFlow(budget!, '款', threshold).grouped), runs);
    break;
  }
  case 'flow-variants': {
    // Every Sankey layout the build prerenders: both levels of detail, grouped, all projects, each group opened.
    const threshold = smallProjectThreshold(budget!.projects.map((project) => project.amount));
    ms = time(() => DETAILS.map(({ detail, key }) => flowVariants(key, groupedFlow(budget!, detail, threshold))), runs);
    break;
  }
  case 'flow-model':
    // All the build computes for the flow pages: the layouts above, plus the details-panel text for
    // every node and link, the data tables and the checks that money is conserved.
    ms = time(() => buildFlowChartModel(budget!), runs);
    break;
  default:
    throw new Error(`unknown step ${step}`);
}
console.log(JSON.stringify({ factor, step, projects: loadOnce().projects.length, csvBytes, ms, cpuMs, firstMs, firstCpuMs, note }));
