// Fuzz run of the TL and frame decoders: 100,000 seeded random and mutated inputs. Every input must either
// decode to an object that re-encodes to the same bytes (and survives the JSON form), or fail with a
// ProtocolError — never another exception, never a hang, never unbounded memory.
import { describe, expect, it } from 'vitest';
import { isProtocolError } from './errors.js';
import { FrameDecoder } from './frame.js';
import { decodeBoxed, encodeBoxed } from './tl/codec.js';
import { fromJson, toJson } from './tl/json.js';
import { tlIds, tlSchema, type TlName } from './tl/schema.gen.js';
import { Prng } from '../../tests/support/prng.js';
import { randomObject } from '../../tests/support/random-tl.js';

const INPUTS = 100_000;
const rng = new Prng(0xf022);
const names = Object.keys(tlSchema) as TlName[];
const seeds = names
  .flatMap((name) => {
    const small = new Prng(tlIds[name]);
    return Array.from({ length: 3 }, () => {
      const obj = encodeBoxed(randomObject(small, name));
      return small.chance(0.5) ? obj : encodeBoxed({ _: 'tcp.packet', data: obj });
    });
  })
  .filter((s) => s.length < 2048);
const interesting = [0, 1, 3, 4, 253, 254, 255, 0x7fffffff, 0xffffffff, 0x80000000, ...Object.values(tlIds)];

function mutate(seed: Buffer): Buffer {
  const out = Buffer.from(seed);
  switch (rng.below(6)) {
    case 0:
      for (let i = rng.below(4); i >= 0 && out.length > 0; i--) {
        const at = rng.below(out.length);
        out.writeUInt8(out.readUInt8(at) ^ (1 << rng.below(8)), at);
      }
      return out;
    case 1:
      return out.subarray(0, rng.below(out.length + 1));
    case 2: {
      const at = rng.below(out.length + 1);
      return Buffer.concat([out.subarray(0, at), rng.bytes(1 + rng.below(8)), out.subarray(at)]);
    }
    case 3: {
      if (out.length < 4) return out;
      const at = rng.below(out.length - 3) & ~3;
      out.writeUInt32LE(rng.pick(interesting) >>> 0, at);
      return out;
    }
    case 4: {
      if (out.length === 0) return out;
      out.writeUInt8(rng.pick([0xfe, 0xff, 0xfd, 0]), rng.below(out.length));
      return out;
    }
    default:
      return Buffer.concat([out, out.subarray(rng.below(out.length + 1))]);
  }
}

function randomInput(): Buffer {
  if (rng.chance(0.5)) return mutate(rng.pick(seeds));
  const body = rng.bytes(rng.below(200));
  if (rng.chance(0.5) && body.length >= 4) body.writeUInt32LE(rng.pick(Object.values(tlIds)) >>> 0, 0);
  return body;
}

function decodeOrProtocolError(input: Buffer): 'ok' | 'rejected' {
  try {
    const obj = decodeBoxed(input);
    if (!encodeBoxed(obj).equals(input))
      throw new Error(`accepted non-canonical input ${input.toString('hex')}`);
    if (!encodeBoxed(fromJson(JSON.parse(JSON.stringify(toJson(obj))))).equals(input)) {
      throw new Error(`JSON form lost bytes of ${input.toString('hex')}`);
    }
    return 'ok';
  } catch (err) {
    if (isProtocolError(err)) return 'rejected';
    throw err;
  }
}

function framesOrProtocolError(input: Buffer): void {
  const d = new FrameDecoder();
  try {
    for (let at = 0; at < input.length;) {
      const n = 1 + rng.below(16);
      for (const frame of d.push(input.subarray(at, at + n))) decodeOrProtocolError(frame.payload);
      at += n;
    }
  } catch (err) {
    if (!isProtocolError(err)) throw err;
  }
}

describe('fuzz', () => {
  it(`survives ${INPUTS} random and mutated inputs`, () => {
    const heapBefore = process.memoryUsage().heapUsed;
    const started = Date.now();
    const outcomes = { ok: 0, rejected: 0 };
    for (let i = 0; i < INPUTS; i++) {
      const input = randomInput();
      outcomes[decodeOrProtocolError(input)]++;
      if (i % 4 === 0) framesOrProtocolError(input);
    }
    const elapsed = Date.now() - started;
    expect(outcomes.ok).toBeGreaterThan(1000);
    expect(outcomes.rejected).toBeGreaterThan(10_000);
    expect(elapsed).toBeLessThan(45_000);
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(256 * 2 ** 20);
  });
});
