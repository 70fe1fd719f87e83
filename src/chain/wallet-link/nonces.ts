// Single-use ton_proof payloads: 32 random bytes (hex), valid for a short while, consumed on first use.
import { randomBytes } from 'node:crypto';

export class ProofNonces {
  readonly #ttlMs: number;
  readonly #now: () => number;
  readonly #issued = new Map<string, number>(); // nonce → expiry

  constructor(opts: { ttlMs?: number; now?: () => number } = {}) {
    this.#ttlMs = opts.ttlMs ?? 15 * 60_000;
    this.#now = opts.now ?? Date.now;
  }

  issue(): { nonce: string; expiresAt: number } {
    this.#sweep();
    const nonce = randomBytes(32).toString('hex');
    const expiresAt = this.#now() + this.#ttlMs;
    this.#issued.set(nonce, expiresAt);
    return { nonce, expiresAt };
  }

  consume(nonce: string): boolean {
    const expiry = this.#issued.get(nonce);
    this.#issued.delete(nonce);
    return expiry !== undefined && expiry >= this.#now();
  }

  #sweep(): void {
    const now = this.#now();
    for (const [n, exp] of this.#issued) if (exp < now) this.#issued.delete(n);
  }
}
