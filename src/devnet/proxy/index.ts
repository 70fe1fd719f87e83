// The devnet proxy: the proxy half of Cocoon's worker protocol, routing, accounting and canaries.
export { DevnetProxy, type DevnetProxyOptions, type ProxyRequest, type WorkerView } from './devnet-proxy.js';
export { devnetSigner, paymentSigner, type PaymentSigner, type SignerParts } from './payment-signer.js';
export { type OwnerBook } from './books.js';
export { ProxyRequestError, httpStatusOf, type ProxyRequestErrorCode } from './errors.js';
export { type ProxyResponse } from './relay.js';
export { type RequestEnd } from './worker-link.js';
export { type ReputationView } from './reputation.js';
export { CanaryRunner, engineReference, canaryBody, canaryText, type CanaryOptions, type CanaryResult } from './canary.js';
export { checkWorkerParams, baseModelName, type AcceptedWorker } from './worker-params.js';
