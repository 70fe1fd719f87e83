// Exponential backoff, the one rule for every retry: the n-th retry (0-based) waits initialMs * 2^n,
// capped at maxMs. With jitter, a random half of it is taken off, so many clients that lost the same peer
// do not all come back in the same instant.
export interface Backoff {
  initialMs: number;
  /** The longest wait; none means the caller bounds the retries instead. */
  maxMs?: number;
  /** 'equal': wait between half the delay and the whole of it (for reconnects to a shared peer). */
  jitter?: 'none' | 'equal';
}

/** Milliseconds to wait before retry number `attempt` (0 for the first retry). */
export function backoffDelay(attempt: number, b: Backoff, random: () => number = Math.random): number {
  const base = Math.min(b.maxMs ?? Number.POSITIVE_INFINITY, b.initialMs * 2 ** Math.max(0, attempt));
  if (b.jitter !== 'equal') return Math.round(base);
  return Math.round(base / 2 + random() * (base / 2));
}
