// Weights drawn in bounded chunks, so generating a model of gigabytes holds a few MB at a time. Yielded
// chunks are reused by the next step (the GGUF stream's contract): consume or copy each before asking on.
import { createCipheriv, createHash } from 'node:crypto';
import { encodeWeights, SeededUniform, toHalf, type WeightType } from './tensor-data.js';

/** Values per chunk: a multiple of 32 (one quantization block). */
const CHUNK_VALUES = 1 << 20;

/** f32 ones, as norm weights start. */
export function ones(count: number): Uint8Array {
  return new Uint8Array(new Float32Array(count).fill(1).buffer);
}

/** Uniform values in [-scale, scale) from the tensor's own PRNG, encoded chunk by chunk. */
export function* seededChunks(
  seed: number,
  name: string,
  count: number,
  scale: number,
  type: WeightType,
): Generator<Uint8Array> {
  const rng = new SeededUniform(seed, name);
  const buf = new Float32Array(Math.min(count, CHUNK_VALUES));
  for (let done = 0; done < count; done += buf.length) {
    const n = Math.min(buf.length, count - done);
    yield encodeWeights(rng.fill(n === buf.length ? buf : buf.subarray(0, n), scale), type);
  }
}

const BLOCK_BYTES = { q8_0: 34, q4_0: 18 } as const;

/**
 * Quantized blocks written directly: one f16 scale per block and uniformly random quants from AES-128-CTR
 * keyed by sha256(seed, name). Native AES runs at disk speed, where drawing and quantizing floats in
 * JavaScript would take minutes for an 8B-shaped file; the value distribution is the same uniform one.
 */
export function* randomQuantChunks(
  seed: number,
  name: string,
  count: number,
  scale: number,
  type: 'q8_0' | 'q4_0',
): Generator<Uint8Array> {
  if (count % 32 !== 0) throw new RangeError(`${type} needs a multiple of 32 values`);
  const key = createHash('sha256').update(`${seed}:${name}`).digest();
  const cipher = createCipheriv('aes-128-ctr', key.subarray(0, 16), key.subarray(16, 32));
  const blockBytes = BLOCK_BYTES[type];
  // q8_0 quants span [-128, 127], q4_0 nibbles [-8, 7]: the scale maps the largest to `scale`.
  const d = toHalf(type === 'q8_0' ? scale / 127 : scale / 8);
  const blocks = count / 32;
  const perChunk = CHUNK_VALUES / 32;
  const zeros = Buffer.alloc(perChunk * blockBytes);
  for (let done = 0; done < blocks; done += perChunk) {
    const n = Math.min(perChunk, blocks - done);
    const out = cipher.update(n === perChunk ? zeros : zeros.subarray(0, n * blockBytes));
    for (let b = 0; b < n; b++) {
      out[b * blockBytes] = d & 0xff;
      out[b * blockBytes + 1] = d >>> 8;
    }
    yield out;
  }
}

/** A matrix's bytes: quantized types take the fast path, float types the seeded one. */
export function weightChunks(
  seed: number,
  name: string,
  count: number,
  scale: number,
  type: WeightType,
): Iterable<Uint8Array> {
  switch (type) {
    case 'q8_0':
    case 'q4_0':
      return randomQuantChunks(seed, name, count, scale, type);
    case 'f32':
    case 'f16':
      return seededChunks(seed, name, count, scale, type);
  }
}
