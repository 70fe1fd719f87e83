// The byte offset of every STRIDE-th receipt in the log, as 8-byte little-endian records in a file beside
// it. Receipt k is found by reading record ⌊k / STRIDE⌋ and at most STRIDE lines from there, so a page
// anywhere in years of history costs two small reads; the index itself is never held in memory.
import { open, type FileHandle } from 'node:fs/promises';

export const STRIDE = 512;
const RECORD = 8;

export const entriesFor = (count: number): number => Math.ceil(count / STRIDE);

export class ReceiptsIndex {
  readonly #handle: FileHandle;
  #entries: number;
  #pending: number[] = [];

  private constructor(handle: FileHandle, entries: number) {
    this.#handle = handle;
    this.#entries = entries;
  }

  static async open(file: string): Promise<ReceiptsIndex> {
    // r+ so a write lands at its position (a+ appends wherever it is asked to write, on Linux)
    const handle = await open(file, 'r+').catch(async (err: unknown) => {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
      return open(file, 'w+', 0o600);
    });
    const { size } = await handle.stat();
    return new ReceiptsIndex(handle, Math.floor(size / RECORD));
  }

  /** Records on disk and queued. */
  get entries(): number {
    return this.#entries + this.#pending.length;
  }

  /** Keeps the first `entries` records (those a checkpoint vouches for). */
  async truncate(entries: number): Promise<void> {
    await this.flush();
    if (entries > this.#entries)
      throw new RangeError(`receipts index: cannot keep ${entries} of ${this.#entries} entries`);
    await this.#handle.truncate(entries * RECORD);
    this.#entries = entries;
  }

  /** Notes the offset of receipt number `ordinal` if it starts a stride. */
  note(ordinal: number, offset: number): void {
    if (ordinal % STRIDE === 0) this.#pending.push(offset);
  }

  async flush(): Promise<void> {
    if (this.#pending.length === 0) return;
    const buf = Buffer.alloc(this.#pending.length * RECORD);
    this.#pending.forEach((o, i) => buf.writeBigUInt64LE(BigInt(o), i * RECORD));
    this.#pending = [];
    await this.#handle.write(buf, 0, buf.length, this.#entries * RECORD);
    this.#entries += buf.length / RECORD;
  }

  async sync(): Promise<void> {
    await this.flush();
    await this.#handle.datasync();
  }

  /** The byte offset of receipt `entry × STRIDE`. */
  async offset(entry: number): Promise<number> {
    const queued = entry - this.#entries;
    if (queued >= 0) {
      const o = this.#pending[queued];
      if (o === undefined) throw new RangeError(`receipts index: no entry ${entry} of ${this.entries}`);
      return o;
    }
    const buf = Buffer.alloc(RECORD);
    await this.#handle.read(buf, 0, RECORD, entry * RECORD);
    return Number(buf.readBigUInt64LE(0));
  }

  close(): Promise<void> {
    return this.#handle.close();
  }
}
