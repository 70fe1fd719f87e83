import { createHash } from 'node:crypto';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { encodeGgufStream, GgmlType, GgufWriteError } from './gguf-writer.js';
import { writeModelFile } from './model-file.js';
import { encodeWeights } from './tensor-data.js';

describe('model file writer', () => {
  const dir = mkdtemp(join(tmpdir(), 'sw-model-file-'));
  afterAll(async () => rm(await dir, { recursive: true, force: true }));

  it('writes small and large chunks in order and returns their sha256', async () => {
    const chunks = [Buffer.from('GGUF'), Buffer.alloc(3 << 20, 7), Buffer.from('tail')];
    const path = join(await dir, 'ok.gguf');
    const written = await writeModelFile(path, chunks);
    const expected = createHash('sha256');
    for (const c of chunks) expected.update(c);
    expect(written).toEqual({ sha256: expected.digest('hex'), bytes: 4 + (3 << 20) + 4 });
    expect((await readFile(path)).equals(Buffer.concat(chunks))).toBe(true);
  });

  it('leaves neither the file nor a temp file when the stream fails half way', async () => {
    const path = join(await dir, 'broken.gguf');
    const tensors = [{ name: 'w', dims: [32], type: GgmlType.F32, chunks: () => [new Uint8Array(64)] }];
    const failure = await writeModelFile(path, encodeGgufStream([], tensors)).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(GgufWriteError);
    expect((failure as GgufWriteError).code).toBe('tensor-size-mismatch');
    expect(await readdir(await dir)).not.toContain('broken.gguf');
    expect((await readdir(await dir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});

describe('q4_0 encoding', () => {
  it('rounds to the nearest step, the largest magnitude exactly, as ggml quantizes', () => {
    const values = Float32Array.from({ length: 64 }, (_, i) => Math.sin(i) * (i < 32 ? 1 : 0.01));
    const out = Buffer.from(encodeWeights(values, 'q4_0'));
    expect(out.length).toBe(2 * 18);
    for (let b = 0; b < 2; b++) {
      const d = halfToFloat(out.readUInt16LE(b * 18));
      for (let j = 0; j < 32; j++) {
        const byte = out[b * 18 + 2 + (j % 16)] ?? 0;
        const q = (j < 16 ? byte & 0xf : byte >> 4) - 8;
        const x = values[b * 32 + j] ?? 0;
        // The side opposite the largest value clamps at +7 steps, so it can be off by one step.
        expect(Math.abs(q * d - x)).toBeLessThanOrEqual(Math.abs(d) * (q === 7 ? 1.01 : 0.51));
      }
    }
  });
});

function halfToFloat(h: number): number {
  const sign = h & 0x8000 ? -1 : 1;
  const exp = (h >> 10) & 0x1f;
  const mant = h & 0x3ff;
  if (exp === 0) return sign * mant * 2 ** -24;
  return sign * (1 + mant / 1024) * 2 ** (exp - 15);
}
