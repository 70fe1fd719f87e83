// A dial that failed on trust, not on the network (docs/discovery.md): the proxy's certificate failed our
// check (the reason names the proxy, its key or hash, and the root), or the proxy closed the connection right
// after TLS — what a proxy does when its policy refuses our certificate (Cocoon's router sends a TLS alert;
// a Node proxy just closes). Neither gets better by retrying at once, so each carries a floor for the wait
// before the next attempt; a refusal by the proxy waits longest (only a new certificate or policy helps).
import { ProtocolError } from '../protocol/errors.js';
import { CertificateError } from '../protocol/ratls/cert-error.js';
import type { AttestationPolicy, VerifiedPeer } from '../protocol/ratls/verify.js';
import { ConnectionSetupError } from '../protocol/setup-error.js';

export type RefusalKind =
  | 'proxy-not-trusted' // the proxy's certificate failed its tier's check against the root (or the policy)
  | 'refused-by-proxy'; // the proxy closed the connection right after TLS: it did not accept our certificate

export class DialRefusedError extends Error {
  override readonly name = 'DialRefusedError';
  readonly kind: RefusalKind;
  /** Wait at least this long before dialling again. */
  readonly retryAfterMs: number;

  constructor(kind: RefusalKind, message: string, retryAfterMs: number, options?: { cause?: unknown }) {
    super(message, options);
    this.kind = kind;
    this.retryAfterMs = retryAfterMs;
  }
}

/** The shortest wait a failure asks for before the next attempt (0 for plain network errors). */
export function retryFloorMs(err: unknown): number {
  return err instanceof DialRefusedError ? err.retryAfterMs : 0;
}

export interface RefusalContext {
  address: string;
  policy: AttestationPolicy;
  /** The proxy's certificate, when verification got that far. */
  peer: VerifiedPeer | null;
  /** What our certificate offers, in words. */
  offer: string;
  retry: { ours: number; theirs: number };
}

/** `ERR_SSL_SSLV3_ALERT_BAD_CERTIFICATE` → `bad certificate`; null for anything that is not a TLS alert. */
function tlsAlert(err: unknown): string | null {
  const code = (err as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return null;
  const m = /^ERR_SSL_(?:SSLV3|TLSV1|TLSV13)_ALERT_(.+)$/.exec(code);
  return m?.[1] ? m[1].toLowerCase().replace(/_/g, ' ') : null;
}

function closedByPeer(err: unknown): boolean {
  if (err instanceof ProtocolError) return err.code === 'CLOSED';
  return (err as { code?: unknown } | null)?.code === 'ECONNRESET';
}

export function refusalOf(err: unknown, c: RefusalContext): DialRefusedError | null {
  if (!(err instanceof ConnectionSetupError)) return null;
  const cause = err.cause;
  if (err.stage === 'verify' && cause instanceof CertificateError) {
    const message =
      cause.code === 'PEER_REFUSED'
        ? cause.detail
        : `proxy ${c.address} refused: its certificate fails the ${c.policy} policy (${cause.message})`;
    return new DialRefusedError('proxy-not-trusted', message, c.retry.ours, { cause: err });
  }
  const alert = tlsAlert(cause);
  const afterTls = err.stage === 'ready' && (alert !== null || closedByPeer(cause));
  if (!afterTls && !(err.stage === 'tls' && alert !== null)) return null;
  const known = [
    ...(c.peer?.teeExtensions ? ['policy tee: a TEE proxy'] : []),
    ...(alert ? [`TLS alert "${alert}"`] : []),
  ];
  const message =
    `the proxy refused our certificate${known.length ? ` (${known.join(', ')})` : ''}: ` +
    `${c.address} closed the connection right after TLS; we offered ${c.offer}`;
  return new DialRefusedError('refused-by-proxy', message, c.retry.theirs, { cause: err });
}
