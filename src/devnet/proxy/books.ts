// The proxy's accounting per worker OWNER address (docs/protocol.md §5.1): all workers of one owner share one record and one
// worker contract. tokens_max counts every credited token; the devnet commits to its "db" and to the
// "blockchain" immediately after each request (as fake-TON mode does), and only the blockchain figure is
// ever signed. Every payment() signs afresh (a fresh qid, a few tens of microseconds), so what the worker
// receives always comes from the current key; the last one is kept for proxy.runQueryEx.
import type { BooksFile } from './books-file.js';
import type { Address } from '@ton/core';
import type { PaymentSigner } from './payment-signer.js';

export interface OwnerBook {
  /** The owner's address, raw form (0:hex). */
  owner: string;
  /** Finished requests credited to this owner (failed ones included, as Cocoon bills them). */
  requests: number;
  /** Tokens covered by the latest signed payment. */
  signed_tokens: bigint;
  max_tokens: bigint;
  db_tokens: bigint;
  /** signed_tokens × worker_fee_per_token. */
  earned_nano: bigint;
}

interface Account {
  owner: Address;
  requests: number;
  max: bigint;
  db: bigint;
  chain: bigint;
  /** Tokens counted in `max` but never to be committed (unpaid evaluation traffic, failed checks). */
  withheld: bigint;
  signed: { tokens: bigint; data: Buffer } | null;
}

export interface PaymentState {
  signed: Buffer;
  dbTokens: bigint;
  maxTokens: bigint;
  chainTokens: bigint;
}

export class OwnerBooks {
  readonly #signer: PaymentSigner;
  readonly #accounts = new Map<string, Account>();

  readonly #file: BooksFile | null;

  constructor(signer: PaymentSigner, file: BooksFile | null = null) {
    this.#signer = signer;
    this.#file = file;
    for (const a of file?.load() ?? []) {
      this.#accounts.set(a.owner.toRawString(), {
        owner: a.owner,
        requests: a.requests,
        max: a.max,
        db: a.max,
        chain: a.max,
        withheld: 0n,
        signed: null,
      });
    }
  }

  #account(owner: Address): Account {
    const key = owner.toRawString();
    let a = this.#accounts.get(key);
    if (!a) {
      const floor = this.#file?.floor(owner) ?? 0n;
      a = { owner, requests: 0, max: floor, db: floor, chain: floor, withheld: 0n, signed: null };
      this.#accounts.set(key, a);
    }
    return a;
  }

  /** Whether this owner has a book (loaded from the file or opened since). */
  has(owner: Address): boolean {
    return this.#accounts.has(owner.toRawString());
  }

  /**
   * Opens the book of an owner that has none, starting at `floor` tokens (what the chain already paid, docs/protocol.md §5.1)
   * or the file's recovery floor, whichever is higher; an existing book is left as it is.
   */
  openAt(owner: Address, floor: bigint): void {
    if (this.has(owner)) return;
    const a = this.#account(owner);
    if (floor > a.max) {
      a.max = floor;
      a.db = floor;
      a.chain = floor;
      this.#save();
    }
  }

  /** Credits a finished request's adjusted tokens and commits them at once (devnet = fake-TON timing). */
  credit(owner: Address, tokens: bigint): void {
    if (tokens < 0n) throw new RangeError('negative token credit');
    const a = this.#account(owner);
    a.requests += 1;
    a.max += tokens;
    a.db = a.max - a.withheld;
    a.chain = a.db;
    this.#save();
  }

  /**
   * Counts a finished request whose tokens are not paid (docs/verification.md): they raise tokens_max but
   * are never committed, so no signed payment, now or later, covers them.
   */
  withhold(owner: Address, tokens: bigint): void {
    if (tokens < 0n) throw new RangeError('negative token count');
    const a = this.#account(owner);
    a.requests += 1;
    a.max += tokens;
    a.withheld += tokens;
  }

  /** The file keeps what was committed: withheld tokens never come back as paid after a restart. */
  #save(): void {
    this.#file?.save([...this.#accounts.values()].map((a) => ({ ...a, max: a.chain })));
  }

  /** The three counters and a payment signed for tokens_committed_to_blockchain. */
  payment(owner: Address): PaymentState {
    const a = this.#account(owner);
    a.signed = { tokens: a.chain, data: this.#signer.sign(owner, a.chain) };
    return { signed: a.signed.data, dbTokens: a.db, maxTokens: a.max, chainTokens: a.chain };
  }

  /** Only what was already signed, without signing (for proxy.runQueryEx). */
  lastSigned(owner: Address): Buffer | null {
    return this.#accounts.get(owner.toRawString())?.signed?.data ?? null;
  }

  counters(owner: Address): { chain: bigint; db: bigint; max: bigint } {
    const a = this.#account(owner);
    return { chain: a.chain, db: a.db, max: a.max };
  }

  books(): OwnerBook[] {
    return [...this.#accounts.values()].map((a) => {
      const signed = a.signed?.tokens ?? 0n;
      return {
        owner: a.owner.toRawString(),
        requests: a.requests,
        signed_tokens: signed,
        max_tokens: a.max,
        db_tokens: a.db,
        earned_nano: signed * this.#signer.feePerToken,
      };
    });
  }
}
