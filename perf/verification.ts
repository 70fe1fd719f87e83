// perf section "verification" (issue 18), one JSON object: what the worker's evidence costs
// (verification-overhead.ts: overhead_pct in CPU time per token, the wall figure beside it, bytes per
// token) and what the checks catch on generated models (verification-checks.ts: false_positive_rate,
// detection_rate_smaller_model, check_ms_p50; verification-cheats.ts: detection_rate_truncation,
// detection_rate_random_tokens, detection_rate_replay).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureTinyModel } from '../src/engine/gguf/tiny-model.js';
import { LlamaRuntime } from '../src/engine/runtime/llama-runtime.js';
import type { GenerateParams } from '../src/engine/sandbox/messages.js';
import { checkFigures } from './verification-checks.js';
import { evidenceBytes, overhead, ROUNDS, TOKENS, warmUp } from './verification-overhead.js';

const fixed = (x: number, digits = 2): number => Number(x.toFixed(digits));

export async function verificationPerf(): Promise<Record<string, number | string | null>> {
  const dir = await mkdtemp(join(tmpdir(), 'sw-perf-verification-'));
  const rt = await LlamaRuntime.create({ threads: 1, gpu: false });
  try {
    const modelPath = await ensureTinyModel(join(dir, 'models'), 'bench');
    await rt.load({ modelPath, contextSize: 1024, sequences: 1 });
    const greedy: GenerateParams = { maxTokens: TOKENS, temperature: 0, topP: 1, stop: [] };
    await warmUp(rt, greedy);
    const g = await overhead(rt, greedy);
    const s = await overhead(rt, { ...greedy, temperature: 1, seed: 42 });
    const bytes = evidenceBytes(g.ev);
    return {
      model: 'bench',
      decode_path: rt.decodePath,
      rounds: ROUNDS,
      tokens_per_round: TOKENS,
      overhead_pct: fixed(g.cpuPct),
      overhead_pct_sampled: fixed(s.cpuPct),
      overhead_pct_wall: fixed(g.wallPct),
      overhead_pct_wall_sampled: fixed(s.wallPct),
      decode_tok_s_without: fixed(g.off, 1),
      decode_tok_s_with: fixed(g.on, 1),
      evidence_bytes_per_token: fixed(bytes / Math.max(1, g.ev.length)),
      evidence_base64_bytes_per_token: fixed((Math.ceil(bytes / 3) * 4) / Math.max(1, g.ev.length)),
      ...(await checkFigures()),
    };
  } finally {
    await rt.unload();
    await rm(dir, { recursive: true, force: true });
  }
}
