// perf section "verification", what the worker's evidence costs (issue 18): on the generated bench model,
// in-process (LlamaRuntime on 1 thread: llama.cpp's threads are this process's), decode with the top-5
// evidence of every token (src/engine/evidence) against without, in alternating rounds (the order flips
// each round), greedy and sampled at temperature 1. overhead_pct: CPU time per decoded token
// (process.cpuUsage from the first token to the end), (median of the per-round ratios − 1) × 100 — on a
// loaded machine the wall clock swings by tens of percent between identical rounds, CPU time far less;
// overhead_pct_wall: the same from tokens/s. Also the evidence's compressed size per token (binary, and as
// the base64 it rides in) on what was generated.
import { LlamaRuntime } from '../src/engine/runtime/llama-runtime.js';
import type { GenerateParams, TokenEvidenceMessage } from '../src/engine/sandbox/messages.js';
import { encodeEvidence } from '../src/engine/evidence/format.js';
import { EVIDENCE_K } from '../src/engine/evidence/top-k-probe.js';

const ROUNDS = 8;
const TOKENS = 192;
const prompts = ['hello world, tell me about the cat', 'the story of a small red car', 'a long answer'];

interface Round {
  tokPerS: number;
  /** CPU microseconds per decoded token (user + system, every thread of the process). */
  cpuPerToken: number;
  evidence: TokenEvidenceMessage[];
}

async function round(rt: LlamaRuntime, prompt: string, params: GenerateParams): Promise<Round> {
  // The first token ends the prefill: decode is timed, and its CPU counted, from there.
  const mark = { at: 0, count: 0, cpu: process.cpuUsage() };
  const onText = (_t: string, n: number): void => {
    if (mark.at === 0) Object.assign(mark, { at: performance.now(), count: n, cpu: process.cpuUsage() });
  };
  const evidence: TokenEvidenceMessage[] = [];
  const signal = new AbortController().signal;
  const usage = await rt.generate({ kind: 'text', text: prompt }, params, onText, signal, (e) => {
    evidence.push(e);
  });
  const ms = performance.now() - mark.at;
  const cpu = process.cpuUsage(mark.cpu);
  const decoded = Math.max(1, usage.completionTokens - mark.count);
  return {
    tokPerS: (decoded * 1000) / Math.max(ms, 1e-3),
    cpuPerToken: (cpu.user + cpu.system) / decoded,
    evidence,
  };
}

export const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] ?? 0) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
};

export interface Overhead {
  cpuPct: number;
  wallPct: number;
  off: number;
  on: number;
  ev: TokenEvidenceMessage[];
}

export async function overhead(rt: LlamaRuntime, base: GenerateParams): Promise<Overhead> {
  const cpuRatios: number[] = [];
  const wallRatios: number[] = [];
  const offs: number[] = [];
  const ons: number[] = [];
  const ev: TokenEvidenceMessage[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const prompt = prompts[i % prompts.length] ?? '';
    const pair = async (evidence: boolean): Promise<Round> =>
      round(rt, prompt, evidence ? { ...base, evidence: 'ids' } : base);
    // Alternate which goes first, so a drift in machine load weighs on both sides alike.
    let off: Round;
    let on: Round;
    if (i % 2 === 0) {
      off = await pair(false);
      on = await pair(true);
    } else {
      on = await pair(true);
      off = await pair(false);
    }
    cpuRatios.push(on.cpuPerToken / off.cpuPerToken);
    wallRatios.push(off.tokPerS / on.tokPerS);
    offs.push(off.tokPerS);
    ons.push(on.tokPerS);
    ev.push(...on.evidence);
  }
  return {
    cpuPct: (median(cpuRatios) - 1) * 100,
    wallPct: (median(wallRatios) - 1) * 100,
    off: median(offs),
    on: median(ons),
    ev,
  };
}

export async function warmUp(rt: LlamaRuntime, greedy: GenerateParams): Promise<void> {
  await round(rt, 'warm up', { ...greedy, maxTokens: 16 });
}

export const evidenceBytes = (ev: TokenEvidenceMessage[]): number =>
  encodeEvidence({
    k: EVIDENCE_K,
    basis: 'top-k',
    tokens: ev.map(({ token, logprob, top }) => ({ token, logprob, top })),
  }).length;

export { ROUNDS, TOKENS };
