// The small Qwen3-shaped generated model in real llama.cpp: it loads with the qwen3 loader, its metadata
// reads back, its byte-level BPE tokenizer round-trips text, and chat goes through the ChatML template.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Llama, LlamaModel } from 'node-llama-cpp';
import {
  ensureGeneratedModel,
  generatedModelSize,
  writeGeneratedModel,
} from '../../src/engine/gguf/generated-model.js';
import { generatedPresets } from '../../src/engine/gguf/model-presets.js';

const small = generatedPresets['qwen3-small'];

describe('qwen3-small generated model in llama.cpp', () => {
  let dir = '';
  let path = '';
  let llama: Llama;
  let model: LlamaModel;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'sw-qwen3-'));
    path = await ensureGeneratedModel(dir, 'qwen3-small');
    const { getLlama } = await import('node-llama-cpp');
    llama = await getLlama({ gpu: false, build: 'never', maxThreads: 1 });
    model = await llama.loadModel({ modelPath: path });
  });
  afterAll(async () => {
    await model.dispose();
    await rm(dir, { recursive: true, force: true });
  });

  it('is written atomically, deterministically and at the computed size', async () => {
    expect(await ensureGeneratedModel(dir, 'qwen3-small')).toBe(path);
    const again = await writeGeneratedModel(join(dir, 'again.gguf'), small);
    const onDisk = createHash('sha256')
      .update(await readFile(path))
      .digest('hex');
    expect(again.sha256).toBe(onDisk);
    expect((await stat(path)).size).toBe(generatedModelSize(small));
    expect(again.bytes).toBe(generatedModelSize(small));
    expect((await readdir(dir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('is what `silkworm model make-tiny --preset qwen3-small` writes', async () => {
    const out = join(dir, 'cli.gguf');
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['bin/silkworm.js', 'model', 'make-tiny', '--preset', 'qwen3-small', '--out', out],
      { timeout: 30_000 },
    );
    const sha = createHash('sha256')
      .update(await readFile(path))
      .digest('hex');
    expect(JSON.parse(stdout)).toEqual({ path: out, preset: 'qwen3-small', sha256: sha });
  });

  it('reads back as qwen3 with grouped-query attention, its own head width and q/k norms', async () => {
    const { readGgufFileInfo } = await import('node-llama-cpp');
    const info = await readGgufFileInfo(path);
    expect(info.metadata.general.architecture).toBe('qwen3');
    const arch = (info.metadata as { qwen3?: Record<string, unknown> }).qwen3;
    expect(arch).toMatchObject({
      block_count: small.layers,
      embedding_length: small.dims,
      attention: { head_count: 4, head_count_kv: 2, key_length: 128, value_length: 128 },
      rope: { freq_base: 1e6 },
    });
    const dims = new Map((info.fullTensorInfo ?? []).map((t) => [t.name, t.dimensions.map(Number)]));
    expect(dims.get('blk.0.attn_q_norm.weight')).toEqual([128]);
    expect(dims.get('blk.3.attn_k_norm.weight')).toEqual([128]);
    expect(dims.get('blk.0.attn_q.weight')).toEqual([256, 512]);
    expect(dims.get('blk.0.attn_k.weight')).toEqual([256, 256]);
    expect(dims.get('output.weight')).toEqual([256, small.vocabSize]);
    expect(info.metadata.tokenizer.ggml.model).toBe('gpt2');
    expect(model.tokens.eos).toBe(model.tokenize('<|im_end|>', true)[0]);
  });

  it('tokenizes with byte-level BPE: text round-trips and ChatML markers are single tokens', () => {
    const text = 'hello world, tell me\nabout the cat! ünï 🐛 42';
    expect(model.detokenize(model.tokenize(text))).toBe(text);
    expect(model.tokenize('hello world').length).toBeLessThan('hello world'.length);
    expect(model.tokenize('<|im_start|>', true)).toHaveLength(1);
    expect(model.tokenize('<|im_end|>', true)).toHaveLength(1);
  });

  it('chats through the ChatML template and generates tokens', async () => {
    const { LlamaChatSession, resolveChatWrapper } = await import('node-llama-cpp');
    expect(resolveChatWrapper(model).wrapperName).toBe('ChatML');
    const context = await model.createContext({ contextSize: 1024, threads: 1 });
    try {
      const sequence = context.getSequence();
      const session = new LlamaChatSession({ contextSequence: sequence });
      let generated = 0;
      await session.prompt('hello world', {
        maxTokens: 8,
        temperature: 0,
        onToken: (tokens) => {
          generated += tokens.length;
        },
      });
      expect(generated).toBeGreaterThan(0);
      const seen = model.detokenize(sequence.contextTokens, true);
      expect(seen).toContain('<|im_start|>user\nhello world<|im_end|>\n<|im_start|>assistant\n');
    } finally {
      await context.dispose();
    }
  });
});
