// A generated Qwen3 model of realistic size (~500 MB, Qwen3-0.6B's shape with a 32k vocabulary): written
// with bounded memory, the same bytes every time, loaded by llama.cpp's real path and generating tokens.
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  generatedModelSize,
  streamGeneratedModel,
  writeGeneratedModel,
} from '../../src/engine/gguf/generated-model.js';
import { generatedPresets } from '../../src/engine/gguf/model-presets.js';

const preset = generatedPresets['qwen3-500m'];
const MB = 1e6;

describe('qwen3-500m generated model', { retry: 0 }, () => {
  const dir = mkdtemp(join(tmpdir(), 'sw-qwen3-500m-'));
  const path = dir.then((d) => join(d, 'qwen3-500m.gguf'));
  afterAll(async () => rm(await dir, { recursive: true, force: true }));

  it('is written to disk with memory far below its size', { timeout: 120_000 }, async () => {
    const rss0 = process.memoryUsage().rss;
    let peak = rss0;
    const sampler = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().rss);
    }, 20);
    const t0 = Date.now();
    const written = await writeGeneratedModel(await path, preset).finally(() => clearInterval(sampler));
    peak = Math.max(peak, process.memoryUsage().rss);
    const size = (await stat(await path)).size;
    console.log(
      `qwen3-500m: ${(size / MB).toFixed(0)} MB written in ${Date.now() - t0} ms, ` +
        `rss growth ${((peak - rss0) / MB).toFixed(0)} MB`,
    );
    expect(size).toBe(written.bytes);
    expect(size).toBe(generatedModelSize(preset));
    expect(size).toBeGreaterThan(450 * MB);
    expect(size).toBeLessThan(560 * MB);
    expect(peak - rss0).toBeLessThan(size / 4);
    expect((await readdir(await dir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);

    // Same options, same bytes: hash a second generation without writing it.
    const again = createHash('sha256');
    for (const chunk of streamGeneratedModel(preset)) again.update(chunk);
    expect(again.digest('hex')).toBe(written.sha256);
  });

  it('loads through llama.cpp as a Qwen3 0.6B and generates tokens', { timeout: 120_000 }, async () => {
    const { getLlama, LlamaChatSession } = await import('node-llama-cpp');
    const llama = await getLlama({ gpu: false, build: 'never', maxThreads: 1 });
    const t0 = Date.now();
    const model = await llama.loadModel({ modelPath: await path });
    try {
      console.log(`qwen3-500m: loaded in ${Date.now() - t0} ms (${model.typeDescription})`);
      expect(model.typeDescription).toContain('0.6B');
      expect(model.fileInfo.metadata.general.architecture).toBe('qwen3');
      const context = await model.createContext({ contextSize: 256, threads: 1 });
      try {
        const session = new LlamaChatSession({ contextSequence: context.getSequence() });
        let generated = 0;
        await session.prompt('hello', {
          maxTokens: 4,
          temperature: 0,
          onToken: (tokens) => {
            generated += tokens.length;
          },
        });
        expect(generated).toBeGreaterThan(0);
      } finally {
        await context.dispose();
      }
    } finally {
      await model.dispose();
    }
  });
});
