import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtemp, rm, appendFile, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Address } from '@ton/core';
import { keyPairFromSeed } from '@ton/crypto';
import { signPayment } from '../chain/contracts/signed-payment.js';
import { EarningsLedger } from './ledger.js';
import { PaymentError } from './payment-book.js';
import { silentLogger } from '../logging/logger.js';
import type { Receipt } from './receipt.js';

const proxyKey = keyPairFromSeed(Buffer.alloc(32, 7));
const otherKey = keyPairFromSeed(Buffer.alloc(32, 9));
const proxySc = new Address(0, Buffer.alloc(32, 1));
const workerSc = new Address(0, Buffer.alloc(32, 2));
const proxyWallet = new Address(0, Buffer.alloc(32, 3));

function payment(tokens: bigint, opts: { key?: Buffer; worker?: Address } = {}): Buffer {
  return signPayment({
    qid: tokens,
    tokens,
    workerSc: opts.worker ?? workerSc,
    returnExcessesTo: proxyWallet,
    secretKey: opts.key ?? proxyKey.secretKey,
  }).toBoc();
}

const offer = (boc: Buffer) => ({
  proxySc,
  workerSc,
  proxyPublicKey: proxyKey.publicKey,
  boc,
  dbTokens: 0n,
  maxTokens: 0n,
});

function receipt(i: number, total: number, time = Date.now()): Receipt {
  return {
    requestId: `r${i}`,
    time,
    proxy: proxySc.toRawString(),
    model: 'tiny',
    ok: true,
    tokens: { prompt: 1, cached: 0, completion: total - 1, reasoning: 0, total },
    earnedNano: String(total * 1000),
    durationMs: 5,
  };
}

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'sw-ledger-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('EarningsLedger', () => {
  it('keeps the best signed payment and receipts across a restart', async () => {
    const a = await EarningsLedger.open({ dir, log: silentLogger });
    await a.payments.accept(offer(payment(100n)));
    await a.payments.accept(offer(payment(250n)));
    await a.receipts.add(receipt(1, 100));
    await a.receipts.add(receipt(2, 150));
    await a.close();

    const b = await EarningsLedger.open({ dir, log: silentLogger });
    expect(b.payments.get(workerSc)?.tokens).toBe(250n);
    expect(b.signedTokens()).toBe(250n);
    const totals = b.totals();
    expect(totals).toMatchObject({
      requestsServed: 2,
      tokensServed: 250,
      totalNano: 250_000n,
      todayNano: 250_000n,
    });
    await b.close();
  });

  it('refuses a lower cumulative payment, a forged signature and another worker’s payment', async () => {
    const l = await EarningsLedger.open({ dir, log: silentLogger });
    await l.payments.accept(offer(payment(500n)));
    await expect(l.payments.accept(offer(payment(400n)))).rejects.toMatchObject({ code: 'lower' });
    await expect(l.payments.accept(offer(payment(900n, { key: otherKey.secretKey })))).rejects.toMatchObject({
      code: 'forged',
    });
    await expect(l.payments.accept(offer(payment(900n, { worker: proxySc })))).rejects.toMatchObject({
      code: 'wrong-worker',
    });
    await expect(l.payments.accept(offer(Buffer.from('not a boc')))).rejects.toBeInstanceOf(PaymentError);
    expect(l.payments.get(workerSc)?.tokens).toBe(500n);
    const onDisk = JSON.parse(await readFile(path.join(dir, 'payments.json'), 'utf8')) as {
      version: number;
      payments: { tokens: string }[];
    };
    expect(onDisk.version).toBe(1);
    expect(onDisk.payments[0]?.tokens).toBe('500');
    await l.close();
  });

  it('reads a payments file from before it was versioned (a bare array)', async () => {
    const a = await EarningsLedger.open({ dir, log: silentLogger });
    await a.payments.accept(offer(payment(300n)));
    await a.close();
    const file = path.join(dir, 'payments.json');
    const doc = JSON.parse(await readFile(file, 'utf8')) as { payments: unknown[] };
    await writeFile(file, JSON.stringify(doc.payments));
    const b = await EarningsLedger.open({ dir, log: silentLogger });
    expect(b.payments.damage).toBeNull();
    expect(b.payments.get(workerSc)?.tokens).toBe(300n);
    await b.close();
  });

  it('moves a damaged payments file aside, starts and refills from the next signed payment', async () => {
    const file = path.join(dir, 'payments.json');
    await writeFile(file, '{"version":1,"payments":[{"tokens":"12"');
    const l = await EarningsLedger.open({ dir, log: silentLogger });
    expect(l.payments.damage).toMatchObject({ code: 'not-json' });
    const aside = l.payments.damage?.movedTo ?? '';
    expect(await readFile(aside, 'utf8')).toContain('"tokens":"12"');
    expect(l.payments.all()).toHaveLength(0);
    await l.payments.accept(offer(payment(700n)));
    await l.close();
    const m = await EarningsLedger.open({ dir, log: silentLogger });
    expect(m.payments.damage).toBeNull();
    expect(m.payments.get(workerSc)?.tokens).toBe(700n);
    await m.close();
  });

  it('refuses a payments file of a newer version rather than guessing', async () => {
    await writeFile(path.join(dir, 'payments.json'), JSON.stringify({ version: 9, payments: [] }));
    const l = await EarningsLedger.open({ dir, log: silentLogger });
    expect(l.payments.damage).toMatchObject({ code: 'newer-version' });
    await l.close();
  });

  it('moves unreadable receipt lines aside and keeps every good one', async () => {
    const l = await EarningsLedger.open({ dir, log: silentLogger });
    await l.receipts.add(receipt(1, 10));
    await l.receipts.add(receipt(2, 10));
    await l.close();
    const file = path.join(dir, 'receipts.jsonl');
    await appendFile(file, 'garbage\n');
    const m = await EarningsLedger.open({ dir, log: silentLogger });
    expect(m.receipts.damage).toMatchObject({ code: 'not-json' });
    expect(await readFile(m.receipts.damage?.movedTo ?? '', 'utf8')).toBe('garbage\n');
    expect(m.receipts.count()).toBe(2);
    await m.close();
    const n = await EarningsLedger.open({ dir, log: silentLogger });
    expect(n.receipts.damage).toBeNull();
    expect(n.receipts.count()).toBe(2);
    await n.close();
  });

  it('skips a torn receipt line and keeps appending after it', async () => {
    const l = await EarningsLedger.open({ dir, log: silentLogger });
    await l.receipts.add(receipt(1, 10));
    await l.close();
    await appendFile(path.join(dir, 'receipts.jsonl'), '{"requestId":"r2","ti');
    const m = await EarningsLedger.open({ dir, log: silentLogger });
    expect(m.receipts.count()).toBe(1);
    await m.receipts.add(receipt(3, 20));
    await m.close();
    const n = await EarningsLedger.open({ dir, log: silentLogger });
    expect((await n.receipts.page({ offset: 0, limit: 10, okOnly: false })).map((r) => r.requestId)).toEqual([
      'r3',
      'r1',
    ]);
    await n.close();
  });
});
