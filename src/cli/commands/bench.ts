// `silkworm bench [--json] [--model F] [--reps N] [--threads N] [--context N] [--gpu-layers N] [--save]
// [--data-dir D]`: detect the hardware, run llama-bench's pp512/tg128 in a bench child and print the
// result (one JSON line on stdout with --json; human text on stderr).
import os from 'node:os';
import path from 'node:path';
import { intFlag, parseArgs, UsageError } from '../args.js';
import { createLogger, silentLogger, stderrSink } from '../../logging/logger.js';
import { ensureTinyModel } from '../../engine/gguf/tiny-model.js';
import { defaultDataDir } from '../../daemon/paths.js';
import { appVersion } from '../../install/install-root.js';
import { BackendProber } from '../../bench/backends.js';
import { runBenchmark } from '../../bench/benchmark.js';
import { saveBenchResult } from '../../bench/bench-store.js';
import { advertisedCapacity } from '../../bench/capacity.js';
import { detectHardwareDetails } from '../../bench/hardware.js';
import { backendNames, type BackendName, type BenchSettings } from '../../bench/bench-schema.js';

/** Where generated models are cached: SILKWORM_CACHE_DIR, or the platform's per-user cache folder. */
export function defaultCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.SILKWORM_CACHE_DIR) return path.resolve(env.SILKWORM_CACHE_DIR);
  const home = os.homedir();
  switch (process.platform) {
    case 'win32':
      return path.join(env.LOCALAPPDATA ?? path.join(home, 'AppData', 'Local'), 'Silkworm', 'Cache');
    case 'darwin':
      return path.join(home, 'Library', 'Caches', 'Silkworm');
    default:
      return path.join(env.XDG_CACHE_HOME ?? path.join(home, '.cache'), 'silkworm');
  }
}

const round = (x: number): number => Number(x.toFixed(2));

export async function benchCommand(args: string[]): Promise<number> {
  const parsed = parseArgs(args, {
    values: ['model', 'reps', 'threads', 'context', 'gpu-layers', 'backend', 'data-dir'],
    booleans: ['json', 'save'],
  });
  const json = parsed.flags.get('json') === true;
  const backendFlag = parsed.flags.get('backend');
  if (backendFlag !== undefined && !backendNames.includes(backendFlag as BackendName)) {
    throw new UsageError(`--backend must be one of ${backendNames.join(', ')}`);
  }
  const settings: Partial<BenchSettings> = {};
  const reps = intFlag(parsed, 'reps', 1, 100);
  const threads = intFlag(parsed, 'threads', 1, 256);
  const context = intFlag(parsed, 'context', 256, 1 << 20);
  const gpuLayers = intFlag(parsed, 'gpu-layers', 0, 999);
  if (reps !== undefined) settings.repetitions = reps;
  if (threads !== undefined) settings.threads = threads;
  if (context !== undefined) settings.contextSize = context;
  if (gpuLayers !== undefined) settings.gpuLayers = gpuLayers;

  const log = json ? silentLogger : createLogger('bench', stderrSink);
  const say = (text: string): void => void process.stderr.write(`${text}\n`);
  const modelFlag = parsed.flags.get('model');
  const modelPath =
    typeof modelFlag === 'string'
      ? path.resolve(modelFlag)
      : await ensureTinyModel(path.join(defaultCacheDir(), 'models'), 'bench');
  const hardware = await detectHardwareDetails({ backends: new BackendProber({ log }) });
  const backend = (backendFlag as BackendName | undefined) ?? hardware.backend;
  if (!json) say(hardware.cpuOnlyReason ?? `GPU backend: ${backend}`);

  const controller = new AbortController();
  const onSigint = (): void => controller.abort();
  process.once('SIGINT', onSigint);
  try {
    const result = await runBenchmark({
      log,
      modelPath,
      backend,
      hardware,
      appVersion: appVersion(),
      settings,
      signal: controller.signal,
      onProgress: (p) => {
        if (!json)
          say(
            `${p.phase}${p.repetition > 0 ? ` ${p.repetition}/${p.repetitions}` : ''} (${Math.round(p.fraction * 100)} %)`,
          );
      },
    });
    if (parsed.flags.get('save') === true) {
      const dataDir = parsed.flags.get('data-dir');
      const file = await saveBenchResult(typeof dataDir === 'string' ? dataDir : defaultDataDir(), result);
      if (!json) say(`saved to ${file}`);
    }
    const stats = (s: { median: number; min: number; max: number }): Record<string, number> => ({
      median: round(s.median),
      min: round(s.min),
      max: round(s.max),
    });
    const capacity = advertisedCapacity(result);
    const out = {
      hardware,
      backend: result.backend,
      model: result.model.name,
      model_path: result.model.path,
      model_sha256: result.model.sha256,
      settings: result.settings,
      pp_tps: stats(result.pp),
      tg_tps: stats(result.tg),
      reference: { pp_tps: round(result.reference.ppTps), tg_tps: round(result.reference.tgTps) },
      agreement_pct: round(result.agreementPct),
      llama_cpp: result.engine
        ? { pp_tps: round(result.engine.ppTps), tg_tps: round(result.engine.tgTps) }
        : null,
      capacity: {
        max_active_requests: capacity.maxActiveRequests,
        suggested_coefficient: capacity.suggestedCoefficient,
      },
    };
    if (json) process.stdout.write(JSON.stringify(out) + '\n');
    else {
      say(
        `pp${result.settings.promptTokens}: ${out.pp_tps.median} tokens/s (min ${out.pp_tps.min}, max ${out.pp_tps.max}); reference ${out.reference.pp_tps}`,
      );
      say(
        `tg${result.settings.genTokens}: ${out.tg_tps.median} tokens/s (min ${out.tg_tps.min}, max ${out.tg_tps.max}); reference ${out.reference.tg_tps}`,
      );
      say(
        `agreement with the plain measurement: ${out.agreement_pct} %; advertises ${capacity.maxActiveRequests} requests at once, coefficient ${capacity.suggestedCoefficient}`,
      );
    }
    return 0;
  } finally {
    process.off('SIGINT', onSigint);
  }
}
