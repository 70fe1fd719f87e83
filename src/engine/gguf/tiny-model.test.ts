import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { toHalf } from './tensor-data.js';
import {
  buildTinyModel,
  ensureTinyModel,
  tinyPresets,
  TinyModelError,
  writeTinyModel,
} from './tiny-model.js';

const sha = (chunks: Buffer[]): string => {
  const h = createHash('sha256');
  for (const c of chunks) h.update(c);
  return h.digest('hex');
};

describe('tiny GGUF generator', () => {
  const dir = mkdtemp(join(tmpdir(), 'sw-gguf-'));
  afterAll(async () => rm(await dir, { recursive: true, force: true }));

  it('gives the same bytes for the same seed and different bytes for another seed', async () => {
    const a = sha(buildTinyModel(tinyPresets.tiny));
    expect(sha(buildTinyModel(tinyPresets.tiny))).toBe(a);
    expect(sha(buildTinyModel({ ...tinyPresets.tiny, seed: 8 }))).not.toBe(a);
    const path = join(await dir, 'm.gguf');
    expect(await writeTinyModel(path, tinyPresets.tiny)).toBe(a);
    expect(
      createHash('sha256')
        .update(await readFile(path))
        .digest('hex'),
    ).toBe(a);
  });

  it('writes f16 and q8_0 variants of different sizes', () => {
    const size = (t: 'f32' | 'f16' | 'q8_0'): number =>
      buildTinyModel({ ...tinyPresets.tiny, type: t }).reduce((n, c) => n + c.length, 0);
    expect(size('f16')).toBeLessThan(size('f32'));
    expect(size('q8_0')).toBeLessThan(size('f16'));
  });

  it('rejects impossible shapes with a typed error', () => {
    expect(() => buildTinyModel({ ...tinyPresets.tiny, dims: 50 })).toThrow(TinyModelError);
  });

  it('rounds halves to nearest even', () => {
    expect(toHalf(1)).toBe(0x3c00);
    expect(toHalf(-2)).toBe(0xc000);
    expect(toHalf(65504)).toBe(0x7bff);
    expect(toHalf(1e6)).toBe(0x7c00);
    expect(toHalf(1 + 2 ** -11)).toBe(0x3c00); // tie → even
    expect(toHalf(1 + 3 * 2 ** -11)).toBe(0x3c02);
  });

  it('loads in llama.cpp with a tokenizer that round-trips text and a ChatML template', async () => {
    const path = await ensureTinyModel(await dir);
    expect(await ensureTinyModel(await dir)).toBe(path);
    const { getLlama, resolveChatWrapper } = await import('node-llama-cpp');
    const llama = await getLlama({ gpu: false, build: 'never', maxThreads: 1 });
    const model = await llama.loadModel({ modelPath: path });
    try {
      const text = 'hello world, tell me\nabout the cat! ünï 🐛';
      const tokens = model.tokenize(text);
      expect(model.detokenize(tokens)).toBe(text);
      expect(model.tokenize('hello world').length).toBe(2);
      expect(model.tokenize('<|im_end|>', true)).toEqual([4]);
      expect(resolveChatWrapper(model).wrapperName).toBe('ChatML');
    } finally {
      await model.dispose();
    }
  });
});
