// `npm run fuzz` sets FC_NUM_RUNS: property tests then try that many inputs each instead of
// fast-check's 100, to find rare counterexamples before a random CI seed does.
import fc from 'fast-check';

const runs = Number(process.env.FC_NUM_RUNS);
if (Number.isInteger(runs) && runs > 0) fc.configureGlobal({ numRuns: runs });
