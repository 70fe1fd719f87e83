// The proxy.runQueryEx message sent for one request, as Cocoon's proxy builds it (docs/protocol.md §4.1):
// the last signed payment, the coefficient, 0.95 of the timeout and, for protocol-3+ workers, a key.
import type { TlObject } from '../../protocol/tl/schema.gen.js';
import { ProxyRequestError } from './errors.js';
import { ENCRYPTED_MIN_PROTO, type AcceptedWorker } from './worker-params.js';

export interface RunOptions {
  query: Buffer;
  timeoutMs: number;
  enableDebug: boolean;
  /** The 32-byte Ed25519 seed that opens an encrypted request (only for protocol-3+ workers). */
  privateKey?: Buffer;
  /**
   * Whether a finished request's tokens are paid (docs/verification.md): when absent, always; otherwise the
   * bill waits for it and a `false` withholds them (counted in tokens_max, never committed or signed).
   */
  settle?: (tokens: bigint) => Promise<boolean>;
}

const NO_KEY = Buffer.alloc(32);

/** Throws ProxyRequestError 'no_worker' for an encrypted request to a worker below protocol 3. */
export function runQueryMessage(
  worker: AcceptedWorker,
  opts: RunOptions,
  requestId: Buffer,
  signed: Buffer | null,
  coefficient: number,
): TlObject {
  if (opts.privateKey && worker.protoVersion < ENCRYPTED_MIN_PROTO)
    throw new ProxyRequestError('no_worker', 'the worker does not take encrypted requests (protocol < 3)');
  // As Cocoon's proxy: a protocol-3+ worker always gets flags bit 1 and a key, zeros when unencrypted.
  const keyed = worker.protoVersion >= ENCRYPTED_MIN_PROTO;
  // Cocoon's worker gets 0.95 of the proxy's timeout so its error arrives before the proxy gives up.
  return {
    _: 'proxy.runQueryEx',
    query: opts.query,
    signed_payment: signed ? { _: 'proxy.signedPayment', data: signed } : { _: 'proxy.signedPaymentEmpty' },
    coefficient: BigInt(coefficient),
    timeout: (opts.timeoutMs / 1000) * 0.95,
    request_id: requestId,
    flags: keyed ? 3 : 1,
    enable_debug: opts.enableDebug,
    ...(keyed ? { private_key: opts.privateKey ?? NO_KEY } : {}),
  };
}
