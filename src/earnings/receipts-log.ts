// One receipt per served request, appended to a JSON-lines file and fsync'd. Receipts carry ids and
// token counts only — never a prompt or a completion. The first line is a header `{"version":1}` (logs
// written before it have none). Unreadable lines (a torn last line after power loss, damage) are moved
// to a `.damaged-<time>` file beside the log and the log is rewritten with every good line, so the
// damage is reported once and appends continue cleanly.
import { open, readFile, rename, writeFile, type FileHandle } from 'node:fs/promises';
import { z } from 'zod';
import type { Logger } from '../logging/logger.js';
import { writeFileAtomic } from '../settings/atomic-file.js';
import { asideName, type Damage } from '../state-files/state-file.js';

export const RECEIPTS_VERSION = 1;
const headerSchema = z.object({ version: z.number().int().nonnegative() }).strict();
const HEADER = JSON.stringify({ version: RECEIPTS_VERSION }) + '\n';

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

function headerOf(line: string | undefined): { version: number } | null {
  if (line === undefined) return null;
  try {
    const parsed = headerSchema.safeParse(JSON.parse(line));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export class ReceiptsLog {
  readonly #file: string;
  readonly #receipts: Receipt[];
  #handle: FileHandle | null = null;
  #queue: Promise<unknown> = Promise.resolve();
  /** Lines waiting for the next write; appends that arrive during a write share the next fsync. */
  #batch: string[] = [];
  #batchDone: Promise<void> | null = null;
  /** Set when the log was damaged at open (lines or the whole file moved aside). */
  damage: Damage | null = null;

  private constructor(file: string, receipts: Receipt[]) {
    this.#file = file;
    this.#receipts = receipts;
  }

  static async open(file: string, log: Logger): Promise<ReceiptsLog> {
    let text: string | null = null;
    try {
      text = await readFile(file, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    }
    if (text === null) {
      await writeFileAtomic(file, HEADER);
      return new ReceiptsLog(file, []);
    }
    const lines = text.split('\n').filter((l) => l.trim() !== '');
    const header = headerOf(lines[0]);
    if (text.trim() === '' || (header && header.version > RECEIPTS_VERSION)) {
      // Nothing we can read: keep the file aside whole and start a new log.
      const movedTo = asideName(file);
      await rename(file, movedTo);
      await writeFileAtomic(file, HEADER);
      const logFile = new ReceiptsLog(file, []);
      const detail = header ? `version ${header.version} is newer than this app reads (${RECEIPTS_VERSION})` : 'the file is empty';
      logFile.damage = { file, code: header ? 'newer-version' : 'empty', detail, movedTo };
      return logFile;
    }
    const receipts: Receipt[] = [];
    const bad: string[] = [];
    for (const line of header ? lines.slice(1) : lines) {
      try {
        receipts.push(receiptSchema.parse(JSON.parse(line)));
      } catch {
        bad.push(line);
      }
    }
    const logFile = new ReceiptsLog(file, receipts);
    if (bad.length > 0 || !header || !text.endsWith('\n')) {
      // Rewrite once: a header, every good line; the unreadable ones kept beside the log.
      let movedTo: string | null = null;
      if (bad.length > 0) {
        movedTo = asideName(file);
        await writeFile(movedTo, bad.join('\n') + '\n', { mode: 0o600 });
        log.warn(`receipts: ${bad.length} unreadable line(s) of ${file} moved to ${movedTo}`);
        logFile.damage = { file, code: 'not-json', detail: `${bad.length} unreadable line(s), ${receipts.length} kept`, movedTo };
      }
      await writeFileAtomic(file, HEADER + receipts.map((r) => JSON.stringify(r) + '\n').join(''));
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
