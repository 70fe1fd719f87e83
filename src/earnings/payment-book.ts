// The best signed payment per worker contract (one per proxy × owner), kept durably. A payment is verified (Ed25519 over the
// payload cell hash with the proxy's key, our worker contract address) and written and fsync'd before the
// caller acknowledges it or acts on it, so a crash or a restart never loses a signed payment — unlike
// the C++ worker, which keeps them in memory only (COCOON-WORKER-PROTOCOL.md §3.2, §5.2).
import { readFile } from 'node:fs/promises';
import type { Address } from '@ton/core';
import { parseSignedPayment, verifySignedPayment } from '../chain/contracts/signed-payment.js';
import { writeFileAtomic } from '../settings/atomic-file.js';
import { errorMessage, type Logger } from '../logging/logger.js';

export type PaymentErrorCode = 'forged' | 'wrong-worker' | 'lower' | 'malformed';

export class PaymentError extends Error {
  readonly code: PaymentErrorCode;
  constructor(code: PaymentErrorCode, message: string) {
    super(message);
    this.name = 'PaymentError';
    this.code = code;
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
}

interface StoredRecord extends Omit<PaymentRecord, 'tokens' | 'boc' | 'dbTokens' | 'maxTokens'> {
  tokens: string;
  boc: string;
  dbTokens: string;
  maxTokens: string;
}

export interface PaymentOffer {
  proxySc: Address;
  workerSc: Address;
  proxyPublicKey: Buffer;
  boc: Buffer;
  dbTokens: bigint;
  maxTokens: bigint;
}

export class PaymentBook {
  readonly #file: string;
  readonly #log: Logger;
  readonly #records = new Map<string, PaymentRecord>();
  #queue: Promise<unknown> = Promise.resolve();

  private constructor(file: string, log: Logger) {
    this.#file = file;
    this.#log = log;
  }

  static async open(file: string, log: Logger): Promise<PaymentBook> {
    const book = new PaymentBook(file, log);
    let text: string | null = null;
    try {
      text = await readFile(file, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    }
    if (text !== null) {
      // A payments file we cannot read is a hard stop: starting empty would forget money.
      const stored = JSON.parse(text) as StoredRecord[];
      for (const s of stored) {
        book.#records.set(s.workerSc, {
          ...s,
          tokens: BigInt(s.tokens),
          boc: Buffer.from(s.boc, 'base64'),
          dbTokens: BigInt(s.dbTokens),
          maxTokens: BigInt(s.maxTokens),
        });
      }
    }
    return book;
  }

  /** The best payment for one worker contract (proxy × owner). */
  get(workerSc: Address | string): PaymentRecord | undefined {
    return this.#records.get(typeof workerSc === 'string' ? workerSc : workerSc.toRawString());
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
      const message = errorMessage(err);
      const code: PaymentErrorCode = /signature/.test(message) ? 'forged' : /worker contract/.test(message) ? 'wrong-worker' : 'malformed';
      throw new PaymentError(code, message);
    }
    const key = offer.workerSc.toRawString();
    const held = this.#records.get(key);
    if (held && tokens < held.tokens) {
      throw new PaymentError('lower', `payment for ${tokens} tokens is below the ${held.tokens} already signed`);
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
    };
    const changed = !held || next.tokens !== held.tokens || next.dbTokens !== held.dbTokens || next.maxTokens !== held.maxTokens;
    if (changed) {
      this.#records.set(key, next);
      await this.#save();
      if (!held || tokens > held.tokens) this.#log.info(`signed payment for worker contract ${key.slice(0, 14)}… now ${tokens} tokens`);
    }
    return { tokens, changed };
  }

  async #save(): Promise<void> {
    const stored: StoredRecord[] = this.all().map((r) => ({
      ...r,
      tokens: r.tokens.toString(),
      boc: r.boc.toString('base64'),
      dbTokens: r.dbTokens.toString(),
      maxTokens: r.maxTokens.toString(),
    }));
    await writeFileAtomic(this.#file, JSON.stringify(stored, null, 1));
  }
}
