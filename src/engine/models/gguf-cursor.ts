// A bounded, buffered little-endian reader over an open file: reads forward in chunks, skips without
// reading, and never goes past the file's end (that is a 'truncated' ModelStoreError with the offset).
import type { FileHandle } from 'node:fs/promises';
import { ModelStoreError } from './model-store-types.js';

const CHUNK = 1 << 20;

export class GgufCursor {
  readonly #file: FileHandle;
  readonly #path: string;
  readonly size: number;
  #pos = 0;
  #buf = Buffer.alloc(0);
  #bufStart = 0;

  constructor(file: FileHandle, path: string, size: number) {
    this.#file = file;
    this.#path = path;
    this.size = size;
  }

  get offset(): number {
    return this.#pos;
  }

  remaining(): number {
    return this.size - this.#pos;
  }

  truncated(what: string): ModelStoreError {
    return new ModelStoreError(
      'truncated',
      `${this.#path} ends at byte ${this.size}, inside ${what} (offset ${this.#pos}): the file is truncated or damaged`,
    );
  }

  /** Makes `n` bytes at the cursor available in the buffer and returns their start in it. */
  async #need(n: number, what: string): Promise<number> {
    if (n > this.remaining()) throw this.truncated(what);
    const end = this.#bufStart + this.#buf.length;
    if (this.#pos >= this.#bufStart && this.#pos + n <= end) return this.#pos - this.#bufStart;
    const len = Math.min(Math.max(n, CHUNK), this.remaining());
    const buf = Buffer.alloc(len);
    let got = 0;
    while (got < len) {
      const { bytesRead } = await this.#file.read(buf, got, len - got, this.#pos + got);
      if (bytesRead === 0) throw this.truncated(what);
      got += bytesRead;
    }
    this.#buf = buf;
    this.#bufStart = this.#pos;
    return 0;
  }

  async bytes(n: number, what: string): Promise<Buffer> {
    const at = await this.#need(n, what);
    this.#pos += n;
    return this.#buf.subarray(at, at + n);
  }

  skip(n: number, what: string): void {
    if (!Number.isSafeInteger(n) || n < 0 || n > this.remaining()) throw this.truncated(what);
    this.#pos += n;
  }

  async u8(what: string): Promise<number> {
    return (await this.bytes(1, what)).readUInt8(0);
  }

  async u32(what: string): Promise<number> {
    return (await this.bytes(4, what)).readUInt32LE(0);
  }

  /** A u64 count or length; anything that could not fit in this file is reported as truncation. */
  async u64(what: string): Promise<number> {
    const v = (await this.bytes(8, what)).readBigUInt64LE(0);
    if (v > BigInt(Number.MAX_SAFE_INTEGER)) throw this.truncated(`${what} (declares ${v})`);
    return Number(v);
  }
}
