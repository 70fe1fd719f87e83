// Client load for the devnet (the default run's trickle and `silkworm devnet`).
export { runLoad, requestFor, type LoadOptions, type LoadReport } from './load-generator.js';
export { tokensOf } from './usage.js';
