// The best signed payment per worker contract (one per proxy × owner), kept durably. A payment is verified (Ed25519 over the
// payload cell hash with the proxy's key, our worker contract address) and written and fsync'd before the
// caller acknowledges it or acts on it, so a crash or a restart never loses a signed payment — unlike
// the C++ worker, which keeps them in memory only (docs/protocol.md §3.2 and §5.2).
// A damaged file is moved aside and the book starts empty but flagged: every proxy hands its latest
// signed payment back at the next handshake and payment status, so the book refills itself (the
// receipts log keeps the totals meanwhile).
import type { Address } from '@ton/core';
import { parseSignedPayment, verifySignedPayment } from '../chain/contracts/signed-payment.js';
import { BadPaymentError } from '../chain/errors.js';
import type { Logger } from '../logging/logger.js';
import { readStateFile, writeStateFile, type Damage } from '../state-files/state-file.js';
import { paymentsFileSpec, type StoredPayment } from './payments-file.js';

export type PaymentErrorCode = 'forged' | 'wrong-worker' | 'lower' | 'malformed';

export class PaymentError extends Error {
  readonly code: PaymentErrorCode;
  /** For 'lower': the verified payment's tokens and the tokens of the payment we hold. */
  readonly figures: { offered: bigint; held: bigint } | undefined;
  constructor(code: PaymentErrorCode, message: string, figures?: { offered: bigint; held: bigint }) {
    super(message);
    this.name = 'PaymentError';
    this.code = code;
    this.figures = figures;
  }
}

export interface PaymentRecord {
  proxySc: string;
  workerSc: string;
  proxyPublicKey: string; // hex
  tokens: bigint;
  /** BOC of the wrapper cell, as received. */
  boc: Buffer;
  dbTokens: bigint;
  maxTokens: bigint;
  updatedAt: number;
  /** The owner (raw) the worker announced when the proxy signed it: its worker contract is derived for it. */
  owner?: string;
}

export interface PaymentOffer {
  proxySc: Address;
  workerSc: Address;
  proxyPublicKey: Buffer;
  boc: Buffer;
  dbTokens: bigint;
  maxTokens: bigint;
  owner?: Address;
}

export class PaymentBook {
  readonly #file: string;
  readonly #log: Logger;
  readonly #records = new Map<string, PaymentRecord>();
  #queue: Promise<unknown> = Promise.resolve();
  /** Set when the file was damaged at open: the book is being refilled from the proxies. */
  damage: Damage | null = null;
  readonly #listeners = new Set<() => void>();

  private constructor(file: string, log: Logger) {
    this.#file = file;
    this.#log = log;
  }

  static async open(file: string, log: Logger): Promise<PaymentBook> {
    const book = new PaymentBook(file, log);
    const read = await readStateFile(file, paymentsFileSpec);
    if (read.kind === 'damaged') {
      book.damage = read.damage;
      log.warn(
        `payments file damaged (${read.damage.detail}); signed payments will be restored from the proxies`,
      );
    }
    for (const s of read.kind === 'ok' ? read.value.payments : []) {
      book.#records.set(s.workerSc, {
        ...s,
        tokens: BigInt(s.tokens),
        boc: Buffer.from(s.boc, 'base64'),
        dbTokens: BigInt(s.dbTokens),
        maxTokens: BigInt(s.maxTokens),
      });
    }
    return book;
  }

  /** The best payment for one worker contract (proxy × owner). */
  get(workerSc: Address | string): PaymentRecord | undefined {
    return this.#records.get(typeof workerSc === 'string' ? workerSc : workerSc.toRawString());
  }

  /** Called after a better payment is durable (views of pending money refresh then). */
  onChange(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  all(): PaymentRecord[] {
    return [...this.#records.values()];
  }

  /**
   * Verifies and keeps a payment. Resolves only after the file is durable. A payment for fewer tokens than
   * the one we hold is refused ('lower'); the same amount is accepted and changes nothing.
   */
  accept(offer: PaymentOffer): Promise<{ tokens: bigint; changed: boolean }> {
    const run = this.#queue.then(() => this.#accept(offer));
    this.#queue = run.catch(() => undefined);
    return run;
  }

  async #accept(offer: PaymentOffer): Promise<{ tokens: bigint; changed: boolean }> {
    let tokens: bigint;
    try {
      const parsed = parseSignedPayment(offer.boc);
      verifySignedPayment(parsed, { proxyPublicKey: offer.proxyPublicKey, workerSc: offer.workerSc });
      tokens = parsed.tokens;
    } catch (err) {
      if (err instanceof BadPaymentError) throw new PaymentError(err.reason, err.message);
      throw err;
    }
    const key = offer.workerSc.toRawString();
    const held = this.#records.get(key);
    if (held && tokens < held.tokens) {
      throw new PaymentError(
        'lower',
        `payment for ${tokens} tokens is below the ${held.tokens} already signed`,
        { offered: tokens, held: held.tokens },
      );
    }
    const next: PaymentRecord = {
      proxySc: offer.proxySc.toRawString(),
      workerSc: offer.workerSc.toRawString(),
      proxyPublicKey: offer.proxyPublicKey.toString('hex'),
      tokens,
      boc: held && tokens === held.tokens ? held.boc : offer.boc,
      dbTokens: offer.dbTokens > (held?.dbTokens ?? 0n) ? offer.dbTokens : (held?.dbTokens ?? 0n),
      maxTokens: offer.maxTokens > (held?.maxTokens ?? 0n) ? offer.maxTokens : (held?.maxTokens ?? 0n),
      updatedAt: Date.now(),
      ...((o) => (o ? { owner: o } : {}))(offer.owner?.toRawString() ?? held?.owner),
    };
    const changed =
      !held ||
      next.tokens !== held.tokens ||
      next.dbTokens !== held.dbTokens ||
      next.maxTokens !== held.maxTokens;
    if (changed) {
      this.#records.set(key, next);
      await this.#save();
      for (const l of this.#listeners) l();
      if (!held || tokens > held.tokens)
        this.#log.info(`signed payment for worker contract ${key.slice(0, 14)}… now ${tokens} tokens`);
    }
    return { tokens, changed };
  }

  async #save(): Promise<void> {
    const payments: StoredPayment[] = this.all().map((r) => ({
      ...r,
      tokens: r.tokens.toString(),
      boc: r.boc.toString('base64'),
      dbTokens: r.dbTokens.toString(),
      maxTokens: r.maxTokens.toString(),
    }));
    await writeStateFile(this.#file, paymentsFileSpec, { version: 1, payments }, true);
  }
}
