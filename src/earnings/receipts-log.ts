// The receipts log: one JSON line per served request, appended and fsync'd in group commits. Memory stays
// bounded whatever the history: the newest receipts in a window, per-hour/day rollups for totals and
// charts (kept durable in a checkpoint), older receipts paged from disk through an index of byte offsets.
// Files beside `receipts.jsonl`: `.rollups.json` (the checkpoint) and `.idx` (the offsets). See
// docs/earnings.md.
import { open, type FileHandle } from 'node:fs/promises';
import type { Logger } from '../logging/logger.js';
import type { Damage } from '../state-files/state-file.js';
import type { Receipt } from './receipt.js';
import { writeCheckpoint } from './receipts-checkpoint.js';
import { ReceiptsIndex } from './receipts-index.js';
import { openReceipts } from './receipts-open.js';
import { readPage, readRange, type PageQuery, type PageSource } from './receipts-page.js';
import type { ReceiptFilter, ReceiptRollups } from './receipts-rollups.js';
import type { EarningsBucket, EarningsTotals } from './summary.js';

/** The largest page the API asks for: the first page of any size comes from memory. */
const RECENT = 1000;
/** Checkpoint at most this often while serving; a crash re-reads at most this much of the log. */
const CHECKPOINT_MS = 10_000;

export class ReceiptsLog {
  readonly #file: string;
  readonly #checkpointFile: string;
  readonly #index: ReceiptsIndex;
  readonly #rollups: ReceiptRollups;
  readonly #reader: FileHandle;
  #recent: Receipt[];
  #count: number;
  #bytes: number;
  #checkpointAt = Date.now();
  #sinceCheckpoint = 0;
  #handle: FileHandle | null = null;
  #queue: Promise<unknown> = Promise.resolve();
  /** Receipts waiting for the next write; appends that arrive during a write share the next fsync. */
  #batch: Receipt[] = [];
  #batchDone: Promise<void> | null = null;
  /** Set when the log was damaged at open (lines or the whole file moved aside). */
  damage: Damage | null = null;

  private constructor(o: {
    file: string;
    index: ReceiptsIndex;
    rollups: ReceiptRollups;
    reader: FileHandle;
    count: number;
    bytes: number;
  }) {
    this.#file = o.file;
    this.#checkpointFile = `${o.file}.rollups.json`;
    this.#index = o.index;
    this.#rollups = o.rollups;
    this.#reader = o.reader;
    this.#count = o.count;
    this.#bytes = o.bytes;
    this.#recent = [];
  }

  static async open(file: string, log: Logger): Promise<ReceiptsLog> {
    const index = await ReceiptsIndex.open(`${file}.idx`);
    const opened = await openReceipts(file, `${file}.rollups.json`, index, log);
    const l = new ReceiptsLog({
      file,
      index,
      rollups: opened.rollups,
      reader: await open(file, 'r'),
      count: opened.count,
      bytes: opened.bytes,
    });
    l.damage = opened.damage;
    l.#recent = await readRange(l.#source(), Math.max(0, l.#count - RECENT), l.#count);
    // the next start reads only this checkpoint and what is appended after it
    await l.#checkpoint();
    return l;
  }

  /** Receipts in the log. */
  count(): number {
    return this.#count;
  }

  totals(now: number): EarningsTotals {
    return this.#rollups.totals(now);
  }

  /** How many receipts match a filter, over the whole history. */
  matching(f: ReceiptFilter): number {
    return this.#rollups.count(f);
  }

  proxies(): string[] {
    return this.#rollups.proxies();
  }

  buckets(size: 'hour' | 'day', from: number, to: number, f: ReceiptFilter): EarningsBucket[] {
    return this.#rollups.buckets(size, from, to, f);
  }

  /** Matching receipts, newest first, from `offset` matches back. */
  page(q: PageQuery): Promise<Receipt[]> {
    return readPage(this.#source(), q);
  }

  /** Resolves once the receipt is on disk and counted. */
  add(receipt: Receipt): Promise<void> {
    this.#batch.push(receipt);
    this.#batchDone ??= this.#queue.then(() => this.#write());
    const run = this.#batchDone;
    this.#queue = run.catch(() => undefined);
    return run;
  }

  /** Group commit: one write and one fsync for every receipt queued while the previous write ran. */
  async #write(): Promise<void> {
    this.#batchDone = null;
    const batch = this.#batch;
    this.#batch = [];
    const lines = batch.map((r) => JSON.stringify(r) + '\n');
    this.#handle ??= await open(this.#file, 'a', 0o600);
    await this.#handle.write(lines.join(''));
    await this.#handle.datasync();
    // counted only once durable, so a checkpoint never vouches for bytes that are not on disk
    batch.forEach((r, i) => {
      this.#index.note(this.#count, this.#bytes);
      this.#bytes += Buffer.byteLength(lines[i] ?? '');
      this.#count += 1;
      this.#rollups.fold(r);
    });
    this.#recent.push(...batch);
    if (this.#recent.length > RECENT) this.#recent.splice(0, this.#recent.length - RECENT);
    await this.#index.flush();
    this.#sinceCheckpoint += batch.length;
    if (Date.now() - this.#checkpointAt >= CHECKPOINT_MS) await this.#checkpoint();
  }

  async #checkpoint(): Promise<void> {
    await this.#index.sync();
    const now = Date.now();
    this.#rollups.prune(now);
    await writeCheckpoint(this.#checkpointFile, this.#reader, {
      bytes: this.#bytes,
      count: this.#count,
      rollups: this.#rollups,
    });
    this.#checkpointAt = now;
    this.#sinceCheckpoint = 0;
  }

  #source(): PageSource {
    return {
      reader: this.#reader,
      index: this.#index,
      count: this.#count,
      bytes: this.#bytes,
      recent: this.#recent,
    };
  }

  async close(): Promise<void> {
    await this.#queue;
    if (this.#sinceCheckpoint > 0) await this.#checkpoint();
    await this.#handle?.close();
    this.#handle = null;
    await this.#index.close();
    await this.#reader.close();
  }
}
