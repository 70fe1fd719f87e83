// Cocoon root contract configuration (docs/protocol.md §7.2): the params cell with prices and
// multipliers, and the root data cell. storeX / loadX are paired; loaders throw ChainError('bad-config').
import { type Address, type Builder, beginCell, type Cell, Dictionary, type Slice } from '@ton/core';
import { ChainError } from '../errors.js';
import { errorMessage } from '../../logging/logger.js';

export interface RootParams {
  structVersion: number; // 0..3; fields below marked "v≥n" exist only from that version
  paramsVersion: number;
  uniqueId: number;
  isTest: boolean;
  pricePerToken: bigint; // nanotons charged to clients per adjusted token
  workerFeePerToken: bigint; // nanotons paid to workers per adjusted token
  promptMult: number; // v≥3, ×1/10000
  cachedMult: number; // v≥2
  completionMult: number; // v≥3
  reasoningMult: number; // v≥2
  proxyDelayBeforeClose: number; // seconds
  clientDelayBeforeClose: number; // seconds
  minProxyStake: bigint; // v≥1
  minClientStake: bigint; // v≥1
  proxyCode: Cell | null;
  workerCode: Cell | null;
  clientCode: Cell | null;
}

export const DEFAULT_MULT = 10_000;

/** Devnet defaults: the fake-TON values of Cocoon's test config (price 2, fee 1, delays 600/300 s). */
export function defaultRootParams(overrides: Partial<RootParams> = {}): RootParams {
  return {
    structVersion: 3,
    paramsVersion: 1,
    uniqueId: 13,
    isTest: true,
    pricePerToken: 2n,
    workerFeePerToken: 1n,
    promptMult: DEFAULT_MULT,
    cachedMult: DEFAULT_MULT,
    completionMult: DEFAULT_MULT,
    reasoningMult: DEFAULT_MULT,
    proxyDelayBeforeClose: 600,
    clientDelayBeforeClose: 300,
    minProxyStake: 1_000_000_000n,
    minClientStake: 1_000_000_000n,
    proxyCode: null,
    workerCode: null,
    clientCode: null,
    ...overrides,
  };
}

export function storeRootParams(p: RootParams): (b: Builder) => void {
  return (b) => {
    if (p.structVersion < 0 || p.structVersion > 3)
      throw new ChainError('bad-config', `struct_version ${p.structVersion} > 3`);
    b.storeUint(p.structVersion, 8)
      .storeUint(p.paramsVersion, 32)
      .storeUint(p.uniqueId, 32)
      .storeBit(p.isTest);
    b.storeCoins(p.pricePerToken).storeCoins(p.workerFeePerToken);
    if (p.structVersion >= 3) b.storeUint(p.promptMult, 32);
    if (p.structVersion >= 2) b.storeUint(p.cachedMult, 32);
    if (p.structVersion >= 3) b.storeUint(p.completionMult, 32);
    if (p.structVersion >= 2) b.storeUint(p.reasoningMult, 32);
    b.storeUint(p.proxyDelayBeforeClose, 32).storeUint(p.clientDelayBeforeClose, 32);
    if (p.structVersion >= 1) b.storeCoins(p.minProxyStake).storeCoins(p.minClientStake);
    b.storeMaybeRef(p.proxyCode).storeMaybeRef(p.workerCode).storeMaybeRef(p.clientCode);
  };
}

export function rootParamsCell(p: RootParams): Cell {
  return beginCell().store(storeRootParams(p)).endCell();
}

/** The params cell as contracts of one kind receive it (docs/protocol.md §7.2, serialize_params_cell). */
export function paramsCellFor(kind: 'worker' | 'client' | 'proxy', p: RootParams): Cell {
  const codes =
    kind === 'proxy'
      ? { workerCode: p.workerCode, clientCode: p.clientCode }
      : { workerCode: null, clientCode: null };
  return rootParamsCell({ ...p, proxyCode: null, ...codes });
}

export function loadRootParams(s: Slice): RootParams {
  return guard(() => {
    const structVersion = s.loadUint(8);
    if (structVersion > 3)
      throw new ChainError('bad-config', `unsupported params struct_version ${structVersion}`);
    const paramsVersion = s.loadUint(32);
    const uniqueId = s.loadUint(32);
    const isTest = s.loadBit();
    const pricePerToken = s.loadCoins();
    const workerFeePerToken = s.loadCoins();
    const promptMult = structVersion >= 3 ? s.loadUint(32) : DEFAULT_MULT;
    const cachedMult = structVersion >= 2 ? s.loadUint(32) : DEFAULT_MULT;
    const completionMult = structVersion >= 3 ? s.loadUint(32) : DEFAULT_MULT;
    const reasoningMult = structVersion >= 2 ? s.loadUint(32) : DEFAULT_MULT;
    const proxyDelayBeforeClose = s.loadUint(32);
    const clientDelayBeforeClose = s.loadUint(32);
    const minProxyStake = structVersion >= 1 ? s.loadCoins() : 0n;
    const minClientStake = structVersion >= 1 ? s.loadCoins() : 0n;
    const proxyCode = s.loadMaybeRef();
    const workerCode = s.loadMaybeRef();
    const clientCode = s.loadMaybeRef();
    s.endParse();
    return {
      structVersion,
      paramsVersion,
      uniqueId,
      isTest,
      pricePerToken,
      workerFeePerToken,
      promptMult,
      cachedMult,
      completionMult,
      reasoningMult,
      proxyDelayBeforeClose,
      clientDelayBeforeClose,
      minProxyStake,
      minClientStake,
      proxyCode,
      workerCode,
      clientCode,
    };
  });
}

/** A registered proxy: `"ip:port_workers[ ip:port_clients]"` keyed by its seqno. */
export interface RootConfig {
  owner: Address;
  proxyHashes: Buffer[]; // 32-byte keys
  proxies: Map<number, string>;
  lastProxySeqno: number;
  workerHashes: Buffer[];
  modelHashes: Buffer[];
  params: RootParams;
  version: number;
}

const hashSet = (): Dictionary<bigint, Cell> =>
  Dictionary.empty(Dictionary.Keys.BigUint(256), Dictionary.Values.Cell());
const emptyCell = (): Cell => beginCell().endCell();
const proxyValue = {
  serialize: (v: string, b: Builder) => {
    const bytes = Buffer.from(v, 'ascii');
    if (bytes.length > 127) throw new ChainError('bad-config', 'proxy address string longer than 127 bytes');
    b.storeBit(false).storeUint(bytes.length, 7).storeBuffer(bytes);
  },
  parse: (s: Slice): string => {
    if (s.loadBit()) throw new ChainError('bad-config', 'proxy entry type must be 0');
    return s.loadBuffer(s.loadUint(7)).toString('ascii');
  },
};

function storeHashSet(b: Builder, keys: Buffer[]): void {
  const d = hashSet();
  for (const k of keys) d.set(BigInt('0x' + k.toString('hex')), emptyCell());
  b.storeMaybeRef(d.size === 0 ? null : beginCell().storeDictDirect(d).endCell());
}

function loadHashSet(s: Slice): Buffer[] {
  const c = s.loadMaybeRef();
  if (!c) return [];
  const d = Dictionary.loadDirect(Dictionary.Keys.BigUint(256), Dictionary.Values.Cell(), c);
  return d.keys().map((k) => Buffer.from(k.toString(16).padStart(64, '0'), 'hex'));
}

export function rootDataCell(c: RootConfig): Cell {
  const data = beginCell();
  storeHashSet(data, c.proxyHashes);
  const proxies = Dictionary.empty(Dictionary.Keys.Uint(32), proxyValue);
  for (const [k, v] of c.proxies) proxies.set(k, v);
  data.storeMaybeRef(proxies.size === 0 ? null : beginCell().storeDictDirect(proxies).endCell());
  data.storeUint(c.lastProxySeqno, 32);
  storeHashSet(data, c.workerHashes);
  storeHashSet(data, c.modelHashes);
  return beginCell()
    .storeAddress(c.owner)
    .storeRef(data.endCell())
    .storeRef(rootParamsCell(c.params))
    .storeUint(c.version, 32)
    .endCell();
}

export function parseRootData(cell: Cell): RootConfig {
  return guard(() => {
    const s = cell.beginParse();
    const owner = s.loadAddress();
    const d = s.loadRef().beginParse();
    const params = loadRootParams(s.loadRef().beginParse());
    const version = s.loadUint(32);
    s.endParse();
    const proxyHashes = loadHashSet(d);
    const proxiesCell = d.loadMaybeRef();
    const proxies = new Map<number, string>();
    if (proxiesCell) {
      for (const [k, v] of Dictionary.loadDirect(Dictionary.Keys.Uint(32), proxyValue, proxiesCell))
        proxies.set(k, v);
    }
    const lastProxySeqno = d.loadUint(32);
    const workerHashes = loadHashSet(d);
    const modelHashes = loadHashSet(d);
    d.endParse();
    return { owner, proxyHashes, proxies, lastProxySeqno, workerHashes, modelHashes, params, version };
  });
}

function guard<T>(read: () => T): T {
  try {
    return read();
  } catch (err) {
    if (err instanceof ChainError) throw err;
    throw new ChainError('bad-config', `root config does not parse: ${errorMessage(err)}`, { cause: err });
  }
}
