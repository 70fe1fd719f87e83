// The check's statistic: at each sampled position, the mean absolute gap between the worker's reported
// top-k log-probabilities and the reference's log-probabilities of the same tokens (nats), averaged over the
// positions. The same model file in another quantization or thread count lands near zero (the honest
// floor); another model under the same name lands far above it. A check fails when the statistic exceeds
// a threshold calibrated above the honest floor (docs/verification.md gives the measured figures).
import type { NextTokenLogprobs } from './reference-engine.js';
import type { RequestEvidence, TokenEvidence } from './evidence-port.js';

type EvidenceBasis = NonNullable<RequestEvidence['basis']>;

/** A gap larger than this (nats) counts as this: one absurd value cannot dominate the mean. */
export const GAP_CLIP = 10;

/**
 * Default threshold (nats), from the calibration on the generated model: honest floor ≤ 0.004 (q8_0 and
 * f16 against f32, 1 and 2 threads), a one-layer-smaller impostor ≥ 0.1 (perf section `verification`).
 */
export const DEFAULT_THRESHOLD = 0.03;

export interface PositionGap {
  /** Index into the generated tokens. */
  index: number;
  gap: number;
}

export interface CheckScore {
  /** Mean gap over the positions, nats. */
  distance: number;
  positions: PositionGap[];
}

/**
 * The reference's log-probabilities of the worker's reported tokens in the evidence's basis: as they are
 * over the whole vocabulary, or renormalised over exactly those tokens for the top-k basis
 * (log q_i = l_i − log Σ_j exp l_j over the reported set). A token the reference gives no finite value is
 * undefined (it counts as the clip).
 */
export function referenceIn(
  worker: TokenEvidence,
  reference: NextTokenLogprobs,
  basis: EvidenceBasis,
): Array<number | undefined> {
  const raw = worker.top.map(({ token }) => {
    const r = reference.get(token);
    return r !== undefined && Number.isFinite(r) ? r : undefined;
  });
  if (basis === 'vocabulary') return raw;
  const finite = raw.filter((r): r is number => r !== undefined);
  if (finite.length === 0) return raw;
  const max = Math.max(...finite);
  const norm = max + Math.log(finite.reduce((s, r) => s + Math.exp(r - max), 0));
  return raw.map((r) => (r === undefined ? undefined : r - norm));
}

/** The gap at one position; a position without reported alternatives counts as the clip. */
export function positionGap(
  worker: TokenEvidence,
  reference: NextTokenLogprobs,
  basis: EvidenceBasis = 'vocabulary',
): number {
  if (worker.top.length === 0) return GAP_CLIP;
  const refs = referenceIn(worker, reference, basis);
  let sum = 0;
  worker.top.forEach(({ logprob }, i) => {
    const ref = refs[i];
    const gap = ref === undefined || !Number.isFinite(logprob) ? GAP_CLIP : Math.abs(logprob - ref);
    sum += Math.min(GAP_CLIP, gap);
  });
  return sum / worker.top.length;
}

export function scoreCheck(
  evidence: readonly TokenEvidence[],
  indexes: readonly number[],
  reference: readonly NextTokenLogprobs[],
  basis: EvidenceBasis = 'vocabulary',
): CheckScore {
  const positions = indexes.map((index, i) => {
    const w = evidence[index];
    const r = reference[i];
    if (!w || !r) throw new RangeError(`no evidence or reference for position ${index}`);
    return { index, gap: positionGap(w, r, basis) };
  });
  const distance = positions.length ? positions.reduce((s, p) => s + p.gap, 0) / positions.length : 0;
  return { distance, positions };
}

/** Up to `count` distinct generated-token indexes, drawn with `random` and sorted. */
export function samplePositions(length: number, count: number, random: () => number = Math.random): number[] {
  const all = Array.from({ length }, (_, i) => i);
  for (let i = all.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [all[i], all[j]] = [all[j] as number, all[i] as number];
  }
  return all.slice(0, Math.min(count, length)).sort((a, b) => a - b);
}

/**
 * A threshold from measured distances: the geometric mean of the honest maximum (times a safety
 * factor of 3) and the closest impostor, so both sides keep a margin; null when they overlap.
 */
export function calibrateThreshold(honest: readonly number[], impostor: readonly number[]): number | null {
  const floor = Math.max(...honest) * 3;
  const nearest = Math.min(...impostor);
  if (!(floor < nearest)) return null;
  return Math.sqrt(Math.max(floor, 1e-6) * nearest);
}
