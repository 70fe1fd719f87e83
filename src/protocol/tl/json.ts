// A lossless JSON form of TL objects, for `silkworm protocol decode|encode` and for logs in tests.
// Each object carries its constructor name in "_"; long → decimal string; int256, int128 and bytes → lower-case
// hex; doubles JSON cannot carry → "NaN", "Infinity", "-Infinity", "-0", or "NaN:<bits>" for a NaN with a
// payload. A bytes field that holds a complete boxed TL object (a packet's data, runQueryEx's http.request,
// an answer's http.response) is shown as that object, but only when re-encoding it gives the same bytes, so
// toJson/fromJson always round-trip.
import { ProtocolError, isProtocolError } from '../errors.js';
import type { TlTypeRef } from './schema-parser.js';
import { decodeBoxed, encodeBoxed } from './codec.js';
import { tlSchema, tlIds, type TlName, type TlObject } from './schema.gen.js';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Nested objects inside bytes are shown down to this depth (bounds the work on hostile input). */
const MAX_NESTING = 8;

function isTlName(name: unknown): name is TlName {
  return typeof name === 'string' && Object.hasOwn(tlSchema, name);
}

export function toJson(obj: TlObject, depth = 0): { [key: string]: Json } {
  const out: { [key: string]: Json } = { _: obj._ };
  const values = obj as unknown as Record<string, unknown>;
  for (const f of tlSchema[obj._].fields) {
    const v = values[f.name];
    if (v !== undefined) out[f.name] = valueToJson(f.type, v, depth);
  }
  return out;
}

function valueToJson(t: TlTypeRef, v: unknown, depth: number): Json {
  switch (t.k) {
    case 'int':
    case 'nat':
    case 'bool':
    case 'string':
      return v as Json;
    case 'long':
      return (v as bigint).toString();
    case 'double':
      return doubleToJson(v as number);
    case 'int128':
    case 'int256':
      return (v as Buffer).toString('hex');
    case 'bytes':
      return bytesToJson(v as Buffer, depth);
    case 'bare':
    case 'boxed':
      return toJson(v as TlObject, depth);
    case 'vector':
      return (v as unknown[]).map((x) => valueToJson(t.of, x, depth));
  }
}

const doubleBits = (v: number): string => {
  const b = Buffer.alloc(8);
  b.writeDoubleBE(v);
  return b.toString('hex');
};

function doubleToJson(v: number): Json {
  if (Number.isNaN(v)) return doubleBits(v) === '7ff8000000000000' ? 'NaN' : `NaN:${doubleBits(v)}`;
  if (v === Infinity) return 'Infinity';
  if (v === -Infinity) return '-Infinity';
  if (Object.is(v, -0)) return '-0';
  return v;
}

function bytesToJson(v: Buffer, depth: number): Json {
  if (depth < MAX_NESTING && v.length >= 4 && tlNameOfId(v.readUInt32LE(0)) !== undefined) {
    try {
      const inner = decodeBoxed(v);
      if (encodeBoxed(inner).equals(v)) return toJson(inner, depth + 1);
    } catch (err) {
      if (!isProtocolError(err)) throw err;
    }
  }
  return v.toString('hex');
}

const nameById = new Map<number, TlName>(
  (Object.keys(tlSchema) as TlName[]).map((name) => [tlIds[name], name] as const),
);

function tlNameOfId(id: number): TlName | undefined {
  return nameById.get(id);
}

function bad(path: string, message: string): never {
  throw new ProtocolError('INVALID_JSON', `${path}: ${message}`);
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Builds a TL object from its JSON form; `expected` restricts the constructor (a bare field). */
export function fromJson(json: unknown, path = '$', expected?: (name: TlName) => boolean): TlObject {
  if (!isRecord(json)) bad(path, 'expected an object with "_"');
  const name = json._;
  if (!isTlName(name)) bad(path, `unknown constructor ${JSON.stringify(name)}`);
  if (expected && !expected(name)) bad(path, `${name} is not allowed here`);
  const fields = tlSchema[name].fields;
  const out: Record<string, unknown> = { _: name };
  for (const key of Object.keys(json)) {
    if (key !== '_' && !fields.some((f) => f.name === key)) bad(path, `${name} has no field "${key}"`);
  }
  for (const f of fields) {
    const raw = json[f.name];
    const flags = f.cond ? out[f.cond.field] : undefined;
    if (f.cond && ((Number(flags) >>> f.cond.bit) & 1) === 0) {
      if (raw !== undefined)
        bad(`${path}.${f.name}`, `given, but ${f.cond.field} bit ${f.cond.bit} is clear`);
      continue;
    }
    if (raw === undefined) bad(`${path}.${f.name}`, 'missing');
    out[f.name] = valueFromJson(f.type, raw, `${path}.${f.name}`);
  }
  return out as unknown as TlObject;
}

function hexBytes(v: unknown, path: string, size?: number): Buffer {
  if (typeof v !== 'string' || !/^(?:[0-9a-fA-F]{2})*$/.test(v)) bad(path, 'expected a hex string');
  if (size !== undefined && v.length !== size * 2) bad(path, `expected ${size} bytes of hex`);
  return Buffer.from(v, 'hex');
}

function valueFromJson(t: TlTypeRef, v: unknown, path: string): unknown {
  switch (t.k) {
    case 'int':
    case 'nat':
      if (typeof v !== 'number' || !Number.isInteger(v)) bad(path, 'expected an integer');
      return v;
    case 'long':
      if (typeof v !== 'string' || !/^-?\d+$/.test(v)) bad(path, 'expected a decimal string');
      return BigInt(v);
    case 'double':
      if (typeof v === 'number') return v;
      if (v === 'NaN' || v === 'Infinity' || v === '-Infinity' || v === '-0') return Number(v);
      if (typeof v === 'string' && /^NaN:[0-9a-f]{16}$/.test(v))
        return Buffer.from(v.slice(4), 'hex').readDoubleBE(0);
      return bad(path, 'expected a number');
    case 'string':
      if (typeof v !== 'string') bad(path, 'expected a string');
      return v;
    case 'bool':
      if (typeof v !== 'boolean') bad(path, 'expected true or false');
      return v;
    case 'int128':
      return hexBytes(v, path, 16);
    case 'int256':
      return hexBytes(v, path, 32);
    case 'bytes':
      return isRecord(v) ? encodeBoxed(fromJson(v, path)) : hexBytes(v, path);
    case 'bare':
      return fromJson(isRecord(v) && v._ === undefined ? { ...v, _: t.ctor } : v, path, (n) => n === t.ctor);
    case 'boxed':
      return fromJson(v, path, (n) => tlSchema[n].type === t.type);
    case 'vector':
      if (!Array.isArray(v)) bad(path, 'expected an array');
      return v.map((x, i) => valueFromJson(t.of, x, `${path}[${i}]`));
  }
}
