// The engine's evidence on the tiny model (src/engine/evidence): each counted token's top-5
// log-probabilities read from the logits llama.cpp computed for sampling. Greedy, the top-1 of every
// position is the sampled token; the values equal node-llama-cpp's own next-token probabilities for the
// same context (its evaluateWithMetadata over the whole vocabulary); sampling at temperature 1 leaves the
// tokens exactly as without evidence; usage counts do not change; the compressed form round-trips.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Token } from 'node-llama-cpp';
import { ensureTinyModel } from '../../src/engine/gguf/tiny-model.js';
import { LlamaRuntime } from '../../src/engine/runtime/llama-runtime.js';
import { decodeEvidence, encodeEvidence } from '../../src/engine/evidence/format.js';
import type {
  GenerateParams,
  GenerationUsage,
  TokenEvidenceMessage,
} from '../../src/engine/sandbox/messages.js';

let dir = '';
let modelPath = '';
let batched: LlamaRuntime;
let plain: LlamaRuntime;

interface Run {
  text: string;
  usage: GenerationUsage;
  evidence: TokenEvidenceMessage[];
}

async function gen(rt: LlamaRuntime, text: string, params: Partial<GenerateParams> = {}): Promise<Run> {
  let out = '';
  const evidence: TokenEvidenceMessage[] = [];
  const usage = await rt.generate(
    { kind: 'text', text },
    { maxTokens: 40, temperature: 0, topP: 1, stop: [], ...params },
    (t) => (out += t),
    new AbortController().signal,
    (e) => evidence.push(e),
  );
  return { text: out, usage, evidence };
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sw-evidence-'));
  modelPath = await ensureTinyModel(join(dir, 'models'));
  batched = await LlamaRuntime.create({ threads: 1, gpu: false });
  await batched.load({ modelPath, contextSize: 1024, sequences: 2 });
  plain = await LlamaRuntime.create({ threads: 1, gpu: false });
  await plain.load({ modelPath, contextSize: 1024, sequences: 1, decode: 'plain' });
}, 120_000);

afterAll(async () => {
  await batched.unload();
  await plain.unload();
  await rm(dir, { recursive: true, force: true });
});

describe('evidence on the batched path', () => {
  it('greedy: one entry per counted token, top-1 is the sampled token, sorted, 5 alternatives', async () => {
    expect(batched.decodePath).toBe('batched');
    const r = await gen(batched, 'the quick brown fox', { evidence: 'ids' });
    expect(r.evidence.length).toBe(r.usage.completionTokens);
    expect(r.usage.completionTokens).toBeGreaterThan(5);
    for (const e of r.evidence) {
      expect(e.top).toHaveLength(5);
      expect(e.top[0]?.token).toBe(e.token);
      expect(e.top[0]?.logprob).toBeCloseTo(e.logprob, 6);
      for (let i = 1; i < e.top.length; i++)
        expect(e.top[i]!.logprob).toBeLessThanOrEqual(e.top[i - 1]!.logprob + 1e-6);
      expect(e.logprob).toBeLessThanOrEqual(0);
      expect(e.text).toBeUndefined();
    }
  });

  it('the same text and usage as without evidence (greedy and seeded sampling)', async () => {
    for (const params of [
      { temperature: 0 },
      { temperature: 1, seed: 7 },
      { temperature: 0.7, topP: 0.9, seed: 3 },
    ]) {
      const off = await gen(batched, 'hello world', params);
      const on = await gen(batched, 'hello world', { ...params, evidence: 'ids' });
      expect(on.text).toBe(off.text);
      expect({ ...on.usage, cachedTokens: 0 }).toEqual({ ...off.usage, cachedTokens: 0 });
      expect(off.evidence).toEqual([]);
      expect(on.evidence.length).toBe(on.usage.completionTokens);
    }
  });

  it("values equal node-llama-cpp's own probabilities for the same context", async () => {
    const prompt = 'a small test of the';
    for (const params of [{ temperature: 0 }, { temperature: 1, seed: 11 }, { temperature: 0.5, seed: 5 }]) {
      const r = await gen(batched, prompt, { ...params, maxTokens: 12, evidence: 'text' });
      const ids = await gen(batched, prompt, { ...params, maxTokens: 12, evidence: 'ids' });
      expect(ids.evidence.map((e) => e.token)).toEqual(r.evidence.map((e) => e.token));
      // Replay the prompt plus the generated tokens on a fresh sequence and ask node-llama-cpp for the
      // whole-vocabulary distribution at each position (greedy: no truncation, temperature 1).
      const tokens = plain.tokenize({ kind: 'text', text: prompt });
      const ctxTokens = [...tokens, ...r.evidence.map((e) => e.token)];
      const reference = await referenceLogprobs(ctxTokens, tokens.length, r.evidence.length);
      r.evidence.forEach((e, i) => {
        const ref = reference[i]!;
        expect(ref.get(e.token)).toBeCloseTo(e.logprob, 3);
        for (const a of e.top) expect(ref.get(a.token)!).toBeCloseTo(a.logprob, 3);
        const best = [...ref.entries()].sort((x, y) => y[1] - x[1]).slice(0, 5);
        expect(e.top[0]!.logprob).toBeCloseTo(best[0]![1], 3);
        expect(e.top[4]!.logprob).toBeCloseTo(best[4]![1], 3);
        // The proxy's default basis: the same log-probabilities renormalised over the top 5.
        const z = Math.log(best.reduce((sum, [, lp]) => sum + Math.exp(lp), 0));
        const c = ids.evidence[i]!;
        expect(c.logprob).toBeCloseTo(ref.get(c.token)! - z, 3);
        c.top.forEach((a, j) => expect(a.logprob).toBeCloseTo(best[j]![1] - z, 3));
      });
    }
  }, 120_000);

  it('text mode gives each token its text; the compressed form round-trips within 1/1024 nats', async () => {
    const r = await gen(batched, 'one two three', { evidence: 'text' });
    expect(r.evidence.map((e) => e.text).join('')).toBe(r.text);
    const tokens = r.evidence.map(({ token, logprob, top }) => ({
      token,
      logprob,
      top: top.map((a) => ({ token: a.token, logprob: a.logprob })),
    }));
    const bytes = encodeEvidence({ k: 5, basis: 'vocabulary', tokens });
    const back = decodeEvidence(bytes);
    expect(back.basis).toBe('vocabulary');
    expect(back.tokens.map((t) => t.token)).toEqual(tokens.map((t) => t.token));
    back.tokens.forEach((t, i) => {
      expect(Math.abs(t.logprob - tokens[i]!.logprob)).toBeLessThanOrEqual(0.5 / 1024 + 1e-9);
      t.top.forEach((a, j) => expect(a.token).toBe(tokens[i]!.top[j]!.token));
    });
    expect(bytes.length / tokens.length).toBeLessThan(31);
  });
});

describe('evidence on the plain path', () => {
  it('greedy: the same tokens and values as the batched path', async () => {
    const a = await gen(batched, 'plain and batched', { evidence: 'ids' });
    const b = await gen(plain, 'plain and batched', { evidence: 'ids' });
    expect(b.evidence.map((e) => e.token)).toEqual(a.evidence.map((e) => e.token));
    b.evidence.forEach((e, i) => expect(e.logprob).toBeCloseTo(a.evidence[i]!.logprob, 3));
  });
});

/** node-llama-cpp's own log-probabilities at `count` positions after `from` (greedy: whole vocabulary). */
async function referenceLogprobs(
  tokens: number[],
  from: number,
  count: number,
): Promise<Map<number, number>[]> {
  const { getLlama } = await import('node-llama-cpp');
  const llama = await getLlama({ gpu: false, build: 'never', maxThreads: 1 });
  const model = await llama.loadModel({ modelPath });
  const context = await model.createContext({ contextSize: 1024, threads: 1 });
  const out: Map<number, number>[] = [];
  try {
    for (let i = 0; i < count; i++) {
      const seq = context.getSequence();
      const it = seq.evaluateWithMetadata(
        tokens.slice(0, from + i) as Token[],
        { probabilities: true },
        { temperature: 0 },
      );
      const first = await it.next();
      await it.return();
      if (first.done === true) throw new Error('no next token');
      out.push(new Map([...first.value.probabilities].map(([t, p]) => [t as number, Math.log(p)])));
      await seq.dispose();
    }
  } finally {
    await context.dispose();
    await model.dispose();
  }
  return out;
}
