// perf section "verification" (issue 18): what the worker's evidence costs. On the generated bench model,
// in-process, one thread: decode tokens/s with the top-5 evidence of every token (src/engine/evidence)
// against without, in alternating rounds (the order flips each round), greedy and sampled at temperature
// 1; decode_overhead_pct = (1 − median of the per-round ratios) × 100, goal ≤ 3. Also the evidence's
// compressed size per token (binary, and as the base64 it rides in) measured on what was generated, and
// the checks' figures on generated models (verification-checks.ts).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureTinyModel } from '../src/engine/gguf/tiny-model.js';
import { LlamaRuntime } from '../src/engine/runtime/llama-runtime.js';
import type { GenerateParams, TokenEvidenceMessage } from '../src/engine/sandbox/messages.js';
import { encodeEvidence } from '../src/engine/evidence/format.js';
import { EVIDENCE_K } from '../src/engine/evidence/top-k-probe.js';
import { checkFigures } from './verification-checks.js';

const ROUNDS = 8;
const TOKENS = 192;
const prompts = ['hello world, tell me about the cat', 'the story of a small red car', 'a long answer'];

interface Round {
  tokPerS: number;
  evidence: TokenEvidenceMessage[];
}

async function round(rt: LlamaRuntime, prompt: string, params: GenerateParams): Promise<Round> {
  let first = 0;
  let firstCount = 0;
  const evidence: TokenEvidenceMessage[] = [];
  const usage = await rt.generate(
    { kind: 'text', text: prompt },
    params,
    (_t, n) => {
      if (first === 0) {
        first = performance.now();
        firstCount = n;
      }
    },
    new AbortController().signal,
    (e) => evidence.push(e),
  );
  const ms = performance.now() - first;
  return { tokPerS: ((usage.completionTokens - firstCount) * 1000) / Math.max(ms, 1e-3), evidence };
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] ?? 0) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
};

async function overhead(
  rt: LlamaRuntime,
  base: GenerateParams,
): Promise<{ pct: number; off: number; on: number; ev: TokenEvidenceMessage[] }> {
  const ratios: number[] = [];
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
    ratios.push(on.tokPerS / off.tokPerS);
    offs.push(off.tokPerS);
    ons.push(on.tokPerS);
    ev.push(...on.evidence);
  }
  return { pct: (1 - median(ratios)) * 100, off: median(offs), on: median(ons), ev };
}

export async function verificationPerf(): Promise<Record<string, number | string | null>> {
  const dir = await mkdtemp(join(tmpdir(), 'sw-perf-verification-'));
  const rt = await LlamaRuntime.create({ threads: 1, gpu: false });
  try {
    const modelPath = await ensureTinyModel(join(dir, 'models'), 'bench');
    await rt.load({ modelPath, contextSize: 1024, sequences: 1 });
    const greedy: GenerateParams = { maxTokens: TOKENS, temperature: 0, topP: 1, stop: [] };
    await round(rt, 'warm up', { ...greedy, maxTokens: 16 });
    const g = await overhead(rt, greedy);
    const s = await overhead(rt, { ...greedy, temperature: 1, seed: 42 });
    const bytes = encodeEvidence({
      k: EVIDENCE_K,
      basis: 'top-k',
      tokens: g.ev.map(({ token, logprob, top }) => ({ token, logprob, top })),
    });
    return {
      model: 'bench',
      decode_path: rt.decodePath,
      rounds: ROUNDS,
      tokens_per_round: TOKENS,
      decode_overhead_pct: Number(g.pct.toFixed(2)),
      decode_tok_s_without: Number(g.off.toFixed(1)),
      decode_tok_s_with: Number(g.on.toFixed(1)),
      decode_overhead_pct_sampled: Number(s.pct.toFixed(2)),
      evidence_bytes_per_token: Number((bytes.length / Math.max(1, g.ev.length)).toFixed(2)),
      evidence_base64_bytes_per_token: Number(
        ((Math.ceil(bytes.length / 3) * 4) / Math.max(1, g.ev.length)).toFixed(2),
      ),
      // The checks (honest floor, impostor distance, checks to demote): perf/verification-checks.ts.
      ...(await checkFigures()),
    };
  } finally {
    await rt.unload();
    await rm(dir, { recursive: true, force: true });
  }
}
