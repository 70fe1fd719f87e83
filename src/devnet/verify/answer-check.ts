// One check of one answer against the reference (docs/verification.md): a single teacher-forced pass over
// the prompt and the worker's tokens answers every question at once —
// - the text the client got is the text of the evidence's tokens (else: invented text);
// - no more tokens than max_tokens, and an answer that ends early ends where the model could end: an
//   end-of-generation token the request's sampler could pick, a requested stop string, or the worker's
//   context (a 'length' end at prompt + answer ≥ 256 tokens, the same total for the owner each time, since
//   the verifier cannot know a worker's context; else: truncated);
// - at ~10 sampled positions the worker's top-k log-probabilities match the reference's (distance.ts) and
//   the chosen token is one the request's sampler could pick (sampler-support.ts; else: random tokens);
// - a sampled request answered with the same tokens as before (replay-memory.ts) is one an honest
//   sampler repeats only with the probability of those tokens, bounded on up to 64 positions (else:
//   replayed).
// Every failed test is named in the reason, most telling first.
import type { RequestEvidence } from './evidence-port.js';
import type { ReferenceEngine } from './reference-engine.js';
import { samplePositions, scoreCheck } from './distance.js';
import { positionSupport, SUPPORT_MARGIN } from './sampler-support.js';

export type Reference = Pick<
  ReferenceEngine,
  'request' | 'textOf' | 'isEog' | 'nextTokenLogprobs' | 'contextSize'
>;

export interface CheckInput {
  reference: Reference;
  path: string;
  payload: Buffer;
  evidence: RequestEvidence;
  positions: number;
  threshold: number;
  margin?: number;
  random: () => number;
  /** The same sampled request got exactly these tokens from this owner before. */
  repeated?: boolean;
  /** The context (prompt + answer tokens) this owner's answers ended at before, if any did. */
  context?: number | null;
}

export interface CheckOutcome {
  ok: boolean;
  reason: string;
  distance: number | null;
  /** Set when the answer ended at the worker's context: prompt + answer tokens. */
  context?: number;
}

/** Below this honest chance of a repeat, a repeated answer is a replay. */
export const REPLAY_CHANCE = 1e-6;
const REPLAY_POSITIONS = 64;
/** The smallest context per sequence an engine serves (src/engine/sandbox/serving-options.ts). */
const MIN_CONTEXT = 256;

const range = (n: number): number[] => Array.from({ length: n }, (_, i) => i);

/** The outcome, or null when the request cannot be checked here (unreadable, longer than the reference). */
export async function checkAnswer(i: CheckInput): Promise<CheckOutcome | null> {
  const { reference, evidence } = i;
  let req: ReturnType<Reference['request']>;
  try {
    req = reference.request(i.path, i.payload);
  } catch {
    return null;
  }
  const tokens = evidence.tokens.map((t) => t.token);
  const n = tokens.length;
  const all = [...req.prompt, ...tokens];
  if (all.length > reference.contextSize || req.prompt.length === 0) return null;
  const max = req.params.maxTokens;
  const failures: string[] = [];
  if (max !== null && n > max) failures.push(`the answer has ${n} tokens, more than its max_tokens ${max}`);
  const shown = reference.textOf(tokens, req.params.stop);
  const seen = evidence.answer?.text;
  if (typeof seen === 'string' && seen !== shown.text)
    failures.push("the answer's text is not the text of its tokens (invented text)");

  const sampled = samplePositions(n, i.positions, i.random);
  const replay = i.repeated ? range(Math.min(n, REPLAY_POSITIONS)) : [];
  // A 'length' end before max_tokens is the worker's context running out, if it can be (see the header).
  const atContext =
    evidence.answer?.finish === 'length' &&
    all.length >= MIN_CONTEXT &&
    (i.context == null || i.context === all.length);
  const endsEarly = (max === null || n < max) && !shown.stopped && !atContext;
  const wanted = [...new Set([...sampled, ...replay, ...(endsEarly ? [n] : [])])].sort((a, b) => a - b);
  // The distribution before generated token j is the one after prompt + tokens[0..j-1].
  const dists = await reference.nextTokenLogprobs(
    all,
    wanted.map((j) => req.prompt.length + j - 1),
  );
  const at = new Map(wanted.map((j, k) => [j, dists[k]] as const));
  const distOf = (j: number) => {
    const d = at.get(j);
    if (!d) throw new RangeError(`no reference distribution for position ${j}`);
    return d;
  };
  const sampler = { temperature: req.params.temperature, topP: req.params.topP };
  // Each position's support once (a scan of the vocabulary), though the replay and random-token tests share them.
  const supports = new Map<number, ReturnType<typeof positionSupport>>();
  const support = (j: number) => {
    let s = supports.get(j);
    if (!s) supports.set(j, (s = positionSupport(distOf(j), sampler, i.margin ?? SUPPORT_MARGIN)));
    return s;
  };

  if (i.repeated && replay.length > 0) {
    const logChance = replay.reduce((s, j) => s + support(j).logChance(tokens[j] ?? -1), 0);
    if (logChance < Math.log(REPLAY_CHANCE))
      failures.push(
        `the same tokens as an earlier answer to the same request (replayed: an honest sampler repeats them with probability ${Math.exp(logChance).toExponential(1)})`,
      );
  }
  if (endsEarly && !support(n).allowsAny((t) => reference.isEog(t)))
    failures.push(
      `the answer stops at token ${n} of ${max ?? 'its context'} where the model would not end (truncated)`,
    );
  const off = sampled.filter((j) => !support(j).allows(tokens[j] ?? -1)).length;
  if (off > 0)
    failures.push(
      `${off} of ${sampled.length} checked tokens are outside what the request's sampler could pick (invented or random tokens)`,
    );
  const score = scoreCheck(evidence.tokens, sampled, sampled.map(distOf), evidence.basis ?? 'vocabulary');
  const d = score.distance.toFixed(3);
  if (score.distance > i.threshold)
    failures.push(
      `log-probabilities differ from the reference model's: ${d} > ${i.threshold} nats at ${sampled.length} positions (another model or a modified one)`,
    );
  if (failures.length > 0) return { ok: false, reason: failures.join('; '), distance: score.distance };
  return {
    ok: true,
    ...(atContext && (max === null || n < max) ? { context: all.length } : {}),
    reason: `distribution matches the reference (${d} ≤ ${i.threshold} nats at ${sampled.length} positions)`,
    distance: score.distance,
  };
}
