// Frames inside the TLS stream (docs/protocol.md §1.4): `len u32 LE | seqno i32 LE | payload`, 4 ≤ len ≤ 16 MiB.
// The decoder checks `len` as soon as the 8-byte header is in, and only allocates a payload once all of
// its bytes have arrived, so a peer that announces a large frame and stalls costs no memory.
import { ProtocolError } from './errors.js';

export const FRAME_HEADER_BYTES = 8;
export const MIN_FRAME_PAYLOAD = 4;
export const MAX_FRAME_PAYLOAD = 1 << 24;

export interface Frame {
  seqno: number;
  payload: Buffer;
}

export function encodeFrame(seqno: number, payload: Uint8Array): Buffer {
  if (payload.length < MIN_FRAME_PAYLOAD || payload.length > MAX_FRAME_PAYLOAD) {
    throw new ProtocolError('BAD_FRAME_LENGTH', `payload of ${payload.length} bytes cannot be framed`);
  }
  const out = Buffer.allocUnsafe(FRAME_HEADER_BYTES + payload.length);
  out.writeUInt32LE(payload.length, 0);
  out.writeInt32LE(seqno | 0, 4);
  out.set(payload, FRAME_HEADER_BYTES);
  return out;
}

/** Splits a byte stream into frames. Offsets in errors count from the start of the stream. */
export class FrameDecoder {
  #chunks: Buffer[] = [];
  #buffered = 0;
  #consumed = 0;
  #failed: ProtocolError | undefined;
  #header: { len: number; seqno: number } | undefined;

  /** Bytes received but not yet returned as frames (a parsed header included). */
  get buffered(): number {
    return this.#buffered + (this.#header ? FRAME_HEADER_BYTES : 0);
  }

  /** Adds bytes and returns every frame they complete; throws a ProtocolError on a bad length. */
  push(chunk: Buffer): Frame[] {
    if (this.#failed) throw this.#failed;
    if (chunk.length > 0) {
      this.#chunks.push(chunk);
      this.#buffered += chunk.length;
    }
    const frames: Frame[] = [];
    for (;;) {
      if (this.#header === undefined) {
        if (this.#buffered < FRAME_HEADER_BYTES) break;
        const at = this.#consumed;
        const header = this.#take(FRAME_HEADER_BYTES);
        const len = header.readUInt32LE(0);
        if (len < MIN_FRAME_PAYLOAD || len > MAX_FRAME_PAYLOAD) {
          this.#failed = new ProtocolError(
            'BAD_FRAME_LENGTH',
            `frame length ${len} outside 4..${MAX_FRAME_PAYLOAD}`,
            at,
          );
          throw this.#failed;
        }
        this.#header = { len, seqno: header.readInt32LE(4) };
      }
      if (this.#buffered < this.#header.len) break;
      frames.push({ seqno: this.#header.seqno, payload: this.#take(this.#header.len) });
      this.#header = undefined;
    }
    return frames;
  }

  /** Removes n buffered bytes (n ≤ buffered) and returns them without copying when they sit in one chunk. */
  #take(n: number): Buffer {
    const first = this.#chunks[0];
    let out: Buffer;
    if (first && first.length >= n) {
      out = first.subarray(0, n);
      if (first.length === n) this.#chunks.shift();
      else this.#chunks[0] = first.subarray(n);
    } else {
      out = Buffer.allocUnsafe(n);
      let filled = 0;
      while (filled < n) {
        const c = this.#chunks[0] as Buffer;
        const part = Math.min(c.length, n - filled);
        c.copy(out, filled, 0, part);
        filled += part;
        if (part === c.length) this.#chunks.shift();
        else this.#chunks[0] = c.subarray(part);
      }
    }
    this.#buffered -= n;
    this.#consumed += n;
    return out;
  }
}
