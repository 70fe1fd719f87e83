// One request's evidence as the runtime gathers it: the probe that samples on the batched path (or the
// plain path's own probabilities), matched to every completion token the generation loop counts, in
// order, with each token's text when a client asked for OpenAI logprobs.
import type { Detokenizer } from '../runtime/text-stream.js';
import type { NativeContext, NativeSampler } from '../runtime/native-context.js';
import type { GenerateParams, TokenEvidenceMessage } from '../sandbox/messages.js';
import type { TokenEvidence } from './format.js';
import { onTopKBasis, topKProbe, type TopKProbe } from './top-k-probe.js';

export interface EvidenceTrack {
  /** batchedSource's probe: samples with the request's sampler and records the top-k. */
  readonly probe: ((sampler: NativeSampler) => (batchLogitIndex: number) => Promise<number>) | undefined;
  /** The plain path hands in what node-llama-cpp answered for the token it yields next. */
  readonly record: (e: TokenEvidence) => void;
  /** The generation loop counted `token`: its evidence goes out. */
  readonly counted: (token: number) => void;
  close(): void;
}

export function evidenceTrack(o: {
  native: NativeContext | null;
  params: GenerateParams;
  model: Detokenizer;
  emit: (e: TokenEvidenceMessage) => void;
}): EvidenceTrack | null {
  const mode = o.params.evidence;
  if (mode === undefined) return null;
  const probe: TopKProbe | null = o.native
    ? topKProbe(o.native, o.params.temperature, mode === 'text' ? 'vocabulary' : 'top-k')
    : null;
  let recorded: TokenEvidence | null = null;
  const text = (token: number): string => o.model.detokenize([token], false);
  return {
    probe: probe ? (sampler) => (i) => probe.sample(sampler, i) : undefined,
    record: (e) => void (recorded = mode === 'text' ? e : onTopKBasis(e)),
    counted: (token) => {
      const e = probe ? probe.last() : recorded;
      // A token the loop counted always came from the step that recorded it.
      if (!e || e.token !== token) throw new Error('the evidence does not match the counted token');
      if (mode === 'ids') return o.emit({ token, logprob: e.logprob, top: e.top });
      o.emit({
        token,
        logprob: e.logprob,
        text: text(token),
        top: e.top.map((a) => ({ ...a, text: text(a.token) })),
      });
    },
    close: () => probe?.dispose(),
  };
}
