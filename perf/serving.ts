// perf section "serving": aggregate generated tokens/s at 1, 4 and 8 concurrent streams through the sandbox
// (SandboxHost, a real child process) serving one configuration: the generated bench model on the backend
// this machine has (every layer on a GPU), 8 sequences in one context (max_active_requests 8, each with
// its own share of the context), 1 thread, greedy, a fixed number of tokens per stream. Requests up to the
// cap decode together in one batch; on a GPU that is where the aggregate grows, on a CPU it stays flat.
// The backend and layers are what the engine reported after loading, not what was asked.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { silentLogger } from '../src/logging/logger.js';
import { ensureTinyModel, tinyPresets } from '../src/engine/gguf/tiny-model.js';
import { SandboxHost } from '../src/engine/sandbox/host.js';
import type { ServingConfig } from '../src/engine/serving-config.js';
import { median, round, sandboxRound } from './engine.js';
import { BackendProber } from '../src/bench/backends.js';
import { detectHardwareDetails } from '../src/bench/hardware.js';

const STREAMS = [1, 4, 8] as const;
const ROUNDS = 3;
const MAX_ACTIVE = 8;
const THREADS = 1; // fastest decode on the 2-vCPU test machines; the section compares streams, not threads
const CONTEXT_PER_STREAM = 512; // a short prompt and the fixed answer fit with room to spare

/**
 * `n` streams started together; the aggregate is every stream's tokens after its first over the longest
 * stream's time from its first token (the same measure as the engine section's sandbox_tg_tps at n = 1).
 */
async function concurrentRound(host: SandboxHost, model: string, n: number, round: number): Promise<number> {
  const streams = await Promise.all(
    Array.from({ length: n }, (_, i) =>
      sandboxRound(host, model, `stream ${i} of round ${round}: a long answer about the network`),
    ),
  );
  const tokens = streams.reduce((sum, s) => sum + s.tokens, 0);
  const ms = Math.max(...streams.map((s) => s.ms));
  return ms > 0 ? (tokens / ms) * 1000 : 0;
}

export async function servingPerf(): Promise<Record<string, number | string | null>> {
  const dir = await mkdtemp(join(tmpdir(), 'sw-serving-perf-'));
  const modelPath = await ensureTinyModel(join(tmpdir(), 'silkworm-perf-models'), 'bench');
  const hardware = await detectHardwareDetails({ backends: new BackendProber({ log: silentLogger }) });
  const gpu = hardware.backend !== 'cpu';
  const config: ServingConfig = {
    modelId: 'bench',
    modelPath,
    modelSha256: null,
    modelName: tinyPresets.bench.name,
    backend: hardware.backend,
    gpuLayers: gpu ? 999 : 0,
    contextSize: CONTEXT_PER_STREAM * MAX_ACTIVE,
    sequences: MAX_ACTIVE,
    threads: THREADS,
    flashAttention: gpu,
  };
  const host = SandboxHost.fromConfig(config, { log: silentLogger, workDir: join(dir, 'sandbox') });
  try {
    const info = await host.start();
    await concurrentRound(host, config.modelName, MAX_ACTIVE, -1); // warm-up: every sequence once
    const tps = new Map<number, number[]>(STREAMS.map((n) => [n, []]));
    // Each round visits the levels in another order, so drift on a shared machine hits them alike.
    for (let r = 0; r < ROUNDS; r++) {
      for (let k = 0; k < STREAMS.length; k++) {
        const n = STREAMS[(k + r) % STREAMS.length] ?? 1;
        tps.get(n)?.push(await concurrentRound(host, config.modelName, n, r));
      }
    }
    const agg = (n: number): number => round(median(tps.get(n) ?? []));
    return {
      backend: info.load.backend,
      model: info.modelName,
      device: info.load.device,
      gpu_layers: info.load.gpuLayers,
      total_layers: info.load.totalLayers,
      flash_attention: String(info.load.flashAttention),
      context_per_stream: info.load.contextSize,
      sequences: info.load.sequences,
      threads: info.load.threads,
      aggregate_tps_1: agg(1),
      aggregate_tps_4: agg(4),
      aggregate_tps_8: agg(8),
      batching_gain_8: agg(1) > 0 ? round(agg(8) / agg(1), 2) : null,
    };
  } finally {
    await host.stop();
    await rm(dir, { recursive: true, force: true });
  }
}
