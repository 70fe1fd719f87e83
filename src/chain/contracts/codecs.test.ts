import { Address, beginCell } from '@ton/core';
import { keyPairFromSeed } from '@ton/crypto';
import { describe, expect, it } from 'vitest';
import { ChainError } from '../errors.js';
import {
  defaultRootParams,
  loadRootParams,
  parseRootData,
  rootDataCell,
  rootParamsCell,
} from './root-config.js';
import { parseSignedPayment, repackPayment, signPayment, verifySignedPayment } from './signed-payment.js';

const keys = keyPairFromSeed(Buffer.alloc(32, 1));
const worker = Address.parse('0:' + 'ab'.repeat(32));
const proxyWallet = Address.parse('0:' + 'cd'.repeat(32));

describe('signed payment (docs/protocol.md §5.2)', () => {
  const boc = signPayment({
    qid: 77n,
    tokens: 123_456n,
    workerSc: worker,
    returnExcessesTo: proxyWallet,
    secretKey: keys.secretKey,
  }).toBoc({ idx: false, crc32: false });

  it('has the exact layout of docs/protocol.md §5.2: 875-bit wrapper with one 427-bit payload ref', () => {
    const cell = parseSignedPayment(boc);
    expect(cell.payload.bits.length).toBe(427);
    expect(repackPayment(cell, proxyWallet).bits.length).toBe(875);
    expect(cell.tokens).toBe(123_456n);
    expect(cell.qid).toBe(77n);
  });
  it('verifies, and still verifies after return_excesses_to is replaced', () => {
    const p = parseSignedPayment(boc);
    const repacked = parseSignedPayment(repackPayment(p, worker));
    expect(() =>
      verifySignedPayment(repacked, { proxyPublicKey: keys.publicKey, workerSc: worker }),
    ).not.toThrow();
    expect(repacked.returnExcessesTo.equals(worker)).toBe(true);
  });
  it('rejects another key, another worker, a wrong op and trailing bits with typed errors', () => {
    const p = parseSignedPayment(boc);
    expect(() =>
      verifySignedPayment(p, {
        proxyPublicKey: keyPairFromSeed(Buffer.alloc(32, 2)).publicKey,
        workerSc: worker,
      }),
    ).toThrow(/signature/);
    expect(() => verifySignedPayment(p, { proxyPublicKey: keys.publicKey, workerSc: proxyWallet })).toThrow(
      /another|not 0:/,
    );
    const wrongOp = beginCell().storeUint(1, 32).endCell();
    expect(() => parseSignedPayment(wrongOp)).toThrow(ChainError);
    const trailing = beginCell().storeSlice(repackPayment(p, worker).beginParse()).storeBit(1).endCell();
    expect(() => parseSignedPayment(trailing)).toThrow(/does not parse/);
    expect(() => parseSignedPayment(Buffer.from('not a boc'))).toThrow(ChainError);
  });
});

describe('root config (docs/protocol.md §7.2)', () => {
  it('round-trips params for every struct version, with defaults for absent multipliers', () => {
    for (const v of [0, 1, 2, 3]) {
      const p = defaultRootParams({
        structVersion: v,
        promptMult: 12_000,
        cachedMult: 5_000,
        completionMult: 20_000,
        reasoningMult: 30_000,
        pricePerToken: 7n,
        workerFeePerToken: 3n,
      });
      const back = loadRootParams(rootParamsCell(p).beginParse());
      expect(back.pricePerToken).toBe(7n);
      expect(back.workerFeePerToken).toBe(3n);
      expect(back.promptMult).toBe(v >= 3 ? 12_000 : 10_000);
      expect(back.cachedMult).toBe(v >= 2 ? 5_000 : 10_000);
      expect(back.minProxyStake).toBe(v >= 1 ? 1_000_000_000n : 0n);
    }
  });
  it('round-trips the root data cell with proxies and hash sets', () => {
    const config = {
      owner: proxyWallet,
      proxyHashes: [Buffer.alloc(32, 9)],
      proxies: new Map([
        [1, '127.0.0.1:11001 127.0.0.1:11002'],
        [4, '10.0.0.1:5000'],
      ]),
      lastProxySeqno: 4,
      workerHashes: [],
      modelHashes: [Buffer.alloc(32, 1), Buffer.alloc(32, 2)],
      params: defaultRootParams(),
      version: 9,
    };
    const back = parseRootData(rootDataCell(config));
    expect(back.proxies.get(1)).toBe('127.0.0.1:11001 127.0.0.1:11002');
    expect(back.proxies.get(4)).toBe('10.0.0.1:5000');
    expect(back.modelHashes.map((h) => h[0])).toEqual([1, 2]);
    expect(back.proxyHashes[0]?.equals(Buffer.alloc(32, 9))).toBe(true);
    expect(back.version).toBe(9);
    expect(back.owner.equals(proxyWallet)).toBe(true);
  });
  it('rejects a struct_version above 5 with a typed error', () => {
    const bad = beginCell().storeUint(6, 8).storeUint(0, 64).endCell();
    expect(() => loadRootParams(bad.beginParse())).toThrow(/struct_version 6/);
  });
});
