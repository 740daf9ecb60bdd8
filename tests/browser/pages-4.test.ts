// Share 4 of the page sweep: every built page, at 375 and 1280 px (tests/browser/support/sweep.ts).
import { sweepShard } from './support/sweep';

sweepShard(4);
