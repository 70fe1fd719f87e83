// Workers for the verification tests: an in-process llama.cpp engine on a generated model that samples its
// answer and returns the top-5 evidence of each token (src/engine/evidence's encoding) in a response
// header, and the proxy-side tap that reads that header back and hides it from the client. The header is
// this test's carrier; the served engine's own carrier is the worker's (docs/protocol.md).
import { Readable } from 'node:stream';
import { writeGeneratedModel } from '../../src/engine/gguf/generated-model.js';
import { generatedPresets } from '../../src/engine/gguf/model-presets.js';
import type { TinyModelOptions } from '../../src/engine/gguf/llama-model.js';
import { decodeEvidence, encodeEvidence, type TokenEvidence } from '../../src/engine/evidence/format.js';
import type { InferenceBackend } from '../../src/net/query-runner.js';
import type { EvidenceTap } from '../../src/devnet/verify/evidence-port.js';
import { ReferenceEngine } from '../../src/devnet/verify/reference-engine.js';
import { Prng } from '../support/prng.js';

export const EVIDENCE_HEADER = 'X-Test-Evidence';
const tiny: TinyModelOptions = generatedPresets.tiny;

/** The claimed model (f32, the reference), the same model in q8_0 (honest) and a one-layer impostor. */
export async function writeVariants(
  dir: string,
): Promise<{ reference: string; honest: string; impostor: string }> {
  const files = {
    reference: { ...tiny },
    honest: { ...tiny, type: 'q8_0' as const },
    impostor: { ...tiny, layers: 1 },
  };
  const out = {
    reference: `${dir}/ref.gguf`,
    honest: `${dir}/honest.gguf`,
    impostor: `${dir}/impostor.gguf`,
  };
  for (const [k, o] of Object.entries(files)) await writeGeneratedModel(out[k as keyof typeof out], o);
  return out;
}

/** Samples `max_tokens` tokens at the request's temperature; the evidence is the untempered top 5. */
export async function evidenceBackend(
  modelPath: string,
  threads: number,
  seed: number,
): Promise<{
  backend: InferenceBackend;
  close: () => Promise<void>;
}> {
  const engine = await ReferenceEngine.open({ modelPath, threads });
  const prng = new Prng(seed);
  const random = (): number => prng.u32() / 2 ** 32;
  const backend: InferenceBackend = {
    request: async ({ path, body }) => {
      const json = JSON.parse(body.toString('utf8')) as { max_tokens?: number; temperature?: number };
      const tokens = engine.promptTokens(path, body);
      const evidence: TokenEvidence[] = [];
      for (let i = 0; i < (json.max_tokens ?? 8); i++) {
        const [dist] = await engine.nextTokenLogprobs(tokens, [tokens.length - 1]);
        if (!dist) throw new Error('no distribution');
        const sorted = [...dist.entries()].sort((a, b) => b[1] - a[1]);
        const t = json.temperature ?? 1;
        const weights = sorted.map(([, lp]) => Math.exp(lp / Math.max(t, 0.01)));
        let x = random() * weights.reduce((a, b) => a + b, 0);
        let k = 0;
        while (k < sorted.length - 1 && (x -= weights[k] ?? 0) > 0) k++;
        const [token, logprob] = sorted[k] ?? [0, 0];
        evidence.push({
          token,
          logprob,
          top: sorted.slice(0, 5).map(([id, lp]) => ({ token: id, logprob: lp })),
        });
        tokens.push(token);
      }
      const content = evidence.map((e) => e.token).join(' ');
      const usage = { prompt_tokens: tokens.length - evidence.length, completion_tokens: evidence.length };
      const answer = {
        object: 'chat.completion',
        choices: [{ index: 0, message: { role: 'assistant', content } }],
        usage: { ...usage, total_tokens: tokens.length },
      };
      return {
        status: 200,
        headers: {
          'Content-Type': 'application/json',
          [EVIDENCE_HEADER]: encodeEvidence({ k: 5, tokens: evidence }).toString('base64'),
        },
        body: Readable.from([Buffer.from(JSON.stringify(answer))]) as AsyncIterable<Buffer>,
      };
    },
  };
  return { backend, close: () => engine.close() };
}

/** Reads the test header back (and drops it from what the client sees). */
export const headerTap: EvidenceTap = {
  ask: (_path, payload) => payload,
  tap: (_path, _payload, response) => {
    const raw = response.headers.find(([n]) => n === EVIDENCE_HEADER)?.[1];
    const headers = response.headers.filter(([n]) => n !== EVIDENCE_HEADER);
    const evidence = raw ? decodeEvidence(Buffer.from(raw, 'base64')) : null;
    return { response: { ...response, headers }, evidence: Promise.resolve(evidence) };
  },
};
