// The devnet proxy: the proxy half of Cocoon's worker protocol, routing, accounting and canaries.
export { DevnetProxy } from './devnet-proxy.js';
export { devnetSigner, paymentSigner, type PaymentSigner } from './payment-signer.js';
export { type RequestEnd } from './worker-link.js';
export { CanaryRunner, engineReference } from './canary.js';
