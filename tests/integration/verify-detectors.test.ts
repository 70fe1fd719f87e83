// The verifier's tests of one answer (src/devnet/verify/answer-check.ts) on real evidence: the sandboxed
// llama.cpp engine serving the generated model in q8_0 on 2 threads answers with its top-5 evidence, the
// verifier re-scores it on its f32 reference. Honest answers pass (streamed or whole, chat or completion,
// sampled or greedy, with and without a stop string); the same answer altered the way a cheating worker
// would — its text swapped, cut short but called finished, its tokens replaced by random ones, replayed
// for the same sampled request, longer than max_tokens — fails, and the reason names the cheat.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stripEvidence } from '../../src/engine/evidence/carriage.js';
import { SandboxHost } from '../../src/engine/sandbox/host.js';
import { createLogger } from '../../src/logging/logger.js';
import { AnswerReader } from '../../src/devnet/verify/answer-text.js';
import type { RequestEvidence } from '../../src/devnet/verify/evidence-port.js';
import { ReferenceEngine } from '../../src/devnet/verify/reference-engine.js';
import { Verifier } from '../../src/devnet/verify/verifier.js';
import { MODEL } from './engine-helpers.js';
import { writeVariants } from './verify-helpers.js';

const quiet = createLogger('verify-detectors', () => undefined, 'error');
let dir = '';
let host: SandboxHost;
let reference: ReferenceEngine;
let verifier: Verifier;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sw-detectors-'));
  const files = await writeVariants(dir);
  reference = await ReferenceEngine.open({ modelPath: files.reference, threads: 1 });
  verifier = new Verifier({ log: quiet, reference });
  host = new SandboxHost({
    log: quiet,
    modelPath: files.honest,
    modelName: MODEL,
    workDir: join(dir, 'engine'),
    threads: 2,
    contextSize: 2048,
    maxActiveRequests: 1,
  });
  await host.start();
}, 60_000);

afterAll(async () => {
  await host?.stop();
  await reference?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

interface Served {
  path: string;
  payload: Buffer;
  evidence: RequestEvidence;
}

async function serve(body: Record<string, unknown>, chat = true): Promise<Served> {
  const path = chat ? '/v1/chat/completions' : '/v1/completions';
  const prompt = chat ? { messages: [{ role: 'user', content: 'Translate to French: good morning' }] } : {};
  const payload = Buffer.from(JSON.stringify({ model: MODEL, ...prompt, ...body }));
  const res = await host.request({ path, body: payload, evidence: true }, { timeoutMs: 60_000 });
  const parts: Buffer[] = [];
  for await (const b of res.body) parts.push(b);
  const type = res.headers['Content-Type'] ?? res.headers['content-type'];
  const { body: shown, evidence } = stripEvidence(Buffer.concat(parts), type);
  if (!evidence) throw new Error('no evidence');
  const reader = new AnswerReader(type);
  reader.push(shown);
  return {
    path,
    payload,
    evidence: { tokens: evidence.tokens, basis: evidence.basis, answer: reader.finish() },
  };
}

const check = (s: Served, repeated = false) =>
  verifier.check('rescore', s.path, s.payload, s.evidence, MODEL, repeated);

describe('the checks of one answer', () => {
  it('passes honest answers: sampled and greedy, whole and streamed, chat and completion, stop strings', async () => {
    const cases = [
      await serve({ max_tokens: 24, temperature: 0.7 }),
      await serve({ max_tokens: 24, temperature: 0, stream: true }),
      await serve({ prompt: 'The weather today is', max_tokens: 16, temperature: 1, top_p: 0.9 }, false),
      await serve({ max_tokens: 40, temperature: 0.7, stop: ['e'] }),
    ];
    for (const c of cases) {
      const r = await check(c);
      expect(r?.ok, r?.reason).toBe(true);
    }
    // The stop-string answer ended early, with no end-of-generation token: explained by its stop string.
    expect(cases[3]?.evidence.tokens.length).toBeLessThan(40);
    // An honest repeat of a greedy request is not a replay (replay-memory keys only sampled requests).
    const again = await check(cases[1] as Served, true);
    expect(again?.ok, again?.reason).toBe(true);
  }, 60_000);

  it('names an invented text beside honest evidence', async () => {
    const s = await serve({ max_tokens: 16, temperature: 0.7 });
    const answer = { text: 'Bonjour ! Je suis un modèle.', finish: 'stop' };
    const r = await check({ ...s, evidence: { ...s.evidence, answer } });
    expect(r?.ok).toBe(false);
    expect(r?.reason).toMatch(/invented text/);
  }, 30_000);

  it('names an answer cut short and called finished (truncated), and one over max_tokens', async () => {
    // Greedy, so the cut lands where the reference's most likely token is not an end (at temperature 0.7
    // a generated toy model's flat distribution holds an end token in its top 40 at ~1 position in 10).
    const s = await serve({ max_tokens: 24, temperature: 0 });
    const tokens = s.evidence.tokens.slice(0, 9);
    const text = reference.textOf(
      tokens.map((t) => t.token),
      [],
    ).text;
    const r = await check({ ...s, evidence: { ...s.evidence, tokens, answer: { text, finish: 'stop' } } });
    expect(r?.ok).toBe(false);
    expect(r?.reason).toMatch(/stops at token 9 of 24 .*\(truncated\)/);
    const short = {
      ...s,
      payload: Buffer.from(s.payload.toString().replace('"max_tokens":24', '"max_tokens":20')),
    };
    const over = await check(short);
    expect(over?.reason).toMatch(/more than its max_tokens 20/);
  }, 30_000);

  it('takes a length end before max_tokens as the worker’s context, at one total per owner only', async () => {
    const long = 'Summarize: the city council met again. '.repeat(40);
    const a = await serve({ prompt: long, max_tokens: 12, temperature: 0.7 }, false);
    // Greedy, so whether the model could end where b stops is decided, not drawn (see the truncation test).
    const b = await serve({ prompt: `${long} More.`, max_tokens: 12, temperature: 0 }, false);
    const claim = (s: Served) => ({
      ...s,
      payload: Buffer.from(s.payload.toString().replace('"max_tokens":12', '"max_tokens":40')),
      evidence: { ...s.evidence, answer: { text: s.evidence.answer?.text ?? null, finish: 'length' } },
    });
    const settle = (s: Served) =>
      verifier.settle(
        { owner: '0:context', model: MODEL, evaluation: false, kind: 'rescore' },
        s.path,
        s.payload,
        Promise.resolve(s.evidence),
        12n,
      );
    const first = await settle(claim(a));
    expect(first, verifier.view('0:context').recent[0]?.reason).toBe(true); // the first such end sets the owner's context
    expect(await settle(claim(b))).toBe(false); // another total: not the same context, so cut short
    expect(verifier.view('0:context').recent[0]?.reason).toMatch(/\(truncated\)/);
  }, 60_000);

  it('names random tokens, even with coherent text and the honest top-5 beside them', async () => {
    const s = await serve({ max_tokens: 24, temperature: 0.7 });
    let seed = 3;
    const random = (): number => 4 + ((seed = (seed * 48271) % 2147483647) % 1200);
    const tokens = s.evidence.tokens.map((t) => ({ ...t, token: random() }));
    const text = reference.textOf(
      tokens.map((t) => t.token),
      [],
    ).text;
    const r = await check({ ...s, evidence: { ...s.evidence, tokens, answer: { text, finish: 'length' } } });
    expect(r?.ok).toBe(false);
    expect(r?.reason).toMatch(/outside what the request's sampler could pick \(invented or random tokens\)/);
  }, 30_000);

  it('names a replayed answer to a repeated sampled request, through the verifier’s own memory', async () => {
    const s = await serve({ max_tokens: 24, temperature: 0.7 });
    const plan = verifier.plan('0:replayer', false, MODEL);
    const settle = () =>
      verifier.settle({ ...plan, kind: null }, s.path, s.payload, Promise.resolve(s.evidence), 30n);
    // Unchecked the first time (kind null, share aside); the identical answer again is checked and caught.
    await settle();
    expect(verifier.view('0:replayer').checks).toBe(0);
    expect(await settle()).toBe(false);
    const v = verifier.view('0:replayer');
    expect(v.checks).toBe(1);
    expect(v.recent[0]?.reason).toMatch(/replayed: an honest sampler repeats them with probability/);
    expect(v.tokensWithheld).toBe(30n);
  }, 30_000);
});
