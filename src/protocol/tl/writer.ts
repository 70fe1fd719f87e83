// Writer for TL's binary form (docs/protocol.md §2.2), the mirror of TlReader. Values are range-checked as they are
// written: a value that does not fit its TL type is a ProtocolError (INVALID_VALUE), never a silently
// truncated number.
import { ProtocolError } from '../errors.js';
import { BOOL_FALSE, BOOL_TRUE, VECTOR } from './reader.js';

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

export class TlWriter {
  #buf: Buffer;
  #pos = 0;

  constructor(initialCapacity = 256) {
    this.#buf = Buffer.allocUnsafe(initialCapacity);
  }

  get offset(): number {
    return this.#pos;
  }

  invalid(message: string): never {
    throw new ProtocolError('INVALID_VALUE', message, this.#pos);
  }

  #reserve(n: number): number {
    const at = this.#pos;
    if (at + n > this.#buf.length) {
      const next = Buffer.allocUnsafe(Math.max(this.#buf.length * 2, at + n));
      this.#buf.copy(next, 0, 0, at);
      this.#buf = next;
    }
    this.#pos = at + n;
    return at;
  }

  int(v: number): void {
    if (!Number.isInteger(v) || v < -0x80000000 || v > 0x7fffffff) this.invalid(`${v} is not an int`);
    const at = this.#reserve(4);
    this.#buf.writeInt32LE(v, at);
  }

  nat(v: number): void {
    if (!Number.isInteger(v) || v < 0 || v > 0xffffffff) this.invalid(`${v} is not a # (u32)`);
    const at = this.#reserve(4);
    this.#buf.writeUInt32LE(v, at);
  }

  long(v: bigint): void {
    if (typeof v !== 'bigint' || v < INT64_MIN || v > INT64_MAX) this.invalid(`${String(v)} is not a long`);
    const at = this.#reserve(8);
    this.#buf.writeBigInt64LE(v, at);
  }

  double(v: number): void {
    if (typeof v !== 'number') this.invalid(`${String(v)} is not a double`);
    const at = this.#reserve(8);
    this.#buf.writeDoubleLE(v, at);
  }

  raw(v: Uint8Array, size: number): void {
    if (!(v instanceof Uint8Array) || v.length !== size)
      this.invalid(`int${size * 8} needs exactly ${size} bytes`);
    const at = this.#reserve(size);
    this.#buf.set(v, at);
  }

  #lengthPrefix(len: number): void {
    if (len < 254) {
      const at = this.#reserve(1);
      this.#buf[at] = len;
    } else if (len < 2 ** 24) {
      const at = this.#reserve(4);
      this.#buf[at] = 254;
      this.#buf.writeUIntLE(len, at + 1, 3);
    } else {
      const at = this.#reserve(8);
      this.#buf[at] = 255;
      this.#buf.writeUIntLE(len % 2 ** 48, at + 1, 6);
      this.#buf[at + 7] = Math.floor(len / 2 ** 48);
    }
  }

  #pad(start: number): void {
    const pad = (4 - ((this.#pos - start) & 3)) & 3;
    if (pad > 0) {
      const at = this.#reserve(pad);
      this.#buf.fill(0, at, at + pad);
    }
  }

  bytes(v: Uint8Array): void {
    if (!(v instanceof Uint8Array)) this.invalid('bytes must be a Buffer');
    const start = this.#pos;
    this.#lengthPrefix(v.length);
    const at = this.#reserve(v.length);
    this.#buf.set(v, at);
    this.#pad(start);
  }

  string(v: string): void {
    if (typeof v !== 'string') this.invalid(`${String(v)} is not a string`);
    const start = this.#pos;
    const len = Buffer.byteLength(v, 'utf8');
    this.#lengthPrefix(len);
    const at = this.#reserve(len);
    this.#buf.write(v, at, len, 'utf8');
    this.#pad(start);
  }

  bool(v: boolean): void {
    if (typeof v !== 'boolean') this.invalid(`${String(v)} is not a Bool`);
    const at = this.#reserve(4);
    this.#buf.writeUInt32LE(v ? BOOL_TRUE : BOOL_FALSE, at);
  }

  vector<T>(items: readonly T[], item: (w: TlWriter, v: T) => void): void {
    const list: unknown = items;
    if (!Array.isArray(list)) this.invalid('a vector must be an array');
    this.int(items.length);
    for (const v of items) item(this, v);
  }

  boxedVector<T>(items: readonly T[], item: (w: TlWriter, v: T) => void): void {
    this.nat(VECTOR);
    this.vector(items, item);
  }

  /**
   * The value of an optional field `name:flags.N?T`: present exactly when bit N of `flags` is set.
   * Returns the value to write, or undefined when the bit is clear; a disagreement is an error.
   */
  flagged<T>(flags: number, bit: number, value: T | undefined, name: string): T | undefined {
    const set = ((flags >>> bit) & 1) === 1;
    if (set && value === undefined) this.invalid(`${name} is required because flags bit ${bit} is set`);
    if (!set && value !== undefined) this.invalid(`${name} is given but flags bit ${bit} is clear`);
    return set ? value : undefined;
  }

  /** The bytes written so far, as a new Buffer of exactly that size. */
  finish(): Buffer {
    return Buffer.from(this.#buf.subarray(0, this.#pos));
  }
}
