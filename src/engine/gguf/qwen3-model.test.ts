import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { byteLevel, buildBpeVocab } from './bpe-vocab.js';
import { GGUF_ALIGNMENT } from './gguf-writer.js';
import { GeneratedModelError } from './model-error.js';
import { generatedPresetNames, generatedPresets, isGeneratedPreset } from './model-presets.js';
import { qwen3ModelSize, streamQwen3Model, type Qwen3ModelOptions } from './qwen3-model.js';
import { randomQuantChunks } from './weight-stream.js';

const small = generatedPresets['qwen3-small'];

function digest(o: Qwen3ModelOptions): { sha: string; bytes: number; largestChunk: number } {
  const h = createHash('sha256');
  let bytes = 0;
  let largestChunk = 0;
  for (const c of streamQwen3Model(o)) {
    h.update(c);
    bytes += c.length;
    largestChunk = Math.max(largestChunk, c.length);
  }
  return { sha: h.digest('hex'), bytes, largestChunk };
}

describe('Qwen3-shaped GGUF generator', () => {
  it('gives the same bytes for the same options and other bytes for another seed', () => {
    const a = digest(small);
    expect(digest(small).sha).toBe(a.sha);
    expect(digest({ ...small, seed: 8 }).sha).not.toBe(a.sha);
    expect(a.bytes).toBe(qwen3ModelSize(small));
  });

  it('streams in bounded chunks whatever the model size', () => {
    expect(digest(small).largestChunk).toBeLessThanOrEqual(2 * 2 ** 20 * 34);
  });

  it('drops output.weight when the output is tied to the embeddings', () => {
    const output = Math.ceil((small.dims * small.vocabSize * 34) / 32 / GGUF_ALIGNMENT) * GGUF_ALIGNMENT;
    const saved = qwen3ModelSize(small) - qwen3ModelSize({ ...small, tiedOutput: true });
    // The tensor's data and its entry in the header (name, shape, type, offset; header padded to 32).
    expect(saved).toBeGreaterThanOrEqual(output);
    expect(saved).toBeLessThanOrEqual(output + 96);
  });

  it('sizes the 8B-shaped preset without generating it', () => {
    const o = generatedPresets['qwen3-8b-shape'];
    expect(o).toMatchObject({
      layers: 36,
      dims: 4096,
      heads: 32,
      kvHeads: 8,
      headDim: 128,
      feedForward: 12288,
    });
    const size = qwen3ModelSize(o);
    // 8.2 B parameters at 4.5 bits each.
    expect(size).toBeGreaterThan(4.4e9);
    expect(size).toBeLessThan(4.9e9);
    expect(qwen3ModelSize({ ...o, type: 'q8_0' })).toBeGreaterThan(8.5e9);
  });

  it('refuses shapes the loader could not use, with a typed error', () => {
    const bad = (patch: Partial<Qwen3ModelOptions>): unknown => {
      try {
        qwen3ModelSize({ ...small, ...patch });
      } catch (err) {
        return err instanceof GeneratedModelError ? err.code : err;
      }
      return 'accepted';
    };
    expect(bad({ kvHeads: 3 })).toBe('bad-options');
    expect(bad({ kvHeads: 8 })).toBe('bad-options');
    expect(bad({ headDim: 48 })).toBe('bad-options');
    expect(bad({ dims: 250 })).toBe('bad-options');
    expect(bad({ vocabSize: 100 })).toBe('bad-options');
    expect(bad({ layers: 0 })).toBe('bad-options');
    expect(bad({})).toBe('accepted');
  });

  it('names every preset the CLI accepts', () => {
    for (const name of generatedPresetNames) expect(generatedPresets[name].name).toContain('silkworm');
    expect(isGeneratedPreset('qwen3-500m')).toBe(true);
    expect(isGeneratedPreset('qwen3-9000b')).toBe(false);
  });
});

describe('byte-level BPE vocabulary', () => {
  const vocab = buildBpeVocab(4096, 7);

  it('spells spaces and newlines as GPT-2 does and has every byte', () => {
    expect(byteLevel(' a\n')).toBe('\u0120a\u010a');
    expect(vocab.tokens.slice(0, 3)).toEqual(['!', '"', '#']);
    const bytes = new Set(vocab.tokens.slice(0, 256));
    expect(bytes.size).toBe(256);
    for (let b = 0; b < 128; b++) expect(bytes.has(byteLevel(String.fromCharCode(b)))).toBe(true);
    for (const ch of byteLevel('ü🐛')) expect(bytes.has(ch)).toBe(true);
  });

  it('has unique tokens, merges of existing tokens into existing tokens, and ChatML specials last', () => {
    expect(vocab.tokens).toHaveLength(4096);
    const ids = new Map(vocab.tokens.map((t, i) => [t, i]));
    expect(ids.size).toBe(vocab.tokens.length);
    for (const m of vocab.merges) {
      const [left = '', right = ''] = m.split(' ');
      expect(ids.has(left) && ids.has(right) && ids.has(left + right)).toBe(true);
    }
    expect(vocab.tokens[vocab.ids.imStart]).toBe('<|im_start|>');
    expect(vocab.tokens[vocab.ids.imEnd]).toBe('<|im_end|>');
    expect(vocab.tokens[vocab.ids.endOfText]).toBe('<|endoftext|>');
    expect(buildBpeVocab(4096, 7)).toEqual(vocab);
  });
});

describe('quantized weight stream', () => {
  it('writes q4_0 and q8_0 blocks with one scale and seeded quants', () => {
    for (const [type, block] of [
      ['q8_0', 34],
      ['q4_0', 18],
    ] as const) {
      const chunks = [...randomQuantChunks(7, 'w', 32 * 100, 1, type)].map((c) => Buffer.from(c));
      const all = Buffer.concat(chunks);
      expect(all.length).toBe(100 * block);
      const scales = new Set(Array.from({ length: 100 }, (_, b) => all.readUInt16LE(b * block)));
      expect(scales.size).toBe(1);
      const again = Buffer.concat([...randomQuantChunks(7, 'w', 32 * 100, 1, type)]);
      expect(again.equals(all)).toBe(true);
      expect(Buffer.concat([...randomQuantChunks(7, 'v', 32 * 100, 1, type)]).equals(all)).toBe(false);
    }
  });
});
