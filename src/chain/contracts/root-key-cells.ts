// The cells a Cocoon root contract appends after `version` in its data from params struct_version 4 on
// (docs/protocol.md §7.2, Cocoon 9060ce5 RootContractConfig): the key-manager cell (v≥4) and the
// verified-keys cell (v≥5). Also the two building blocks the whole root data shares: sets of 256-bit keys
// (HashmapE 256) and net addresses (a 0 bit, a 7-bit length, that many ASCII bytes). storeX / loadX are
// paired; every cell must be read to its end, and loaders throw ChainError('bad-config').
import { type Builder, beginCell, type Cell, Dictionary, type DictionaryValue, type Slice } from '@ton/core';
import { ChainError } from '../errors.js';

export interface RegisteredPublicKey {
  /** 32 bytes. */
  publicKey: Buffer;
  keyType: number; // u8
  expireAt: number; // u32, unix seconds
}

/** v≥4: the key manager that hands out the keys of encrypted requests (Cocoon's TL rootConfig.configV7 names). */
export interface KeyManagerFields {
  registeredPublicKeys: RegisteredPublicKey[];
  keyManagerPublicKey: Buffer; // 32 bytes
  keyManagerImageHash: Buffer; // 32 bytes
  /** `ip:port`, or null when the root names none. */
  keyManagerAddress: string | null;
}

/** v≥5: raw Ed25519 keys the root owner vouches for (32 bytes each). */
export interface VerifiedKeyFields {
  verifiedProxyKeys: Buffer[];
  verifiedWorkerKeys: Buffer[];
  verifiedKeyManagerKeys: Buffer[];
}

/** The fields as given, with what is missing filled empty (zero keys, no address, empty sets). */
export function keyManagerOf(k: Partial<KeyManagerFields>): KeyManagerFields {
  return {
    registeredPublicKeys: k.registeredPublicKeys ?? [],
    keyManagerPublicKey: k.keyManagerPublicKey ?? Buffer.alloc(32),
    keyManagerImageHash: k.keyManagerImageHash ?? Buffer.alloc(32),
    keyManagerAddress: k.keyManagerAddress ?? null,
  };
}

export function verifiedKeysOf(v: Partial<VerifiedKeyFields>): VerifiedKeyFields {
  return {
    verifiedProxyKeys: v.verifiedProxyKeys ?? [],
    verifiedWorkerKeys: v.verifiedWorkerKeys ?? [],
    verifiedKeyManagerKeys: v.verifiedKeyManagerKeys ?? [],
  };
}

/** True when the fields hold something a pre-v4 (or pre-v5) layout could not carry. */
export function carriesKeyManager(k: Partial<KeyManagerFields>): boolean {
  const zero = (b: Buffer | undefined): boolean => !b || b.equals(Buffer.alloc(32));
  return (
    (k.registeredPublicKeys?.length ?? 0) > 0 ||
    !zero(k.keyManagerPublicKey) ||
    !zero(k.keyManagerImageHash) ||
    (k.keyManagerAddress ?? null) !== null
  );
}

export function carriesVerifiedKeys(v: Partial<VerifiedKeyFields>): boolean {
  return [v.verifiedProxyKeys, v.verifiedWorkerKeys, v.verifiedKeyManagerKeys].some(
    (l) => (l?.length ?? 0) > 0,
  );
}

const key256 = Dictionary.Keys.BigUint(256);
const toKey = (b: Buffer): bigint => {
  if (b.length !== 32) throw new ChainError('bad-config', `a 256-bit key is 32 bytes, not ${b.length}`);
  return BigInt('0x' + b.toString('hex'));
};
const fromKey = (k: bigint): Buffer => Buffer.from(k.toString(16).padStart(64, '0'), 'hex');

// Set members carry a ref to an empty cell; readers look at the keys only, as Cocoon's do.
const setMember: DictionaryValue<true> = {
  serialize: (_v, b) => void b.storeRef(beginCell().endCell()),
  parse: () => true,
};

/** A set of 256-bit keys as HashmapE 256 (a presence bit, then a ref to the dictionary root). */
export function storeKeySet(b: Builder, keys: readonly Buffer[]): void {
  const d = Dictionary.empty(key256, setMember);
  for (const k of keys) d.set(toKey(k), true);
  b.storeDict(d);
}

export function loadKeySet(s: Slice): Buffer[] {
  return Dictionary.load(key256, setMember, s).keys().map(fromKey);
}

/** A net address: type bit 0, 7-bit length, ASCII bytes; length 0 = none. */
export function storeNetAddress(b: Builder, address: string | null): void {
  const bytes = Buffer.from(address ?? '', 'ascii');
  if (bytes.length > 127) throw new ChainError('bad-config', 'a net address is longer than 127 bytes');
  b.storeBit(false).storeUint(bytes.length, 7).storeBuffer(bytes);
}

export function loadNetAddress(s: Slice): string | null {
  if (s.loadBit()) throw new ChainError('bad-config', 'net address type must be 0');
  const n = s.loadUint(7);
  return n === 0 ? null : s.loadBuffer(n).toString('ascii');
}

const registeredKey: DictionaryValue<{ keyType: number; expireAt: number }> = {
  serialize: (v, b) => void b.storeUint(v.keyType, 8).storeUint(v.expireAt, 32),
  parse: (s) => {
    const v = { keyType: s.loadUint(8), expireAt: s.loadUint(32) };
    s.endParse();
    return v;
  },
};

export function keyManagerCell(k: KeyManagerFields): Cell {
  const d = Dictionary.empty(key256, registeredKey);
  for (const r of k.registeredPublicKeys)
    d.set(toKey(r.publicKey), { keyType: r.keyType, expireAt: r.expireAt });
  const b = beginCell()
    .storeDict(d)
    .storeUint(toKey(k.keyManagerPublicKey), 256)
    .storeUint(toKey(k.keyManagerImageHash), 256);
  storeNetAddress(b, k.keyManagerAddress);
  return b.endCell();
}

export function parseKeyManagerCell(cell: Cell): KeyManagerFields {
  const s = cell.beginParse();
  const d = Dictionary.load(key256, registeredKey, s);
  const keyManagerPublicKey = fromKey(s.loadUintBig(256));
  const keyManagerImageHash = fromKey(s.loadUintBig(256));
  const keyManagerAddress = loadNetAddress(s);
  s.endParse();
  const registeredPublicKeys = [...d].map(([k, v]) => ({ publicKey: fromKey(k), ...v }));
  return { registeredPublicKeys, keyManagerPublicKey, keyManagerImageHash, keyManagerAddress };
}

export function verifiedKeysCell(v: VerifiedKeyFields): Cell {
  const b = beginCell();
  storeKeySet(b, v.verifiedProxyKeys);
  storeKeySet(b, v.verifiedWorkerKeys);
  storeKeySet(b, v.verifiedKeyManagerKeys);
  return b.endCell();
}

export function parseVerifiedKeysCell(cell: Cell): VerifiedKeyFields {
  const s = cell.beginParse();
  const verifiedProxyKeys = loadKeySet(s);
  const verifiedWorkerKeys = loadKeySet(s);
  const verifiedKeyManagerKeys = loadKeySet(s);
  s.endParse();
  return { verifiedProxyKeys, verifiedWorkerKeys, verifiedKeyManagerKeys };
}
