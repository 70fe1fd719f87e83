// What the request's sampler could have picked at one position, judged on the reference's distribution:
// the worker's engine samples with node-llama-cpp's chain as src/engine/runtime/sampler-config.ts sets it
// (top-k 40, then top-p, then the temperature; greedy at temperature 0). A token outside that support
// cannot come from an honest sampler of the claimed model (random or invented tokens); an end of the answer
// where no end-of-generation token is in the support is a truncation. `margin` (nats, on the model's own
// log-probabilities) absorbs an honest worker's quantization and thread-count differences: calibrate it
// with the threshold on the model's own quantizations (docs/verification.md).
import { DEFAULT_TOP_K } from '../../engine/runtime/sampler-config.js';
import type { NextTokenLogprobs } from './reference-engine.js';

/** Default margin (nats): ~25× the honest floor measured on the generated model (0.004). */
export const SUPPORT_MARGIN = 0.1;

export interface SamplerView {
  temperature: number;
  topP: number;
}

export interface PositionSupport {
  /** Whether the request's sampler could pick `token` here, within the margin. */
  allows(token: number): boolean;
  /**
   * An upper bound of the log-probability that the request's sampler picks `token` here (the smallest of
   * the sets top-p can keep, so the bound holds whichever way the chain orders top-p and temperature).
   */
  logChance(token: number): number;
  /** Whether some token `isEnd` accepts is allowed here. */
  allowsAny(isEnd: (token: number) => boolean): boolean;
}

/** The `k` most likely tokens, most likely first (one pass; the vocabulary can be 150 k tokens). */
function topOf(dist: NextTokenLogprobs, k: number): Array<[number, number]> {
  const top: Array<[number, number]> = [];
  for (const [token, lp] of dist) {
    if (!Number.isFinite(lp)) continue;
    if (top.length === k) {
      if (lp <= (top[k - 1]?.[1] ?? -Infinity)) continue;
      top.pop();
    }
    let i = top.length;
    while (i > 0 && (top[i - 1]?.[1] ?? Infinity) < lp) i--;
    top.splice(i, 0, [token, lp]);
  }
  return top;
}

/** The prefix of `top` top-p keeps, with probabilities at temperature `tau` over `top`. */
function nucleus(top: ReadonlyArray<[number, number]>, tau: number, topP: number): number {
  const max = top[0]?.[1] ?? 0;
  const w = top.map(([, lp]) => Math.exp((lp - max) / tau));
  const z = w.reduce((s, x) => s + x, 0);
  let sum = 0;
  for (let i = 0; i < w.length; i++) {
    sum += (w[i] ?? 0) / z;
    if (sum >= topP) return i + 1;
  }
  return w.length;
}

export function positionSupport(
  dist: NextTokenLogprobs,
  s: SamplerView,
  margin = SUPPORT_MARGIN,
): PositionSupport {
  const greedy = s.temperature <= 0;
  const top = topOf(dist, greedy ? 1 : DEFAULT_TOP_K);
  const first = top[0]?.[1] ?? -Infinity;
  // Lenient for allows(): top-p only ever shrinks the set, so the top-k cut bounds it from below.
  const cut = (greedy ? first : (top.at(-1)?.[1] ?? -Infinity)) - margin;
  const lp = (token: number): number => dist.get(token) ?? -Infinity;
  const allows = (token: number): boolean => lp(token) >= cut;
  const sizes = greedy
    ? [1]
    : s.topP >= 1
      ? [top.length]
      : [nucleus(top, 1, s.topP), nucleus(top, s.temperature, s.topP)];
  const kept = top.slice(0, Math.max(1, Math.min(...sizes)));
  return {
    allows,
    logChance: (token) => {
      if (!allows(token)) return -Infinity;
      if (greedy) return 0;
      const l = lp(token);
      const all = kept.some(([t]) => t === token) ? kept : [...kept, [token, l] as [number, number]];
      const z = Math.log(all.reduce((sum, [, x]) => sum + Math.exp((x - first) / s.temperature), 0));
      return Math.min(0, (l - first) / s.temperature - z);
    },
    allowsAny: (isEnd) => {
      for (const [token, l] of dist) if (l >= cut && isEnd(token)) return true;
      return false;
    },
  };
}
