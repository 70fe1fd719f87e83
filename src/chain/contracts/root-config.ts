// Cocoon root contract configuration (docs/protocol.md §7.2): the params cell with prices and
// multipliers, and the root data cell, in every layout Cocoon has used (params struct_version 0–5; from 4 on
// the root data carries the cells of root-key-cells.ts after `version`). storeX / loadX are paired; loaders
// throw ChainError('bad-config'), trailing data included.
import { type Address, type Builder, beginCell, type Cell, Dictionary, type Slice } from '@ton/core';
import { ChainError } from '../errors.js';
import { errorMessage } from '../../logging/logger.js';
import {
  keyManagerCell,
  loadKeySet,
  loadNetAddress,
  parseKeyManagerCell,
  parseVerifiedKeysCell,
  storeKeySet,
  storeNetAddress,
  verifiedKeysCell,
  keyManagerOf,
  verifiedKeysOf,
  carriesKeyManager,
  carriesVerifiedKeys,
  type KeyManagerFields,
  type VerifiedKeyFields,
} from './root-key-cells.js';

/** The newest params struct_version this code reads and writes. */
export const MAX_STRUCT_VERSION = 5;

export interface RootParams {
  structVersion: number; // 0..5; fields below marked "v≥n" exist only from that version
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
    checkStructVersion(p.structVersion);
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
    checkStructVersion(structVersion);
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

/** The fields every layout has. Registered proxies: `"ip:port_workers[ ip:port_clients]"` keyed by seqno. */
export interface RootConfigBase {
  owner: Address;
  proxyHashes: Buffer[]; // 32-byte keys
  proxies: Map<number, string>;
  lastProxySeqno: number;
  workerHashes: Buffer[];
  modelHashes: Buffer[];
  params: RootParams;
  version: number;
}

/**
 * The root contract's state as read: the key-manager fields come from the v≥4 cell and the verified keys
 * from the v5 cell; an older layout reads as empty ones (zero keys, no address, empty sets).
 */
export interface RootConfig extends RootConfigBase, KeyManagerFields, VerifiedKeyFields {}

/** What rootDataCell writes: the newer fields may be left out (written empty where the version has them). */
export type RootConfigInput = RootConfigBase & Partial<KeyManagerFields> & Partial<VerifiedKeyFields>;

function checkStructVersion(v: number): void {
  if (!Number.isInteger(v) || v < 0 || v > MAX_STRUCT_VERSION)
    throw new ChainError(
      'bad-config',
      `unsupported params struct_version ${v} (this version of Silkworm reads 0–${MAX_STRUCT_VERSION})`,
    );
}

const proxyEntry = {
  serialize: (v: string, b: Builder) => storeNetAddress(b, v),
  parse: (s: Slice): string => loadNetAddress(s) ?? '',
};

export function rootDataCell(c: RootConfigInput): Cell {
  const v = c.params.structVersion;
  // Refuse rather than drop what the layout cannot carry.
  if (v < 4 && carriesKeyManager(c))
    throw new ChainError('bad-config', `struct_version ${v} has no key-manager cell`);
  if (v < 5 && carriesVerifiedKeys(c))
    throw new ChainError('bad-config', `struct_version ${v} has no verified-keys cell`);
  const data = beginCell();
  storeKeySet(data, c.proxyHashes);
  const proxies = Dictionary.empty(Dictionary.Keys.Uint(32), proxyEntry);
  for (const [k, p] of c.proxies) proxies.set(k, p);
  data.storeDict(proxies);
  data.storeUint(c.lastProxySeqno, 32);
  storeKeySet(data, c.workerHashes);
  storeKeySet(data, c.modelHashes);
  const root = beginCell()
    .storeAddress(c.owner)
    .storeRef(data.endCell())
    .storeRef(rootParamsCell(c.params))
    .storeUint(c.version, 32);
  if (v >= 4) root.storeRef(keyManagerCell(keyManagerOf(c)));
  if (v >= 5) root.storeRef(verifiedKeysCell(verifiedKeysOf(c)));
  return root.endCell();
}

export function parseRootData(cell: Cell): RootConfig {
  return guard(() => {
    const s = cell.beginParse();
    const owner = s.loadAddress();
    const d = s.loadRef().beginParse();
    const params = loadRootParams(s.loadRef().beginParse());
    const version = s.loadUint(32);
    const keyManager = params.structVersion >= 4 ? parseKeyManagerCell(s.loadRef()) : keyManagerOf({});
    const verified = params.structVersion >= 5 ? parseVerifiedKeysCell(s.loadRef()) : verifiedKeysOf({});
    s.endParse();
    const proxyHashes = loadKeySet(d);
    const proxies = new Map<number, string>();
    for (const [k, p] of Dictionary.load(Dictionary.Keys.Uint(32), proxyEntry, d)) proxies.set(k, p);
    const lastProxySeqno = d.loadUint(32);
    const workerHashes = loadKeySet(d);
    const modelHashes = loadKeySet(d);
    d.endParse();
    return {
      owner,
      proxyHashes,
      proxies,
      lastProxySeqno,
      workerHashes,
      modelHashes,
      params,
      version,
      ...keyManager,
      ...verified,
    };
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

export type { KeyManagerFields, VerifiedKeyFields } from './root-key-cells.js';
