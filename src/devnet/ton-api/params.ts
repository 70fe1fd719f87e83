// Reading the `params` object of a toncenter v2 call. Every reader fails with an RpcError naming the parameter,
// so bad input becomes a JSON-RPC error with a clear message, never an exception escaping the server.
import { Address, Cell } from '@ton/core';

/** A toncenter-style failure: `code` is also the HTTP status of the answer (toncenter does the same). */
export class RpcError extends Error {
  readonly code: number;
  constructor(code: number, message: string) {
    super(message);
    this.name = 'RpcError';
    this.code = code;
  }
}

/** 422 is what toncenter answers for parameters it cannot use. */
const invalid = (message: string): RpcError => new RpcError(422, message);

export type Params = Record<string, unknown>;

export function asParams(raw: unknown): Params {
  if (raw === undefined || raw === null) return {};
  if (typeof raw !== 'object' || Array.isArray(raw)) throw invalid('params must contain an object');
  return raw as Params;
}

export function readString(p: Params, name: string): string {
  const v = p[name];
  if (typeof v !== 'string' || v === '') throw invalid(`${name} is required (a string)`);
  return v;
}

export function readAddress(p: Params, name = 'address'): Address {
  const s = readString(p, name);
  try {
    return Address.parse(s);
  } catch {
    throw invalid(`${name} is not a TON address: ${JSON.stringify(s.slice(0, 80))}`);
  }
}

/** A base64 bag of cells with exactly one root. */
export function readBoc(p: Params, name: string): Cell {
  return parseBoc(readString(p, name), name);
}

/** Like readBoc, but a missing or empty parameter is null (estimateFee's init_code / init_data). */
export function readOptionalBoc(p: Params, name: string): Cell | null {
  const v = p[name];
  if (v === undefined || v === null || v === '') return null;
  return readBoc(p, name);
}

export function parseBoc(b64: string, name: string): Cell {
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(b64)) throw invalid(`${name} is not base64`);
  let roots: Cell[];
  try {
    roots = Cell.fromBoc(Buffer.from(b64, 'base64'));
  } catch (err) {
    throw invalid(
      `${name} is not a valid bag of cells (${err instanceof Error ? err.message : 'unreadable'})`,
    );
  }
  const [root] = roots;
  if (roots.length !== 1 || !root)
    throw invalid(`${name} must hold exactly one root cell, not ${roots.length}`);
  return root;
}

/** An unsigned integer given as a JSON number or a decimal string (toncenter accepts both). */
export function readUint(p: Params, name: string): bigint | undefined {
  const v = p[name];
  if (v === undefined || v === null || v === '') return undefined;
  if (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0) return BigInt(v);
  if (typeof v === 'string' && /^\d{1,30}$/.test(v)) return BigInt(v);
  throw invalid(`${name} must be a non-negative integer`);
}

export function readBool(p: Params, name: string, fallback: boolean): boolean {
  const v = p[name];
  if (v === undefined || v === null) return fallback;
  if (typeof v === 'boolean') return v;
  if (v === 'true' || v === '1') return true;
  if (v === 'false' || v === '0') return false;
  throw invalid(`${name} must be a boolean`);
}

/** A 32-byte hash given as 64 hex digits or as base64 / base64url (toncenter accepts either). */
export function readHash(p: Params, name: string): Buffer | undefined {
  const v = p[name];
  if (v === undefined || v === null || v === '') return undefined;
  if (typeof v === 'string') {
    const bytes = /^[0-9a-fA-F]{64}$/.test(v) ? Buffer.from(v, 'hex') : Buffer.from(v, 'base64');
    if (bytes.length === 32) return bytes;
  }
  throw invalid(`${name} must be a 32-byte hash (hex or base64)`);
}
