// What the devnet proxy is built with (DevnetProxyOptions) and what a client asks of it (ProxyRequest), and
// how a request becomes a routing want: model, price, lane, reputation, and the protocol an encrypted one needs.
import type { TlsIdentity } from '../../protocol/ratls/tls.js';
import type { AttestationPolicy } from '../../protocol/ratls/verify.js';
import type { HomePolicy } from '../../attestation/verify.js';
import type { Logger } from '../../logging/logger.js';
import type { BooksRecovery } from './books-file.js';
import type { ChainFloor } from './chain-floor.js';
import type { PaymentSigner } from './payment-signer.js';
import type { RequestKeys } from './request-keys.js';
import type { RouteWant } from './router.js';
import type { RequestEnd } from './worker-link.js';
import type { ProxyVerification } from '../verify/proxy-verification.js';
import { baseModelName, ENCRYPTED_MIN_PROTO } from './worker-params.js';

export interface DevnetProxyOptions {
  log: Logger;
  signer: PaymentSigner;
  /** The proxy's TLS identity; default a fresh self-signed Ed25519 certificate without attestation. */
  tls?: TlsIdentity;
  host?: string;
  /** Worker port; 0 = any free port. */
  port?: number;
  /** Proof-of-work difficulty demanded from workers (default 20, as Cocoon's router). */
  powDifficulty?: number;
  /**
   * `home` verifies Silkworm's attestation report; `any` admits any well-formed certificate; `tee` and
   * `fake_tee` as Cocoon's router (docs/protocol.md §1.2). Cocoon's older names `tdx`, `fake_tdx` are aliases.
   */
  policy?: AttestationPolicy | 'tdx' | 'fake_tdx';
  /**
   * Under `home`, also admit a worker whose certificate carries no attestation at all (Cocoon's C++ worker):
   * the `cocoon-test` tier, unattested, checked only by canaries, and labelled so in `workers()`. With a
   * `signer`, such workers see the contracts it names (a fake-TON runner's own derivation, its own books).
   */
  cocoonTest?: { signer?: PaymentSigner };
  /** The test flag of the contract addresses sent to workers (default true, as on a test network). */
  testnet?: boolean;
  /** Where a new owner's book starts: the tokens its worker contract already processed on chain. */
  chainFloor?: ChainFloor;
  /** Seeds of the keys encrypted requests are opened with (default Cocoon's test-mode key). */
  requestKeys?: RequestKeys;
  /** Allow-lists for `home` (empty lists: any measured build and model). */
  homePolicy?: HomePolicy;
  /** Owner named in proxy.workerRequestPayment (the devnet client); default the proxy owner. */
  clientOwner?: string;
  /** Default client timeout (default 120 s, as Cocoon's client). */
  defaultTimeoutMs?: number;
  onRequestEnd?: (end: RequestEnd) => void;
  onWorkersChanged?: () => void;
  /** Keep the books in this file across restarts (the embedded devnet); in memory when absent. */
  booksFile?: string;
  /** How to start again when the books file is damaged (floors from the worker's payments, a notice). */
  booksRecovery?: BooksRecovery;
  /** Requests that may wait for a worker slot at once (default 64); beyond it they get 429 'busy'. */
  maxQueued?: number;
  /** Check work and keep lanes (docs/verification.md); absent: no checks, every request paid. */
  verification?: ProxyVerification;
}

export interface ProxyRequest {
  /** `/v1/chat/completions` or `/v1/completions`. */
  path: string;
  model: string;
  /** The client's JSON body after its private keys were removed. */
  payload: Buffer;
  headers?: Array<[string, string]>;
  /** Highest worker coefficient (×1000) accepted. */
  maxCoefficient?: number;
  timeoutMs?: number;
  enableDebug?: boolean;
  /** Only this connection (canaries). */
  onlyWorker?: number;
  /** The key the client encrypted to (client.runQueryEx.public_key); 32 zero bytes or absent: in clear. */
  publicKey?: Buffer;
  /** Proxy-made evaluation traffic: any lane, unpaid, always checked (docs/verification.md). */
  evaluation?: boolean;
  /** Only workers with at least this reputation (0..1), the client's `min_reputation`. */
  minReputation?: number;
}

/** The routing want of one request; `encrypted` when it carries a client public key (not all zeros). */
export function routeWant(req: ProxyRequest, encrypted: boolean, verified: boolean): RouteWant {
  return {
    baseModel: baseModelName(req.model),
    ...(req.maxCoefficient !== undefined ? { maxCoefficient: req.maxCoefficient } : {}),
    ...(req.onlyWorker !== undefined ? { onlyId: req.onlyWorker } : {}),
    ...(encrypted ? { minProto: ENCRYPTED_MIN_PROTO } : {}),
    ...(verified && req.evaluation !== true ? { paidLane: true } : {}),
    ...(req.minReputation !== undefined ? { minReputation: req.minReputation } : {}),
  };
}
