import { describe, expect, it } from 'vitest';
import { FrameDecoder, MAX_FRAME_PAYLOAD, encodeFrame } from './frame.js';
import { ProtocolError } from './errors.js';

describe('frames', () => {
  it('match the documented example (docs/protocol.md §2.2)', () => {
    const payload = Buffer.from('61427ca50807060504030201', 'hex');
    expect(encodeFrame(0, payload).toString('hex')).toBe('0c00000000000000' + '61427ca50807060504030201');
  });

  it('decode from any chunking, byte by byte included', () => {
    const stream = Buffer.concat([
      encodeFrame(0, Buffer.alloc(4, 1)),
      encodeFrame(1, Buffer.alloc(300, 2)),
      encodeFrame(2, Buffer.alloc(5, 3)),
    ]);
    const d = new FrameDecoder();
    const frames = [];
    for (const byte of stream) frames.push(...d.push(Buffer.from([byte])));
    expect(frames.map((f) => [f.seqno, f.payload.length, f.payload[0]])).toEqual([
      [0, 4, 1],
      [1, 300, 2],
      [2, 5, 3],
    ]);
    expect(new FrameDecoder().push(stream)).toHaveLength(3);
    expect(d.buffered).toBe(0);
  });

  it('reject lengths outside 4..16 MiB at the header, with the stream offset', () => {
    const d = new FrameDecoder();
    d.push(encodeFrame(0, Buffer.alloc(4)));
    const tooBig = Buffer.alloc(8);
    tooBig.writeUInt32LE(MAX_FRAME_PAYLOAD + 1, 0);
    expect(() => d.push(tooBig)).toThrow(ProtocolError);
    expect(() => d.push(Buffer.alloc(0))).toThrow(/BAD_FRAME_LENGTH at byte 12/);
    expect(() => new FrameDecoder().push(Buffer.from('0300000000000000', 'hex'))).toThrow(
      /BAD_FRAME_LENGTH at byte 0/,
    );
    expect(() => encodeFrame(0, Buffer.alloc(3))).toThrow(/BAD_FRAME_LENGTH/);
  });

  it('hold only the bytes received while a large frame is announced', () => {
    const d = new FrameDecoder();
    const header = Buffer.alloc(8);
    header.writeUInt32LE(MAX_FRAME_PAYLOAD, 0);
    expect(d.push(Buffer.concat([header, Buffer.alloc(10)]))).toEqual([]);
    expect(d.buffered).toBe(18);
  });
});
