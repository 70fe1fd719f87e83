// The devnet's emulated chain over toncenter's HTTP API v2 (and the devnet faucet extension).
export { TonApiServer, type TonApiServerOptions } from './ton-api-server.js';
export { FAUCET_PATH, FAUCET_MAX_NANO } from './faucet.js';
