// The plain decode path's evidence (node-llama-cpp's evaluateWithMetadata, the fallback when the batched
// path's internals differ): the probabilities node-llama-cpp answers after its sampler chain. Greedy, that
// is the whole vocabulary and these are the model's own log-probabilities; sampling, they are those of
// the chain (top-k 40, top-p, temperature), which is what this fallback can see (docs/protocol.md §8.4).
import type { LlamaContextSequence, Token } from 'node-llama-cpp';
import type { TokenSource } from '../runtime/generation-loop.js';
import type { GenerateParams } from '../sandbox/messages.js';
import type { TokenEvidence } from './format.js';
import { EVIDENCE_K, FLOOR_LOGPROB } from './top-k-probe.js';

export function plainEvidenceSource(
  sequence: LlamaContextSequence,
  input: number[],
  params: GenerateParams,
  record: (e: TokenEvidence) => void,
): TokenSource {
  const options = {
    temperature: params.temperature,
    topP: params.topP,
    ...(params.seed === undefined ? {} : { seed: params.seed }),
  };
  const meta = { probabilities: true, confidence: true } as const;
  const it = sequence.evaluateWithMetadata(input as Token[], meta, options)[Symbol.asyncIterator]();
  const lp = (p: number | undefined): number => Math.max(FLOOR_LOGPROB, Math.log(p ?? 0));
  return {
    next: async () => {
      const r = await it.next();
      if (r.done === true) return null;
      const { token, probabilities, confidence } = r.value;
      const top = [...probabilities.entries()]
        .sort((a, b) => b[1] - a[1])
        .slice(0, EVIDENCE_K)
        .map(([t, p]) => ({ token: t, logprob: lp(p) }));
      record({ token, logprob: lp(confidence), top });
      return token;
    },
    close: async () => {
      await it.return?.();
    },
  };
}
