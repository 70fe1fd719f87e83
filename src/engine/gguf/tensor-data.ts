// Seeded weights and their encodings (f32, f16, q8_0) for generated models. Each tensor gets its own PRNG
// seeded from sha256(seed, name), so tensors do not depend on generation order and files are reproducible.
import { createHash } from 'node:crypto';
import { GgmlType } from './gguf-writer.js';

export type WeightType = 'f32' | 'f16' | 'q8_0';

export const ggmlTypeOf: Record<WeightType, GgmlType> = {
  f32: GgmlType.F32,
  f16: GgmlType.F16,
  q8_0: GgmlType.Q8_0,
};

/** xorshift128+-style generator over 32-bit state words: fast, deterministic, good enough for weights. */
export function seededUniform(seed: number, name: string, count: number, scale: number): Float32Array {
  const h = createHash('sha256').update(`${seed}:${name}`).digest();
  let a = h.readUInt32LE(0) | 1;
  let b = h.readUInt32LE(4) | 1;
  let c = h.readUInt32LE(8) | 1;
  let d = h.readUInt32LE(12) | 1;
  const out = new Float32Array(count);
  for (let i = 0; i < count; i++) {
    // xoshiro128** step
    const r = Math.imul(rotl(Math.imul(b, 5), 7), 9) >>> 0;
    const t = b << 9;
    c ^= a;
    d ^= b;
    b ^= c;
    a ^= d;
    c ^= t;
    d = rotl(d, 11);
    out[i] = (r / 4294967296 - 0.5) * 2 * scale;
  }
  return out;
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}

const f32Scratch = new Float32Array(1);
const u32Scratch = new Uint32Array(f32Scratch.buffer);

/** IEEE binary16 with round-to-nearest-even (Node 20 has no Float16Array). */
export function toHalf(value: number): number {
  f32Scratch[0] = value;
  const x = u32Scratch[0] ?? 0;
  const sign = (x >>> 16) & 0x8000;
  const exp = (x >>> 23) & 0xff;
  let mant = x & 0x7fffff;
  if (exp === 0xff) return sign | 0x7c00 | (mant ? 0x200 : 0);
  let e = exp - 127 + 15;
  if (e >= 0x1f) return sign | 0x7c00;
  if (e <= 0) {
    if (e < -10) return sign;
    mant |= 0x800000;
    const shift = 14 - e;
    const half = 1 << (shift - 1);
    let m = mant >>> shift;
    const rest = mant & ((1 << shift) - 1);
    if (rest > half || (rest === half && m & 1)) m++;
    return sign | m;
  }
  let m = mant >>> 13;
  const rest = mant & 0x1fff;
  if (rest > 0x1000 || (rest === 0x1000 && m & 1)) {
    m++;
    if (m === 0x400) {
      m = 0;
      e++;
      if (e >= 0x1f) return sign | 0x7c00;
    }
  }
  return sign | (e << 10) | m;
}

export function encodeWeights(values: Float32Array, type: WeightType): Uint8Array {
  switch (type) {
    case 'f32':
      return new Uint8Array(values.buffer, values.byteOffset, values.byteLength);
    case 'f16': {
      const out = Buffer.alloc(values.length * 2);
      for (let i = 0; i < values.length; i++) out.writeUInt16LE(toHalf(values[i] ?? 0), i * 2);
      return out;
    }
    case 'q8_0':
      return encodeQ8_0(values);
  }
}

/** q8_0: blocks of 32 values, each an f16 scale d = max|x| / 127 followed by 32 int8 round(x / d). */
function encodeQ8_0(values: Float32Array): Uint8Array {
  if (values.length % 32 !== 0) throw new RangeError('q8_0 needs a multiple of 32 values');
  const blocks = values.length / 32;
  const out = Buffer.alloc(blocks * 34);
  for (let b = 0; b < blocks; b++) {
    let amax = 0;
    for (let i = 0; i < 32; i++) amax = Math.max(amax, Math.abs(values[b * 32 + i] ?? 0));
    const d = amax / 127;
    const inv = d === 0 ? 0 : 1 / d;
    out.writeUInt16LE(toHalf(d), b * 34);
    for (let i = 0; i < 32; i++) out.writeInt8(Math.round((values[b * 32 + i] ?? 0) * inv), b * 34 + 2 + i);
  }
  return out;
}
