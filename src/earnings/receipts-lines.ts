// Reads a JSON-lines file in fixed-size chunks and hands the lines of each chunk to a callback with their
// byte offsets, so a scan of any length holds one chunk in memory, and a page read can start mid-file.
import type { FileHandle } from 'node:fs/promises';

const CHUNK = 1 << 20;
const NL = 0x0a;

export interface Line {
  text: string;
  /** Byte offset of the line's first byte. */
  offset: number;
  /** False for a last line without its newline (a torn write). */
  complete: boolean;
}

/**
 * Calls `onLines` with the lines of each chunk from byte `start` up to `end`; returning false stops the
 * scan. Returns the offset just past the last complete line read.
 */
export async function scanLines(
  handle: FileHandle,
  start: number,
  end: number,
  onLines: (lines: Line[]) => Promise<boolean | undefined> | boolean | undefined,
): Promise<number> {
  let pos = start;
  let lineStart = start;
  let carry: Buffer = Buffer.alloc(0);
  const chunk = Buffer.allocUnsafe(CHUNK);
  while (pos < end) {
    const { bytesRead } = await handle.read(chunk, 0, Math.min(CHUNK, end - pos), pos);
    if (bytesRead === 0) break;
    pos += bytesRead;
    const data =
      carry.length > 0 ? Buffer.concat([carry, chunk.subarray(0, bytesRead)]) : chunk.subarray(0, bytesRead);
    const lines: Line[] = [];
    let from = 0;
    for (let nl = data.indexOf(NL, from); nl !== -1; nl = data.indexOf(NL, from)) {
      lines.push({ text: data.toString('utf8', from, nl), offset: lineStart, complete: true });
      lineStart += nl - from + 1;
      from = nl + 1;
    }
    // copied: `chunk` is reused by the next read
    carry = Buffer.from(data.subarray(from));
    if ((await onLines(lines)) === false) return lineStart;
  }
  if (carry.length > 0) await onLines([{ text: carry.toString('utf8'), offset: lineStart, complete: false }]);
  return lineStart;
}
