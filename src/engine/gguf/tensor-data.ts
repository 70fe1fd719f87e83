// Seeded weights and their encodings (f32, f16, q8_0, q4_0) for generated models. Each tensor gets its own PRNG
// seeded from sha256(seed, name), so tensors do not depend on generation order and files are reproducible.
import { createHash } from 'node:crypto';
import { GgmlType } from './gguf-writer.js';

export type WeightType = 'f32' | 'f16' | 'q8_0' | 'q4_0';

export const ggmlTypeOf: Record<WeightType, GgmlType> = {
  f32: GgmlType.F32,
  f16: GgmlType.F16,
  q8_0: GgmlType.Q8_0,
  q4_0: GgmlType.Q4_0,
};

/** `general.file_type` (llama_ftype) of a file whose matrices are all of this type. */
export const fileTypeOf: Record<WeightType, number> = { f32: 0, f16: 1, q4_0: 2, q8_0: 7 };

/** xoshiro128** over 32-bit state words: fast, deterministic, good enough for weights. Stateful, so a
 * tensor can be drawn in chunks and give the same values as one draw. */
export class SeededUniform {
  #a: number;
  #b: number;
  #c: number;
  #d: number;
  constructor(seed: number, name: string) {
    const h = createHash('sha256').update(`${seed}:${name}`).digest();
    this.#a = h.readUInt32LE(0) | 1;
    this.#b = h.readUInt32LE(4) | 1;
    this.#c = h.readUInt32LE(8) | 1;
    this.#d = h.readUInt32LE(12) | 1;
  }
  /** Fills `out` with the next values, uniform in [-scale, scale). */
  fill(out: Float32Array, scale: number): Float32Array {
    let a = this.#a;
    let b = this.#b;
    let c = this.#c;
    let d = this.#d;
    for (let i = 0; i < out.length; i++) {
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
    this.#a = a;
    this.#b = b;
    this.#c = c;
    this.#d = d;
    return out;
  }
}

export function seededUniform(seed: number, name: string, count: number, scale: number): Float32Array {
  return new SeededUniform(seed, name).fill(new Float32Array(count), scale);
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
    case 'q4_0':
      return encodeQ4_0(values);
  }
}

/** q4_0 as ggml's reference quantizer: d = signed max / -8, nibbles round(x / d) + 8, halves interleaved. */
function encodeQ4_0(values: Float32Array): Uint8Array {
  if (values.length % 32 !== 0) throw new RangeError('q4_0 needs a multiple of 32 values');
  const blocks = values.length / 32;
  const out = Buffer.alloc(blocks * 18);
  for (let b = 0; b < blocks; b++) {
    let max = 0;
    for (let i = 0; i < 32; i++) {
      const v = values[b * 32 + i] ?? 0;
      if (Math.abs(v) > Math.abs(max)) max = v;
    }
    const d = max / -8;
    const inv = d === 0 ? 0 : 1 / d;
    out.writeUInt16LE(toHalf(d), b * 18);
    for (let j = 0; j < 16; j++) {
      const lo = Math.min(15, Math.trunc((values[b * 32 + j] ?? 0) * inv + 8.5));
      const hi = Math.min(15, Math.trunc((values[b * 32 + 16 + j] ?? 0) * inv + 8.5));
      out[b * 18 + 2 + j] = lo | (hi << 4);
    }
  }
  return out;
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
