// Appends a response body to the partial file while hashing exactly the bytes that reached the disk, so
// the in-memory hash always matches the file: after a cut connection the next attempt continues both.
import type { Hash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import type http from 'node:http';
import path from 'node:path';
import { DownloadError, isNoSpace } from './download-errors.js';

/** What is on disk so far: the byte count and the running hash over those bytes. */
export interface PartState {
  have: number;
  hash: Hash;
}

/** Hashes the bytes already in the partial file (a resume after a pause or a restart). */
export async function hashPart(part: string, hash: Hash, signal?: AbortSignal): Promise<number> {
  const size = await stat(part).then(
    (s) => (s.isFile() ? s.size : 0),
    () => 0,
  );
  if (size === 0) return 0;
  // Bounded by the size seen now, in case something still appends to the file.
  for await (const chunk of createReadStream(part, { end: size - 1, signal })) hash.update(chunk as Buffer);
  return size;
}

export async function appendBody(
  res: http.IncomingMessage,
  part: string,
  state: PartState,
  onBytes: () => void,
): Promise<void> {
  const declared = Number(res.headers['content-length']);
  const start = state.have;
  const file = await open(part, 'a').catch((err: unknown) => {
    throw isNoSpace(err) ? noSpace(part, state.have) : err;
  });
  try {
    for await (const chunk of res) {
      const b = chunk as Buffer;
      // A write may be short (a nearly full disk): loop until the chunk is written or the disk refuses.
      for (let off = 0; off < b.length;) {
        let written: number;
        try {
          written = (await file.write(b, off, b.length - off)).bytesWritten;
        } catch (err) {
          throw isNoSpace(err) ? noSpace(part, state.have) : err;
        }
        if (written <= 0) throw noSpace(part, state.have);
        state.hash.update(b.subarray(off, off + written));
        state.have += written;
        off += written;
      }
      onBytes();
    }
    if (!res.complete || (Number.isFinite(declared) && state.have - start !== declared)) {
      throw new Error(
        `connection closed after ${state.have - start} of ${Number.isFinite(declared) ? declared : '?'} bytes`,
      );
    }
  } finally {
    // Best effort: a pause or a cut keeps what was written; fsync makes it survive a power loss too.
    await file.sync().catch(() => undefined);
    await file.close();
  }
}

const noSpace = (part: string, have: number): DownloadError =>
  new DownloadError(
    'no-space',
    `the disk is full in ${path.dirname(part)} after ${have} bytes; free some space and resume (the partial file is kept)`,
  );
