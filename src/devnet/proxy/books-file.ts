// The devnet proxy's books on disk, so the embedded devnet keeps its accounts across restarts (a real
// proxy keeps them in its database). Written synchronously and atomically after every credit, before the
// new cumulative payment is signed: a proxy must never sign less than it signed before a restart.
import { closeSync, fsyncSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { Address } from '@ton/core';

export interface StoredAccount {
  owner: Address;
  requests: number;
  max: bigint;
}

export class BooksFile {
  readonly #file: string;
  constructor(file: string) {
    this.#file = file;
  }

  load(): StoredAccount[] {
    let text: string;
    try {
      text = readFileSync(this.#file, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw err;
    }
    // An unreadable books file is a hard stop: starting empty would sign less than before.
    const rows = JSON.parse(text) as Array<{ owner: string; requests: number; max: string }>;
    return rows.map((r) => ({ owner: Address.parseRaw(r.owner), requests: r.requests, max: BigInt(r.max) }));
  }

  save(accounts: Iterable<StoredAccount>): void {
    const rows = [...accounts].map((a) => ({ owner: a.owner.toRawString(), requests: a.requests, max: a.max.toString() }));
    const tmp = `${this.#file}.tmp`;
    const fd = openSync(tmp, 'w', 0o600);
    try {
      writeSync(fd, JSON.stringify(rows));
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, this.#file);
  }
}
