// The batched decode path (one native batch per step for all active sequences, native sampling) against
// node-llama-cpp's own evaluate() on the tiny model: the same greedy tokens, the same seeded samples, the
// same usage counts and finish reasons, stop strings withheld, and concurrent sequences that do not bleed
// into each other.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureTinyModel } from '../../src/engine/gguf/tiny-model.js';
import { LlamaRuntime } from '../../src/engine/runtime/llama-runtime.js';
import type { GenerateParams, GenerationUsage, Prompt } from '../../src/engine/sandbox/messages.js';

let dir = '';
let batched: LlamaRuntime;
let plain: LlamaRuntime;

async function runtime(modelPath: string, decode: 'batched' | 'plain'): Promise<LlamaRuntime> {
  const rt = await LlamaRuntime.create({ threads: 1, gpu: false });
  await rt.load({ modelPath, contextSize: 1024, sequences: 3, decode });
  return rt;
}

async function gen(
  rt: LlamaRuntime,
  prompt: Prompt,
  params: Partial<GenerateParams> = {},
  signal = new AbortController().signal,
): Promise<{ text: string; pieces: number; usage: GenerationUsage }> {
  let text = '';
  let pieces = 0;
  const usage = await rt.generate(
    prompt,
    { maxTokens: 64, temperature: 0, topP: 1, stop: [], ...params },
    (t, n) => {
      text += t;
      pieces += n;
    },
    signal,
  );
  return { text, pieces, usage };
}

/** What a caller sees; cachedTokens depends on each runtime's earlier requests, so it is left out. */
const seen = (g: Awaited<ReturnType<typeof gen>>) => ({
  text: g.text,
  pieces: g.pieces,
  promptTokens: g.usage.promptTokens,
  completionTokens: g.usage.completionTokens,
  finishReason: g.usage.finishReason,
});

const text = (t: string): Prompt => ({ kind: 'text', text: t });
const chatPrompt = (t: string): Prompt => ({ kind: 'chat', messages: [{ role: 'user', content: t }] });

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sw-fast-decode-'));
  const modelPath = await ensureTinyModel(join(dir, 'models'));
  batched = await runtime(modelPath, 'batched');
  plain = await runtime(modelPath, 'plain');
}, 120_000);

afterAll(async () => {
  await batched.unload();
  await plain.unload();
  await rm(dir, { recursive: true, force: true });
});

describe('batched decode path', () => {
  it('is the path a load picks, and plain can be asked for', () => {
    expect(batched.decodePath).toBe('batched');
    expect(plain.decodePath).toBe('plain');
  });

  it('yields exactly the greedy tokens and usage of the plain path', async () => {
    for (const p of [
      text('the story of a small red car'),
      chatPrompt('hello world, tell me about the cat'),
    ]) {
      const a = await gen(batched, p, { maxTokens: 200 });
      const b = await gen(plain, p, { maxTokens: 200 });
      expect(seen(a)).toEqual(seen(b));
      expect(a.usage.completionTokens).toBeGreaterThan(0);
    }
  }, 60_000);

  it('draws the same tokens from the same seed at temperature 1, and counts them alike', async () => {
    const params = { temperature: 1, topP: 0.9, seed: 42, maxTokens: 120 };
    const a = await gen(batched, text('a long answer about the network'), params);
    const b = await gen(plain, text('a long answer about the network'), params);
    expect(seen(a)).toEqual(seen(b));
  }, 60_000);

  it('reuses the cached prefix of a repeated prompt and still answers the same', async () => {
    const p = chatPrompt('question: what is a gpu worker');
    const first = await gen(batched, p);
    const again = await gen(batched, p);
    expect(again.usage.cachedTokens).toBeGreaterThan(0);
    expect(again.usage.cachedTokens).toBe(again.usage.promptTokens - 1);
    expect(again.text).toBe(first.text);
  }, 60_000);

  it('holds back a stop string and ends with "stop", as the plain path does', async () => {
    const probe = await gen(plain, text('the story of a small red car'), { maxTokens: 40 });
    const stop = probe.text.slice(10, 14);
    expect(stop.trim().length).toBeGreaterThan(0);
    const a = await gen(batched, text('the story of a small red car'), { maxTokens: 40, stop: [stop] });
    const b = await gen(plain, text('the story of a small red car'), { maxTokens: 40, stop: [stop] });
    expect(a.text).not.toContain(stop);
    expect(seen(a)).toEqual(seen(b));
    expect(a.usage.finishReason).toBe('stop');
  }, 60_000);

  it('decodes three sequences together, each exactly as it would alone', async () => {
    const prompts = ['one small cat', 'two red cars on the road', 'a gpu worker answers'].map(text);
    const alone = [];
    for (const p of prompts) alone.push(await gen(plain, p, { maxTokens: 150 }));
    const together = await Promise.all(prompts.map((p) => gen(batched, p, { maxTokens: 150 })));
    expect(together.map(seen)).toEqual(alone.map(seen));
  }, 60_000);

  it('stops at a cancel between steps and reports it', async () => {
    const abort = new AbortController();
    let seen = 0;
    const usage = await batched.generate(
      text('cancel me'),
      { maxTokens: 500, temperature: 0, topP: 1, stop: [] },
      (_t, n) => {
        seen += n;
        if (seen >= 5) abort.abort();
      },
      abort.signal,
    );
    expect(usage.finishReason).toBe('cancelled');
    expect(usage.completionTokens).toBe(seen);
    expect(usage.completionTokens).toBeLessThan(500);
  }, 60_000);
});
