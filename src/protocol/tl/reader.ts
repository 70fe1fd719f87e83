// Strict reader for TL's binary form (docs/protocol.md §2.2): little-endian scalars, length-prefixed byte strings
// padded to 4 bytes, boxed Bool, counted vectors. Every read checks the remaining length first, so a
// hostile length can never make it allocate or read past the buffer; failures are ProtocolErrors that
// carry the byte offset. Byte strings are returned as views into the input (no copy).
import { isUtf8 } from 'node:buffer';
import { ProtocolError, type ProtocolErrorCode } from '../errors.js';

export const BOOL_TRUE = 0x997275b5;
export const BOOL_FALSE = 0xbc799737;
export const VECTOR = 0x1cb5c415;

export class TlReader {
  readonly #buf: Buffer;
  readonly #end: number;
  #pos: number;

  constructor(data: Uint8Array, start = 0, end = data.length) {
    this.#buf = Buffer.isBuffer(data) ? data : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    this.#pos = start;
    this.#end = end;
  }

  get offset(): number {
    return this.#pos;
  }

  get remaining(): number {
    return this.#end - this.#pos;
  }

  fail(code: ProtocolErrorCode, message: string, at: number = this.#pos): never {
    throw new ProtocolError(code, message, at);
  }

  #need(n: number, what: string): number {
    const at = this.#pos;
    if (n > this.#end - at) this.fail('TRUNCATED', `${what} needs ${n} bytes, ${this.#end - at} left`);
    this.#pos = at + n;
    return at;
  }

  int(): number {
    return this.#buf.readInt32LE(this.#need(4, 'int'));
  }

  /** The unsigned `#` word (flags) and constructor ids. */
  nat(): number {
    return this.#buf.readUInt32LE(this.#need(4, '#'));
  }

  long(): bigint {
    return this.#buf.readBigInt64LE(this.#need(8, 'long'));
  }

  double(): number {
    return this.#buf.readDoubleLE(this.#need(8, 'double'));
  }

  /** Fixed-size raw bytes (int128, int256). */
  raw(n: number): Buffer {
    const at = this.#need(n, `int${n * 8}`);
    return this.#buf.subarray(at, at + n);
  }

  bytes(): Buffer {
    const start = this.#pos;
    const first = this.#buf[this.#need(1, 'bytes length')] ?? 0;
    let len: number;
    let header: number;
    if (first < 254) {
      len = first;
      header = 1;
    } else if (first === 254) {
      len = this.#buf.readUIntLE(this.#need(3, 'bytes length'), 3);
      header = 4;
      if (len < 254) this.fail('BAD_LENGTH', `length ${len} in the long form`, start);
    } else {
      const at = this.#need(7, 'bytes length');
      len = this.#buf.readUIntLE(at, 6) + (this.#buf[at + 6] ?? 0) * 2 ** 48;
      header = 8;
      if (len < 2 ** 24) this.fail('BAD_LENGTH', `length ${len} in the 0xFF form`, start);
    }
    if (len > this.#end - this.#pos)
      this.fail('TRUNCATED', `bytes of length ${len}, ${this.remaining} left`, start);
    const at = this.#need(len, 'bytes');
    const pad = (4 - ((header + len) & 3)) & 3;
    const padAt = this.#need(pad, 'padding');
    for (let i = 0; i < pad; i++) {
      if (this.#buf[padAt + i] !== 0) this.fail('BAD_PADDING', 'non-zero padding', padAt + i);
    }
    return this.#buf.subarray(at, at + len);
  }

  string(): string {
    const start = this.#pos;
    const data = this.bytes();
    if (!isUtf8(data)) this.fail('BAD_UTF8', 'string is not valid UTF-8', start);
    return data.toString('utf8');
  }

  bool(): boolean {
    const at = this.#pos;
    const id = this.nat();
    if (id === BOOL_TRUE) return true;
    if (id === BOOL_FALSE) return false;
    return this.fail('BAD_BOOL', `0x${hex8(id)} is not a Bool`, at);
  }

  /** A vector count, bounded by what the remaining bytes can hold (`minItemBytes` ≥ 1 per element). */
  count(minItemBytes: number): number {
    const at = this.#pos;
    const n = this.int();
    if (n < 0 || n * Math.max(1, minItemBytes) > this.remaining) {
      this.fail('BAD_LENGTH', `vector of ${n} items cannot fit in ${this.remaining} bytes`, at);
    }
    return n;
  }

  vector<T>(minItemBytes: number, item: (r: TlReader) => T): T[] {
    const n = this.count(minItemBytes);
    const out: T[] = [];
    for (let i = 0; i < n; i++) out.push(item(this));
    return out;
  }

  /** A boxed vector: the `vector` id, then a bare vector. */
  boxedVector<T>(minItemBytes: number, item: (r: TlReader) => T): T[] {
    const at = this.#pos;
    const id = this.nat();
    if (id !== VECTOR) this.fail('UNEXPECTED_CONSTRUCTOR', `0x${hex8(id)} where a Vector was expected`, at);
    return this.vector(minItemBytes, item);
  }

  unknown(id: number, at: number): never {
    return this.fail('UNKNOWN_CONSTRUCTOR', `unknown constructor 0x${hex8(id)}`, at);
  }

  unexpected(id: number, at: number, type: string): never {
    return this.fail('UNEXPECTED_CONSTRUCTOR', `constructor 0x${hex8(id)} is not a ${type}`, at);
  }

  end(): void {
    if (this.#pos !== this.#end)
      this.fail('TRAILING_BYTES', `${this.#end - this.#pos} bytes after the object`);
  }
}

export function hex8(id: number): string {
  return (id >>> 0).toString(16).padStart(8, '0');
}
