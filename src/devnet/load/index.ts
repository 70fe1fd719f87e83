// Client load for the devnet (the default run's trickle and `silkworm devnet`).
export { runLoad, startTrickle, type Trickle } from './load-generator.js';
