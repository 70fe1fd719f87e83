// What a worker is told when the root changes (docs/discovery.md): proxies by seqno, params field by field,
// and set members added / removed; a re-read with nothing new is empty.
import { Address, beginCell } from '@ton/core';
import { describe, expect, it } from 'vitest';
import {
  defaultRootParams,
  parseRootData,
  rootDataCell,
  type RootConfig,
} from '../chain/contracts/root-config.js';
import { describeDiff, diffRoot, rootProxies } from './root-diff.js';

const k = (b: number): Buffer => Buffer.alloc(32, b);
const base: RootConfig = parseRootData(
  rootDataCell({
    owner: new Address(0, k(1)),
    proxyHashes: [k(2)],
    proxies: new Map([
      [1, '10.0.0.1:11001 10.0.0.1:11002'],
      [2, '10.0.0.2:11001'],
    ]),
    lastProxySeqno: 2,
    workerHashes: [],
    modelHashes: [k(3)],
    params: defaultRootParams({ structVersion: 5 }),
    version: 4,
    verifiedProxyKeys: [k(4)],
  }),
);

describe('diffRoot', () => {
  it('lists everything on the first reading', () => {
    const d = diffRoot(null, base);
    expect([d.first, d.empty, d.proxiesAdded.map((p) => p.workers)]).toEqual([
      true,
      false,
      ['10.0.0.1:11001', '10.0.0.2:11001'],
    ]);
    expect(rootProxies(base)[0]).toEqual({
      seqno: 1,
      entry: '10.0.0.1:11001 10.0.0.1:11002',
      workers: '10.0.0.1:11001',
      clients: '10.0.0.1:11002',
    });
    expect(describeDiff(d)).toBe('version 4, 2 proxies');
  });

  it('names each change: a proxy re-addressed and one removed, a multiplier, a code cell, hashes and keys', () => {
    const next: RootConfig = {
      ...base,
      version: 5,
      proxies: new Map([[1, '10.0.0.9:11001']]),
      params: { ...base.params, cachedMult: 5_000, workerCode: beginCell().storeUint(7, 8).endCell() },
      proxyHashes: [k(2), k(5)],
      modelHashes: [],
      verifiedProxyKeys: [k(6)],
    };
    const d = diffRoot(base, next);
    expect(d.proxiesRemoved.map((p) => p.seqno)).toEqual([2]);
    expect(d.proxiesChanged.map((c) => [c.before.workers, c.after.workers])).toEqual([
      ['10.0.0.1:11001', '10.0.0.9:11001'],
    ]);
    expect(d.params.map((p) => p.field)).toEqual(['cachedMult', 'workerCode']);
    expect(d.params[1]).toMatchObject({ from: 'none', to: next.params.workerCode!.hash().toString('hex') });
    expect([d.proxyHashes.added, d.modelHashes.removed]).toEqual([
      [k(5).toString('hex')],
      [k(3).toString('hex')],
    ]);
    expect(d.verifiedProxyKeys).toEqual({ added: [k(6).toString('hex')], removed: [k(4).toString('hex')] });
    expect(describeDiff(d)).toBe(
      `version 4 → 5, proxies +0 −1 ~1, cachedMult 10000 → 5000, workerCode none → ${d.params[1]!.to}, proxyHashes +1 −0, modelHashes +0 −1, verifiedProxyKeys +1 −1`,
    );
  });

  it('is empty when only the version counter moved', () => {
    const d = diffRoot(base, { ...base, version: 9 });
    expect([d.empty, d.versionFrom, d.versionTo]).toEqual([true, 4, 9]);
  });
});
