// perf section "throttle": the levels on the sandboxed engine and the generated bench model. For each
// serving level, a long greedy stream starts at Full and the level is applied after its first piece
// through the node's Throttle (what a schedule edge or "Quiet for 2 h" does): apply_ms runs from the
// change to the child's answer that it runs under the new cap. Later in the same stream the engine reports
// how its cap holds (busy ÷ elapsed between decode steps); cap_error_pct is the largest miss from the
// target, in percent. inflight_dropped counts streams that did not finish whole (0 means none was cut).
// pace_share_quiet is the outside view, load-sensitive: Quiet's decode pace ÷ (its cap × Full's pace).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { silentLogger } from '../src/logging/logger.js';
import { ensureTinyModel, tinyPresets } from '../src/engine/gguf/tiny-model.js';
import { SandboxHost } from '../src/engine/sandbox/host.js';
import type { DutyWindow } from '../src/engine/sandbox/child-link.js';
import { defaultLevels } from '../src/availability/levels-schema.js';
import { applyLevel, type AppliedLevel } from '../src/availability/levels.js';
import { Throttle } from '../src/node/throttle.js';

const THREADS = 1;
const ROUNDS = 2;
const TOKENS = 1200;

const round = (n: number, d = 1): number => Number(n.toFixed(d));
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] ?? 0) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
};

interface Run {
  whole: boolean;
  /** Decode pace (tokens/s) between the first and the last piece. */
  pace: number;
  window: DutyWindow | null;
}

/** One stream; `atPiece` runs after the given pieces arrive (mid-stream actions). */
async function stream(host: SandboxHost, model: string, atPiece: Map<number, () => void>): Promise<Run> {
  const body = { model, prompt: 'tell me a long story', max_tokens: TOKENS, temperature: 0, stream: true };
  const res = await host.request({ path: '/v1/completions', body: Buffer.from(JSON.stringify(body)) });
  let pieces = 0;
  let first = 0;
  let last = 0;
  let raw = '';
  for await (const chunk of res.body) {
    raw += chunk.toString();
    last = performance.now();
    if (pieces++ === 0) first = last;
    atPiece.get(pieces)?.();
  }
  return {
    whole: raw.includes('data: [DONE]'),
    pace: TOKENS / Math.max(1e-3, (last - first) / 1000),
    window: null,
  };
}

export async function throttlePerf(): Promise<Record<string, number>> {
  const dir = await mkdtemp(join(tmpdir(), 'sw-throttle-perf-'));
  const modelPath = await ensureTinyModel(join(tmpdir(), 'silkworm-perf-models'), 'bench');
  const model = tinyPresets.bench.name;
  const caps = { maxConcurrency: 2, vramShare: 0.85 };
  const levels = defaultLevels(caps);
  const serving = levels.filter((l) => l.maxConcurrency > 0).map((l) => applyLevel({ levels, ...caps }, l));
  const host = new SandboxHost({
    log: silentLogger,
    modelPath,
    modelName: model,
    workDir: join(dir, 'sandbox'),
    threads: THREADS,
    contextSize: 2048,
    maxActiveRequests: 2,
  });
  const applyMs: number[] = [];
  const throttle = new Throttle({
    engine: host,
    network: () => null,
    baseCoefficient: () => 1000,
    log: silentLogger,
    onApplied: ({ ms }) => applyMs.push(ms),
  });
  const full = serving[0] as AppliedLevel;
  try {
    await host.start();
    await stream(host, model, new Map()); // warm-up
    let dropped = 0;
    let capError = 0;
    const fullPace: number[] = [];
    const quietPace: number[] = [];
    for (let r = 0; r < ROUNDS; r++) {
      for (const level of serving) {
        await throttle.apply(full);
        const asked: { window?: Promise<DutyWindow | null> } = {};
        const actions = new Map<number, () => void>([
          [2, () => void throttle.apply(level)],
          // Asking with the level's own cap again changes nothing and reports how it holds.
          [
            30,
            () => (asked.window = host.throttle({ admit: level.maxConcurrency, dutyShare: level.dutyCap })),
          ],
        ]);
        const run = await stream(host, model, actions);
        const window = await (asked.window ?? Promise.resolve(null));
        if (!run.whole) dropped++;
        if (level.id === 'full') fullPace.push(run.pace);
        if (level.id === 'quiet') quietPace.push(run.pace);
        if (window && level.dutyCap < 1 && window.elapsedMs > 0) {
          const held = window.busyMs / window.elapsedMs / level.dutyCap;
          capError = Math.max(capError, Math.abs(held - 1) * 100);
        }
      }
    }
    const quiet = serving.find((l) => l.id === 'quiet');
    return {
      levels: levels.length,
      apply_ms_p50: round(median(applyMs), 2),
      apply_ms_max: round(Math.max(...applyMs), 2),
      cap_error_pct: round(capError, 1),
      inflight_dropped: dropped,
      pace_share_quiet: quiet ? round(median(quietPace) / (quiet.dutyCap * median(fullPace)), 2) : 0,
    };
  } finally {
    await host.stop();
    await rm(dir, { recursive: true, force: true });
  }
}
