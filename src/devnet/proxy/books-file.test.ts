import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Address } from '@ton/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseSignedPayment } from '../../chain/contracts/signed-payment.js';
import { OwnerBooks } from './books.js';
import { BooksFile } from './books-file.js';
import { testSigner } from '../../../tests/support/test-signer.js';

const { signer } = testSigner({ seed: 5, qid: 1n });
const owner = new Address(0, Buffer.alloc(32, 9));

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'sw-books-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('devnet proxy books on disk', () => {
  it('continue after a restart: the next payment is never below the last one signed', () => {
    const file = path.join(dir, 'books.json');
    const a = new OwnerBooks(signer, new BooksFile(file));
    a.credit(owner, 40n);
    a.credit(owner, 2n);
    const before = parseSignedPayment(a.payment(owner).signed).tokens;
    const b = new OwnerBooks(signer, new BooksFile(file));
    expect(b.counters(owner)).toEqual({ chain: 42n, db: 42n, max: 42n });
    b.credit(owner, 8n);
    expect(parseSignedPayment(b.payment(owner).signed).tokens).toBe(before + 8n);
    expect(b.books()[0]).toMatchObject({ requests: 3, max_tokens: 50n });
  });

  it('moves a damaged file aside and starts each owner at the floor the worker holds', async () => {
    const file = path.join(dir, 'books.json');
    await writeFile(file, '[{"owner": ');
    const damaged: string[] = [];
    const books = new OwnerBooks(
      signer,
      new BooksFile(file, {
        floor: (o) => (o.equals(owner) ? 42n : 0n),
        onDamage: (d) => damaged.push(d.code),
      }),
    );
    expect(damaged).toEqual(['not-json']);
    expect(parseSignedPayment(books.payment(owner).signed).tokens).toBe(42n);
    books.credit(owner, 8n);
    const again = new OwnerBooks(signer, new BooksFile(file));
    expect(again.counters(owner)).toEqual({ chain: 50n, db: 50n, max: 50n });
  });

  it('reads the unversioned books of earlier releases', async () => {
    const file = path.join(dir, 'books.json');
    await writeFile(file, JSON.stringify([{ owner: owner.toRawString(), requests: 2, max: '17' }]));
    expect(new OwnerBooks(signer, new BooksFile(file)).counters(owner)).toEqual({
      chain: 17n,
      db: 17n,
      max: 17n,
    });
  });

  it("opens a missing owner's book at the chain's floor (fresh or damaged file), never lowering a kept one", async () => {
    const file = path.join(dir, 'books.json');
    await writeFile(file, '{ damaged');
    const damaged: unknown[] = [];
    const books = new OwnerBooks(
      signer,
      new BooksFile(file, { floor: () => 30n, onDamage: (d) => damaged.push(d) }),
    );
    expect(damaged).toHaveLength(1);
    expect(books.has(owner)).toBe(false);
    books.openAt(owner, 500n); // the chain paid more than the worker's payments say: the higher wins
    expect(books.counters(owner)).toEqual({ chain: 500n, db: 500n, max: 500n });
    expect(parseSignedPayment(books.payment(owner).signed).tokens).toBe(500n);
    books.openAt(owner, 900n); // an existing book is its own truth
    expect(books.counters(owner).max).toBe(500n);
    const other = new Address(0, Buffer.alloc(32, 10));
    books.openAt(other, 10n); // below the recovery floor: the floor stays
    expect(books.counters(other).max).toBe(30n);
    const reopened = new OwnerBooks(signer, new BooksFile(file));
    expect(reopened.counters(owner).max).toBe(500n); // the opened book was saved
  });
});
