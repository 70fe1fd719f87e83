// The checkpoint beside the receipts log: the rollups of its first `bytes` bytes (`count` receipts) and a
// hash of the bytes just before that point, so start-up reads this small file and the log's tail instead
// of the whole history. A checkpoint that does not fit the log (damaged, older, or from another log) is
// ignored and the log scanned once to write a new one.
import { createHash } from 'node:crypto';
import { readFile, type FileHandle } from 'node:fs/promises';
import { z } from 'zod';
import { writeFileAtomic } from '../settings/atomic-file.js';
import { ReceiptRollups, rollupRowSchema } from './receipts-rollups.js';

const CHECKPOINT_VERSION = 1;
const FINGERPRINT_BYTES = 256;

const checkpointSchema = z.object({
  version: z.literal(CHECKPOINT_VERSION),
  bytes: z.number().int().nonnegative(),
  count: z.number().int().nonnegative(),
  fingerprint: z.string(),
  hours: z.array(rollupRowSchema),
  days: z.array(rollupRowSchema),
});

export interface Checkpoint {
  bytes: number;
  count: number;
  rollups: ReceiptRollups;
}

/** sha256 of the bytes just before `bytes`: a log cut short, replaced or rewritten no longer matches. */
export async function fingerprint(log: FileHandle, bytes: number): Promise<string> {
  const start = Math.max(0, bytes - FINGERPRINT_BYTES);
  const buf = Buffer.alloc(bytes - start);
  await log.read(buf, 0, buf.length, start);
  return createHash('sha256').update(buf).digest('hex');
}

export async function readCheckpoint(
  file: string,
  log: FileHandle,
  logSize: number,
): Promise<Checkpoint | null> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
  let parsed;
  try {
    parsed = checkpointSchema.safeParse(JSON.parse(text));
  } catch {
    return null;
  }
  if (!parsed.success) return null;
  const c = parsed.data;
  if (c.bytes > logSize || c.fingerprint !== (await fingerprint(log, c.bytes))) return null;
  return { bytes: c.bytes, count: c.count, rollups: new ReceiptRollups(c.hours, c.days) };
}

export async function writeCheckpoint(file: string, log: FileHandle, c: Checkpoint): Promise<void> {
  const doc = {
    version: CHECKPOINT_VERSION,
    bytes: c.bytes,
    count: c.count,
    fingerprint: await fingerprint(log, c.bytes),
    ...c.rollups.toJSON(),
  };
  await writeFileAtomic(file, JSON.stringify(doc));
}
