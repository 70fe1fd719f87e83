// Client load for the devnet (the default run's trickle and `silkworm devnet`).
export { runLoad, startTrickle, requestFor, type LoadOptions, type LoadReport, type Trickle } from './load-generator.js';
export { tokensOf } from './usage.js';
