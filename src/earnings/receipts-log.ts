// One receipt per served request, appended to a JSON-lines file and fsync'd. Receipts carry ids and
// token counts only — never a prompt or a completion. A torn last line (power loss mid-write) is skipped
// with a warning; every complete line before it is kept.
import { open, readFile, type FileHandle } from 'node:fs/promises';
import { z } from 'zod';
import type { Logger } from '../logging/logger.js';

export const receiptSchema = z.object({
  requestId: z.string(),
  time: z.number(),
  proxy: z.string(),
  model: z.string(),
  ok: z.boolean(),
  tokens: z.object({ prompt: z.number(), cached: z.number(), completion: z.number(), reasoning: z.number(), total: z.number() }),
  earnedNano: z.string(),
  durationMs: z.number(),
});
export type Receipt = z.infer<typeof receiptSchema>;

export class ReceiptsLog {
  readonly #file: string;
  readonly #receipts: Receipt[];
  #handle: FileHandle | null = null;
  #queue: Promise<unknown> = Promise.resolve();
  /** Lines waiting for the next write; appends that arrive during a write share the next fsync. */
  #batch: string[] = [];
  #batchDone: Promise<void> | null = null;

  private constructor(file: string, receipts: Receipt[]) {
    this.#file = file;
    this.#receipts = receipts;
  }

  static async open(file: string, log: Logger): Promise<ReceiptsLog> {
    let text = '';
    try {
      text = await readFile(file, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    }
    const receipts: Receipt[] = [];
    const lines = text.split('\n');
    lines.forEach((line, i) => {
      if (line.trim() === '') return;
      try {
        receipts.push(receiptSchema.parse(JSON.parse(line)));
      } catch {
        log.warn(`receipts: skipped unreadable line ${i + 1} of ${file}`);
      }
    });
    const logFile = new ReceiptsLog(file, receipts);
    if (text.length > 0 && !text.endsWith('\n')) {
      // Terminate a torn line so the next append starts cleanly.
      await logFile.#append('\n');
    }
    return logFile;
  }

  all(): readonly Receipt[] {
    return this.#receipts;
  }

  add(receipt: Receipt): Promise<void> {
    this.#receipts.push(receipt);
    return this.#append(JSON.stringify(receipt) + '\n');
  }

  /** Group commit: one write and one fsync for every line queued while the previous write ran. */
  #append(text: string): Promise<void> {
    this.#batch.push(text);
    this.#batchDone ??= this.#queue.then(async () => {
      this.#batchDone = null;
      const lines = this.#batch.join('');
      this.#batch = [];
      this.#handle ??= await open(this.#file, 'a', 0o600);
      await this.#handle.write(lines);
      await this.#handle.datasync();
    });
    const run = this.#batchDone;
    this.#queue = run.catch(() => undefined);
    return run;
  }

  async close(): Promise<void> {
    await this.#queue;
    await this.#handle?.close();
    this.#handle = null;
  }
}
