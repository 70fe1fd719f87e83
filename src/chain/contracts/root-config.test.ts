// Every root layout Cocoon has used (params struct_version 0–5, the v4 key-manager and v5 verified-keys
// cells after `version`): golden cells built bit by bit from docs/protocol.md §7.2, and round trips.
import { Address, beginCell, type Builder, type Cell, Dictionary } from '@ton/core';
import { describe, expect, it } from 'vitest';
import {
  defaultRootParams,
  parseRootData,
  rootDataCell,
  rootParamsCell,
  type RootConfigInput,
} from './root-config.js';

const owner = Address.parse('0:' + '11'.repeat(32));
const k = (byte: number): Buffer => Buffer.alloc(32, byte);
const big = (b: Buffer): bigint => BigInt('0x' + b.toString('hex'));

/** A HashmapE 256 set written by hand: one key per set member, each with an empty-cell ref. */
function handSet(b: Builder, keys: Buffer[]): void {
  const d = Dictionary.empty(Dictionary.Keys.BigUint(256), Dictionary.Values.Cell());
  for (const key of keys) d.set(big(key), beginCell().endCell());
  b.storeDict(d);
}

function handNetAddress(b: Builder, text: string): void {
  b.storeBit(0).storeUint(text.length, 7).storeBuffer(Buffer.from(text, 'ascii'));
}

/** The v5 root data of a network with one proxy, one proxy hash, a key manager and verified keys. */
function goldenV5(): Cell {
  const params = beginCell()
    .storeUint(5, 8) // struct_version
    .storeUint(9, 32) // params_version
    .storeUint(42, 32) // unique_id
    .storeBit(1) // is_test
    .storeCoins(200_000n)
    .storeCoins(100_000n)
    .storeUint(10_000, 32) // prompt
    .storeUint(1_000, 32) // cached
    .storeUint(40_000, 32) // completion
    .storeUint(40_000, 32) // reasoning
    .storeUint(600, 32)
    .storeUint(300, 32)
    .storeCoins(1_000_000_000n)
    .storeCoins(2_000_000_000n)
    .storeBit(0)
    .storeBit(0)
    .storeBit(0)
    .endCell();
  const dataWithProxy = beginCell();
  handSet(dataWithProxy, [k(0xaa)]);
  const entry = {
    serialize: (v: string, b: Builder) => handNetAddress(b, v),
    parse: () => '',
  };
  const px = Dictionary.empty(Dictionary.Keys.Uint(32), entry);
  px.set(3, '127.0.0.1:11001');
  dataWithProxy.storeDict(px).storeUint(3, 32);
  handSet(dataWithProxy, [k(0xbb)]);
  handSet(dataWithProxy, []);
  const registered = Dictionary.empty(Dictionary.Keys.BigUint(256), {
    serialize: (v: [number, number], b: Builder) => void b.storeUint(v[0], 8).storeUint(v[1], 32),
    parse: (): [number, number] => [0, 0],
  });
  registered.set(big(k(0x01)), [2, 1_900_000_000]);
  const km = beginCell()
    .storeDict(registered)
    .storeUint(big(k(0x02)), 256)
    .storeUint(big(k(0x03)), 256);
  handNetAddress(km, '10.0.0.7:9000');
  const verified = beginCell();
  handSet(verified, [k(0x04), k(0x05)]);
  handSet(verified, []);
  handSet(verified, [k(0x06)]);
  return beginCell()
    .storeAddress(owner)
    .storeRef(dataWithProxy.endCell())
    .storeRef(params)
    .storeUint(17, 32)
    .storeRef(km.endCell())
    .storeRef(verified.endCell())
    .endCell();
}

const hex = (bs: Buffer[]): string[] => bs.map((b) => b.toString('hex')).sort();

describe('root data, every layout', () => {
  it('reads a golden v5 root cell field by field and writes the same cell back', () => {
    const golden = goldenV5();
    const c = parseRootData(golden);
    expect(c.owner.equals(owner)).toBe(true);
    expect([c.version, c.params.structVersion, c.params.paramsVersion, c.params.uniqueId]).toEqual([
      17, 5, 9, 42,
    ]);
    expect([c.params.pricePerToken, c.params.workerFeePerToken, c.params.minClientStake]).toEqual([
      200_000n,
      100_000n,
      2_000_000_000n,
    ]);
    expect([c.params.cachedMult, c.params.completionMult]).toEqual([1_000, 40_000]);
    expect([...c.proxies]).toEqual([[3, '127.0.0.1:11001']]);
    expect([hex(c.proxyHashes), hex(c.workerHashes), c.modelHashes]).toEqual([
      [k(0xaa).toString('hex')],
      [k(0xbb).toString('hex')],
      [],
    ]);
    expect(c.registeredPublicKeys).toEqual([{ publicKey: k(0x01), keyType: 2, expireAt: 1_900_000_000 }]);
    expect([c.keyManagerPublicKey, c.keyManagerImageHash, c.keyManagerAddress]).toEqual([
      k(2),
      k(3),
      '10.0.0.7:9000',
    ]);
    expect(hex(c.verifiedProxyKeys)).toEqual(hex([k(4), k(5)]));
    expect([c.verifiedWorkerKeys, hex(c.verifiedKeyManagerKeys)]).toEqual([[], hex([k(6)])]);
    expect(rootDataCell(c).hash().toString('hex')).toBe(golden.hash().toString('hex'));
  });

  it('round-trips struct versions 0–5; v4 and v5 carry their cells, earlier ones none', () => {
    for (const v of [0, 1, 2, 3, 4, 5]) {
      const km = {
        registeredPublicKeys: [],
        keyManagerPublicKey: k(1),
        keyManagerImageHash: k(2),
        keyManagerAddress: '1.2.3.4:5',
      };
      const vk = { verifiedProxyKeys: [k(3)], verifiedWorkerKeys: [k(4)], verifiedKeyManagerKeys: [] };
      const config: RootConfigInput = {
        owner,
        proxyHashes: [k(7)],
        proxies: new Map([
          [1, '127.0.0.1:1'],
          [2, '10.1.1.1:2 10.1.1.1:3'],
        ]),
        lastProxySeqno: 2,
        workerHashes: [],
        modelHashes: [k(8), k(9)],
        params: defaultRootParams({ structVersion: v, pricePerToken: 5n }),
        version: 3,
        ...(v >= 4 ? km : {}),
        ...(v >= 5 ? vk : {}),
      };
      const cell = rootDataCell(config);
      expect(cell.refs).toHaveLength(v >= 5 ? 4 : v >= 4 ? 3 : 2);
      const back = parseRootData(cell);
      expect([...back.proxies]).toEqual([...config.proxies]);
      expect([back.params.structVersion, back.params.pricePerToken, back.version]).toEqual([v, 5n, 3]);
      expect(back.keyManagerAddress).toBe(v >= 4 ? '1.2.3.4:5' : null);
      expect(back.keyManagerImageHash).toEqual(v >= 4 ? k(2) : Buffer.alloc(32));
      expect([back.verifiedProxyKeys, back.verifiedWorkerKeys]).toEqual(v >= 5 ? [[k(3)], [k(4)]] : [[], []]);
      expect(rootDataCell(back).hash().equals(cell.hash())).toBe(true);
    }
  });

  it('writes empty key-manager and verified-keys cells for a v5 config that gives none', () => {
    const back = parseRootData(
      rootDataCell({
        owner,
        proxyHashes: [],
        proxies: new Map(),
        lastProxySeqno: 0,
        workerHashes: [],
        modelHashes: [],
        params: defaultRootParams({ structVersion: 5 }),
        version: 1,
      }),
    );
    expect([back.keyManagerAddress, back.registeredPublicKeys, back.verifiedProxyKeys]).toEqual([
      null,
      [],
      [],
    ]);
  });

  it('refuses trailing data in the root data and in both new cells, and a missing cell', () => {
    const golden = goldenV5();
    const rebuild = (refs: Cell[], tailBit = false): Cell => {
      const b = beginCell().storeBits(golden.beginParse().loadBits(golden.bits.length));
      if (tailBit) b.storeBit(1);
      for (const r of refs) b.storeRef(r);
      return b.endCell();
    };
    const padded = (c: Cell): Cell => beginCell().storeSlice(c.beginParse()).storeBit(0).endCell();
    const [data, params, km, verified] = golden.refs as [Cell, Cell, Cell, Cell];
    expect(parseRootData(rebuild([data, params, km, verified])).version).toBe(17);
    expect(() => parseRootData(rebuild([data, params, km, verified], true))).toThrow(/does not parse/);
    expect(() => parseRootData(rebuild([data, params, padded(km), verified]))).toThrow(/does not parse/);
    expect(() => parseRootData(rebuild([data, params, km, padded(verified)]))).toThrow(/does not parse/);
    expect(() => parseRootData(rebuild([data, params, km]))).toThrow(/does not parse/);
  });

  it('names an unknown future struct version', () => {
    const p = beginCell().storeUint(6, 8).storeUint(0, 64).endCell();
    const cell = beginCell()
      .storeAddress(owner)
      .storeRef(beginCell().endCell())
      .storeRef(p)
      .storeUint(1, 32)
      .endCell();
    expect(() => parseRootData(cell)).toThrow(
      'unsupported params struct_version 6 (this version of Silkworm reads 0–5)',
    );
    expect(() => rootParamsCell(defaultRootParams({ structVersion: 6 }))).toThrow(/struct_version 6/);
  });

  it('refuses to write cells a version does not have', () => {
    const base = {
      owner,
      proxyHashes: [],
      proxies: new Map(),
      lastProxySeqno: 0,
      workerHashes: [],
      modelHashes: [],
      version: 1,
    };
    expect(() =>
      rootDataCell({
        ...base,
        params: defaultRootParams({ structVersion: 4 }),
        verifiedProxyKeys: [k(1)],
      }),
    ).toThrow(/no verified-keys cell/);
    expect(() =>
      rootDataCell({
        ...base,
        params: defaultRootParams({ structVersion: 3 }),
        keyManagerAddress: '1.1.1.1:1',
      }),
    ).toThrow(/no key-manager cell/);
  });
});
