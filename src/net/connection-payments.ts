// The signed payments one connection to a proxy brings, reconciled with the durable ledger
// (docs/protocol.md §3.3 step 2 and §5.1). The ledger keeps the highest payment it has ever verified for a
// worker contract. A proxy whose books were reset signs lower figures than that: we keep ours, log and
// note the gap (the session shows it), and go on serving. Within one connection a proxy must never go
// back below what it signed earlier on that same connection; that, a forged payment or none at all is
// an error, and the session drops the connection so that a fresh handshake resynchronises.
import type { Address } from '@ton/core';
import type { EarningsLedger } from '../earnings/ledger.js';
import { PaymentError } from '../earnings/payment-book.js';
import type { Logger } from '../logging/logger.js';
import type { TlTypes } from '../protocol/tl/schema.gen.js';

export class PaymentRegressionError extends Error {
  override readonly name = 'PaymentRegressionError';
}

export interface PaymentParties {
  proxySc: Address;
  workerSc: Address;
  proxyPublicKey: Buffer;
  /** The owner this connection announced: the worker contract is derived for it (kept with the payment). */
  owner?: Address;
}

/** The proxy signs less than our ledger holds: its books are behind ours (reset, or restored from a backup). */
export interface PaymentsBehind {
  /** Tokens of the best payment the ledger holds (kept, and what a claim uses). */
  held: bigint;
  /** Tokens of the best payment this proxy signed on this connection. */
  proxy: bigint;
}

export class ConnectionPayments {
  readonly #ledger: EarningsLedger;
  readonly #parties: PaymentParties;
  readonly #log: Logger;
  /** The best payment the proxy signed on this connection (a fresh connection starts at 0). */
  #best = 0n;
  #behind: PaymentsBehind | null = null;

  constructor(ledger: EarningsLedger, parties: PaymentParties, log: Logger) {
    this.#ledger = ledger;
    this.#parties = parties;
    this.#log = log;
  }

  /** Set while the proxy's figures are below the ledger's. */
  get behind(): PaymentsBehind | null {
    return this.#behind;
  }

  /**
   * Verifies a payment and keeps it durably when it is the best one known, before the caller acts on it.
   * Resolves with the payment's tokens. Rejects when there is no payment, when it does not verify, or with a
   * PaymentRegressionError when it is below what this connection signed before.
   */
  async offer(
    payment: TlTypes['proxy.SignedPayment'],
    counters: { dbTokens: bigint; maxTokens: bigint },
  ): Promise<bigint> {
    if (payment._ !== 'proxy.signedPayment')
      throw new PaymentError('malformed', 'the proxy sent no signed payment');
    let tokens: bigint;
    let held: bigint | null = null;
    try {
      ({ tokens } = await this.#ledger.payments.accept({
        ...this.#parties,
        boc: payment.data,
        dbTokens: counters.dbTokens,
        maxTokens: counters.maxTokens,
      }));
    } catch (err) {
      // 'lower' is raised only after the signature verified: the payment is genuine, just behind ours.
      if (!(err instanceof PaymentError) || err.code !== 'lower' || !err.figures) throw err;
      ({ offered: tokens, held } = err.figures);
    }
    if (tokens < this.#best) {
      throw new PaymentRegressionError(
        `payment for ${tokens} tokens is below the ${this.#best} already signed on this connection`,
      );
    }
    this.#best = tokens;
    this.#note(held);
    return tokens;
  }

  #note(held: bigint | null): void {
    const was = this.#behind;
    this.#behind = held === null ? null : { held, proxy: this.#best };
    const sc = this.#parties.proxySc.toRawString().slice(0, 14);
    if (held !== null && !was) {
      this.#log.warn(
        `proxy contract ${sc}… signs ${this.#best} tokens, below the ${held} our ledger holds ` +
          '(its books were reset?); we keep our signed payment and go on serving',
      );
    } else if (held === null && was) {
      this.#log.info(`proxy contract ${sc}… caught up with our ledger (${this.#best} tokens signed)`);
    }
  }
}
