// Reads the top-k log-probabilities of each generated token from the logits llama.cpp already computed
// for sampling (no second forward pass), on the batched decode path. node-llama-cpp 3.21.1's sampleToken
// answers, besides the token, the probabilities of what its sampler chain left (softmax of the chain's
// logits) and the sampled token's probability among them; two calls on the same batch position give the
// model's own log-probabilities:
//
// - greedy (temperature 0): the request's sampler answers its token with its probability over the whole
//   vocabulary (the greedy chain keeps every candidate), and a top-k probe (top-k 5, temperature 1) the
//   five most likely with probabilities renormalised among them: logprob_i = log q_i − log q_0 + log p_0;
// - sampling (temperature T): the request's sampler answers what its chain left (top-k 40, top-p), whose
//   logits are divided by T, so log q_i − log q_0 = (l_i − l_0) / T; a greedy probe answers p_0 over the
//   whole vocabulary: logprob_i = T (log q_i − log q_0) + log p_0 (the top-k probe runs only when top-p
//   left fewer than k).
//
// Both calls run together on the thread pool; the decoder runs the next decode only after both answered.
import type { NativeContext, NativeSampler } from '../runtime/native-context.js';
import type { EvidenceBasis, TokenEvidence, TokenLogprob } from './format.js';

/** How many alternatives each token's evidence holds. */
export const EVIDENCE_K = 5;
/** The lowest log-probability carried (IPC is JSON: −Infinity would not survive it). */
export const FLOOR_LOGPROB = -2048;

const probeConfig = (temperature: number, topK: number) => ({
  temperature,
  minP: 0,
  topK,
  topP: 1,
  seed: 0,
  repeatPenaltyMaxTokens: 64,
  dryRepeatPenaltyBase: 1.75,
  dryRepeatPenaltyAllowedLength: 2,
  dryRepeatPenaltyLastTokens: -1,
  dryRepeatPenaltySequenceBreakers: [],
});

export interface TopKProbe {
  /** Samples with the request's sampler and records the evidence of the token it picked. */
  sample(sampler: NativeSampler, batchLogitIndex: number): Promise<number>;
  /** The evidence of the token sampled last (null before the first). */
  last(): TokenEvidence | null;
  dispose(): void;
}

const clamp = (lp: number): number => (lp > 0 ? 0 : Math.max(FLOOR_LOGPROB, lp));

/** Pairs (token, probability) as node-llama-cpp flattens them, most likely first. */
function pairs(flat: number[] | undefined): TokenLogprob[] {
  const out: TokenLogprob[] = [];
  if (!flat) return out;
  for (let i = 0; i + 1 < flat.length; i += 2) out.push({ token: flat[i] ?? -1, logprob: flat[i + 1] ?? 0 });
  return out;
}

/** Log-probabilities from probabilities renormalised over a kept set, scaled back by `scale` (T). */
function rescale(kept: TokenLogprob[], logP0: number, scale: number, n: number): TokenLogprob[] {
  const q0 = Math.log(kept[0]?.logprob ?? 1);
  return kept
    .slice(0, n)
    .map((a) => ({ token: a.token, logprob: clamp(scale * (Math.log(a.logprob) - q0) + logP0) }));
}

/**
 * `basis` 'vocabulary': log-probabilities over the whole vocabulary (node-llama-cpp sorts the whole
 * vocabulary to answer the probability it needs for that: what a client's OpenAI logprobs cost);
 * 'top-k': over the top-k set (log q_i, cheap: the sets involved are already sorted and small).
 */
export function topKProbe(native: NativeContext, temperature: number, basis: EvidenceBasis): TopKProbe {
  if (basis === 'top-k') return conditionalProbe(native, temperature);
  const topK = native.createSampler();
  topK.applyConfig(probeConfig(1, EVIDENCE_K));
  const greedy = temperature > 0 ? native.createSampler() : null;
  greedy?.applyConfig(probeConfig(0, 0));
  let last: TokenEvidence | null = null;

  const topOf = async (i: number, logP0: number): Promise<TokenLogprob[]> => {
    const [, flat] = await native.sampleDetailed(i, topK, true, false);
    return rescale(pairs(flat), logP0, 1, EVIDENCE_K);
  };

  async function sampleGreedy(sampler: NativeSampler, i: number): Promise<number> {
    const [main, alt] = await Promise.all([
      native.sampleDetailed(i, sampler, false, true),
      native.sampleDetailed(i, topK, true, false),
    ]);
    const [token, , p0] = main;
    const logP0 = clamp(Math.log(p0 ?? 0));
    const top = rescale(pairs(alt[1]), logP0, 1, EVIDENCE_K);
    last = { token, logprob: logP0, top };
    return token;
  }

  async function sampleAt(sampler: NativeSampler, g: NativeSampler, i: number): Promise<number> {
    const [main, norm] = await Promise.all([
      native.sampleDetailed(i, sampler, true, false),
      native.sampleDetailed(i, g, false, true),
    ]);
    const [token, flat] = main;
    const logP0 = clamp(Math.log(norm[2] ?? 0));
    const kept = rescale(pairs(flat), logP0, temperature, Number.MAX_SAFE_INTEGER);
    const own = kept.find((a) => a.token === token);
    const top = kept.length >= EVIDENCE_K ? kept.slice(0, EVIDENCE_K) : await topOf(i, logP0);
    last = {
      token,
      logprob: own?.logprob ?? top.find((a) => a.token === token)?.logprob ?? FLOOR_LOGPROB,
      top,
    };
    return token;
  }

  return {
    sample: (sampler, i) => (greedy ? sampleAt(sampler, greedy, i) : sampleGreedy(sampler, i)),
    last: () => last,
    dispose: () => {
      topK.dispose();
      greedy?.dispose();
    },
  };
}

/** Whole-vocabulary evidence renormalised over its top k (the plain path's answer on the top-k basis). */
export function onTopKBasis(e: TokenEvidence): TokenEvidence {
  const z = logSumExp(e.top.map((a) => a.logprob));
  const top = e.top.map((a) => ({ token: a.token, logprob: clamp(a.logprob - z) }));
  return { token: e.token, logprob: clamp(e.logprob - z), top };
}

/** log Σ exp over the values. */
function logSumExp(values: number[]): number {
  const max = Math.max(...values);
  return max + Math.log(values.reduce((sum, v) => sum + Math.exp(v - max), 0));
}

/**
 * The top-k basis: greedy, the top-k probe alone (its most likely token is the greedy token);
 * sampling, the request's sampler answers its kept set (already sorted), from which the top k and the
 * sampled token are renormalised over the top k.
 */
function conditionalProbe(native: NativeContext, temperature: number): TopKProbe {
  const topK = native.createSampler();
  topK.applyConfig(probeConfig(1, EVIDENCE_K));
  let last: TokenEvidence | null = null;
  const over = (relative: TokenLogprob[], token: number, seen = relative): TokenEvidence => {
    const top = relative.slice(0, EVIDENCE_K);
    const z = logSumExp(top.map((a) => a.logprob));
    const own = seen.find((a) => a.token === token);
    return {
      token,
      logprob: own ? clamp(own.logprob - z) : FLOOR_LOGPROB,
      top: top.map((a) => ({ token: a.token, logprob: clamp(a.logprob - z) })),
    };
  };
  const relativeTopK = async (i: number): Promise<TokenLogprob[]> => {
    const [, flat] = await native.sampleDetailed(i, topK, true, false);
    return rescale(pairs(flat), 0, 1, EVIDENCE_K);
  };
  return {
    sample: async (sampler, i) => {
      if (temperature === 0) {
        // Greedy picks the most likely token: the first of the top-k probe's answer. One native call gives
        // the token and its evidence (the greedy chain has no penalties and keeps no state to feed).
        const relative = await relativeTopK(i);
        const token = relative[0]?.token ?? (await native.sampleToken(i, sampler));
        last = over(relative, token);
        return token;
      }
      const [token, flat] = await native.sampleDetailed(i, sampler, true, false);
      // The kept set's logits were divided by T: T (log q_i − log q_0) = l_i − l_0.
      const kept = rescale(pairs(flat), 0, temperature, Number.MAX_SAFE_INTEGER);
      last = over(kept.length >= EVIDENCE_K ? kept : await relativeTopK(i), token, kept);
      return token;
    },
    last: () => last,
    dispose: () => topK.dispose(),
  };
}
