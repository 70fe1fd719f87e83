// Which JSON strings of an encrypted request or answer are encrypted, and the string forms
// (docs/protocol.md §4.8). The walk is Cocoon's: recursive over objects and arrays, every string value is
// transformed unless its member name is one of CLEAR_FIELDS (at any depth; such a member's whole subtree is
// left alone), array elements always are, numbers, booleans and null pass through. Objects come back with
// their keys in byte order, as nlohmann::json (a std::map) holds and dumps them; that is also the order in
// which strings are encrypted, so a fixed random stream gives Cocoon's bytes.
import { E2eError } from './errors.js';
import { decryptData, encryptData, type RandomSource } from './tde2e.js';

export type Json = null | boolean | number | string | Json[] | JsonObject;
export interface JsonObject {
  [key: string]: Json;
}

/** The four members that describe the encryption; always in clear. */
export const ENCRYPTION_FIELDS = [
  'is_encrypted',
  'sender_public_key',
  'receiver_public_key',
  'encryption_nonce',
] as const;

/** Members the client runner and the proxy read, never encrypted (plus the four above). */
const CLEAR_FIELDS: ReadonlySet<string> = new Set([
  ...ENCRYPTION_FIELDS,
  'model',
  'max_completion_tokens',
  'max_tokens',
  'max_coefficient',
  'timeout',
  'debug',
  'enable_debug',
  'request_guid',
]);

export function isClearField(name: string): boolean {
  return CLEAR_FIELDS.has(name);
}

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** One JSON object from bytes, or null for anything else (not JSON, an array, a scalar). */
export function parseJsonObject(bytes: Buffer): JsonObject | null {
  try {
    const value: unknown = JSON.parse(bytes.toString('utf8'));
    return isJsonObject(value) ? value : null;
  } catch {
    return null;
  }
}

/** Keys in UTF-8 byte order (std::string's operator<), not JavaScript's UTF-16 order. */
export function byteOrderKeys(object: JsonObject): string[] {
  return Object.keys(object).sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
}

/** A copy of `value` with every string that Cocoon transforms passed through `fn`. */
export function mapStrings(value: Json, fn: (s: string) => string): Json {
  if (typeof value === 'string') return fn(value);
  if (Array.isArray(value)) return value.map((v) => mapStrings(v, fn));
  if (!isJsonObject(value)) return value;
  const out: JsonObject = {};
  for (const key of byteOrderKeys(value)) {
    const v = value[key] ?? null;
    // defineProperty: a member named __proto__ stays a plain member, as JSON.parse made it.
    Object.defineProperty(out, key, {
      value: isClearField(key) ? v : mapStrings(v, fn),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
}

const HEX = /^(?:[0-9a-fA-F]{2})*$/;
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** `ENC_<hex of tde2e ciphertext>`, hex in lower case as td::hex_encode writes it. */
export function encryptString(plain: string, secret: Buffer, random?: RandomSource): string {
  return 'ENC_' + encryptData(Buffer.from(plain, 'utf8'), secret, random).toString('hex');
}

/** `ENC_<hex>` is decrypted, `DEC_<text>` was sent in clear on purpose; anything else is refused. */
export function decryptString(value: string, secret: Buffer): string {
  const method = value.slice(0, 4);
  const rest = value.slice(4);
  if (method === 'DEC_') return rest;
  if (method !== 'ENC_')
    throw new E2eError('BAD_METHOD', 'bad encryption method: a string is neither ENC_ nor DEC_');
  if (!HEX.test(rest)) throw new E2eError('BAD_HEX', 'an ENC_ string is not hex');
  const plain = decryptData(Buffer.from(rest, 'hex'), secret);
  try {
    return utf8.decode(plain);
  } catch {
    throw new E2eError('BAD_CIPHERTEXT', 'a decrypted string is not UTF-8');
  }
}
