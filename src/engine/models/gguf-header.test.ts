import { mkdtemp, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { encodeGguf } from '../gguf/gguf-writer.js';
import { tinyPresets, writeTinyModel } from '../gguf/tiny-model.js';
import { readGgufHeader } from './gguf-header.js';
import { fitShapeOf } from './gguf-shape.js';

const dir = await mkdtemp(join(tmpdir(), 'sw-gguf-header-'));
afterAll(() => rm(dir, { recursive: true, force: true }));

const tiny = join(dir, 'tiny.gguf');
await writeTinyModel(tiny, tinyPresets.tiny);

/** A header with one KV whose value is an array of `count` elements of `elementType`, and nothing else. */
function hugeArrayFile(elementType: number, count: bigint): Buffer {
  const b = Buffer.alloc(4 + 4 + 8 + 8 + 8 + 1 + 4 + 4 + 8 + 16);
  let o = b.writeUInt32LE(0x46554747, 0);
  o = b.writeUInt32LE(3, o);
  o = b.writeBigUInt64LE(0n, o);
  o = b.writeBigUInt64LE(1n, o);
  o = b.writeBigUInt64LE(1n, o);
  o += b.write('x', o);
  o = b.writeUInt32LE(9, o);
  o = b.writeUInt32LE(elementType, o);
  b.writeBigUInt64LE(count, o);
  return b;
}

const codeOf = async (p: Promise<unknown>): Promise<string> =>
  p.then(
    () => 'ok',
    (err: unknown) => (err as { code: string }).code,
  );

describe('GGUF header reader', () => {
  it('reads the generated model: architecture, name, shape, file type, and the fit shape', async () => {
    const h = await readGgufHeader(tiny);
    const o = tinyPresets.tiny;
    expect(h).toMatchObject({
      version: 3,
      architecture: 'llama',
      name: o.name,
      blockCount: o.layers,
      contextLength: o.contextLength,
      embeddingLength: o.dims,
      headCount: o.heads,
      headCountKv: o.kvHeads,
      fileType: 0,
      quantization: 'F32',
      splitCount: 1,
    });
    expect(h.dataEndBytes).toBe(h.fileBytes);
    expect(fitShapeOf(h)).toEqual({
      sizeBytes: h.fileBytes,
      layers: o.layers,
      kvBytesPerToken: 2 * o.layers * o.kvHeads * (o.dims / o.heads) * 2,
      trainContext: o.contextLength,
    });
  });

  it('takes the head dimension from key_length on a Qwen3-shaped model, where heads × head_dim ≠ width', async () => {
    const o = tinyPresets['qwen3-small'];
    const file = join(dir, 'qwen3.gguf');
    await writeTinyModel(file, o);
    const h = await readGgufHeader(file);
    expect(h).toMatchObject({
      architecture: 'qwen3',
      keyLength: 128,
      headCountKv: o.kvHeads,
      blockCount: o.layers,
    });
    expect(fitShapeOf(h).kvBytesPerToken).toBe(2 * o.layers * o.kvHeads * 128 * 2);
  });

  it('reports a file cut inside its tensor data or its metadata as truncated', async () => {
    const bytes = await readFile(tiny);
    const cut = join(dir, 'cut.gguf');
    await writeFile(cut, bytes.subarray(0, bytes.length - 100));
    await expect(readGgufHeader(cut)).rejects.toMatchObject({ code: 'truncated', message: /tensor data/ });
    await truncate(cut, 200);
    expect(await codeOf(readGgufHeader(cut))).toBe('truncated');
  });

  it('refuses garbage, an empty file and an unsupported version as not GGUF', async () => {
    const junk = join(dir, 'junk.gguf');
    await writeFile(junk, Buffer.from('this is not a model at all, just text\n'.repeat(20)));
    expect(await codeOf(readGgufHeader(junk))).toBe('not-gguf');
    await writeFile(junk, Buffer.alloc(0));
    expect(await codeOf(readGgufHeader(junk))).toBe('not-gguf');
    const v1 = Buffer.from(await readFile(tiny));
    v1.writeUInt32LE(1, 4);
    await writeFile(junk, v1);
    await expect(readGgufHeader(junk)).rejects.toMatchObject({ code: 'not-gguf', message: /version 1/ });
    expect(await codeOf(readGgufHeader(join(dir, 'missing.gguf')))).toBe('not-found');
  });

  it('refuses an architecture that is not a chat LLM, unless asked to inspect any', async () => {
    const clip = join(dir, 'mmproj.gguf');
    const chunks = encodeGguf([['general.architecture', { type: 'string', value: 'clip' }]], []);
    await writeFile(clip, Buffer.concat(chunks));
    await expect(readGgufHeader(clip)).rejects.toMatchObject({
      code: 'unsupported-architecture',
      message: /"clip"/,
    });
    await expect(readGgufHeader(clip, { anyArchitecture: true })).rejects.toMatchObject({
      code: 'not-gguf',
      message: /block_count/,
    });
  });

  it('catches huge declared array lengths without reading or allocating them', async () => {
    const f = join(dir, 'huge.gguf');
    for (const [type, count] of [
      [4, 1n << 40n],
      [8, 1n << 40n],
      [10, (1n << 64n) - 1n],
      [9, 1n << 30n],
    ] as const) {
      await writeFile(f, hugeArrayFile(type, count));
      expect(await codeOf(readGgufHeader(f))).toBe('truncated');
    }
  });
});
