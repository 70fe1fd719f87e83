// The devnet's emulated chain over toncenter's HTTP API v2, with the devnet faucet extension (docs/ton-api.md).
export { TonApiServer } from './ton-api-server.js';
