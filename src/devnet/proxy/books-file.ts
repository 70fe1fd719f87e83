// The devnet proxy's books on disk, so the embedded devnet keeps its accounts across restarts (a real
// proxy keeps them in its database). Written synchronously and atomically after every credit, before the
// new cumulative payment is signed: a proxy must never sign less than it signed before a restart.
// A damaged file is moved aside; an owner's account then starts at the floor the recovery names (the
// best payment the worker holds), so the proxy never signs below what it signed before.
import { Address } from '@ton/core';
import { z } from 'zod';
import {
  readStateFileSync,
  writeStateFileSync,
  type Damage,
  type StateFileSpec,
} from '../../state-files/state-file.js';

export interface StoredAccount {
  owner: Address;
  requests: number;
  max: bigint;
}

export interface BooksRecovery {
  /** Tokens already signed for `owner` as far as anyone else knows (the worker's payments book). */
  floor(owner: Address): bigint;
  onDamage(damage: Damage): void;
}

const rowSchema = z.object({
  owner: z.string().regex(/^-?\d+:[0-9a-fA-F]{64}$/),
  requests: z.number().int().nonnegative(),
  max: z.string().regex(/^\d+$/),
});
const booksSchema = z.object({ version: z.literal(1), accounts: z.array(rowSchema) });
/** Version 0 was the bare array of rows. */
const booksSpec: StateFileSpec<z.infer<typeof booksSchema>> = {
  version: 1,
  schema: booksSchema,
  migrate: (doc) => ({ version: 1, accounts: doc }),
};

export class BooksFile {
  readonly #file: string;
  readonly #recovery: BooksRecovery | null;
  #damaged = false;

  constructor(file: string, recovery: BooksRecovery | null = null) {
    this.#file = file;
    this.#recovery = recovery;
  }

  load(): StoredAccount[] {
    const read = readStateFileSync(this.#file, booksSpec);
    if (read.kind === 'damaged') {
      this.#damaged = true;
      this.#recovery?.onDamage(read.damage);
    }
    const rows = read.kind === 'ok' ? read.value.accounts : [];
    return rows.map((r) => ({ owner: Address.parseRaw(r.owner), requests: r.requests, max: BigInt(r.max) }));
  }

  /** Where a new account starts: 0, or after damage the floor the recovery knows. */
  floor(owner: Address): bigint {
    return this.#damaged ? (this.#recovery?.floor(owner) ?? 0n) : 0n;
  }

  save(accounts: Iterable<StoredAccount>): void {
    const rows = [...accounts].map((a) => ({
      owner: a.owner.toRawString(),
      requests: a.requests,
      max: a.max.toString(),
    }));
    writeStateFileSync(this.#file, booksSpec, { version: 1, accounts: rows });
  }
}
