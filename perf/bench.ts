// perf section "bench": the benchmark on the generated bench model with the backend this machine has
// (pp512 / tg128 medians of 9 repetitions: steadier on a shared machine than llama-bench's 5; agreement
// with node-llama-cpp measured plainly; llama.cpp's own timers), and how long probing takes.
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { silentLogger } from '../src/logging/logger.js';
import { ensureTinyModel } from '../src/engine/gguf/tiny-model.js';
import { BackendProber } from '../src/bench/backends.js';
import { runBenchmark } from '../src/bench/benchmark.js';
import { detectHardwareDetails } from '../src/bench/hardware.js';

const round = (x: number, digits = 1): number => Number(x.toFixed(digits));

export async function benchPerf(): Promise<Record<string, number | string | null>> {
  const modelPath = await ensureTinyModel(join(tmpdir(), 'silkworm-perf-models'), 'bench');
  const probeStart = performance.now();
  const hardware = await detectHardwareDetails({ backends: new BackendProber({ log: silentLogger }) });
  const probeMs = performance.now() - probeStart;
  const result = await runBenchmark({
    log: silentLogger,
    modelPath,
    backend: hardware.backend,
    hardware,
    appVersion: 'perf',
    settings: { repetitions: 9 },
  });
  return {
    backend: result.backend,
    threads: result.settings.threads,
    pp512_tps: round(result.pp.median),
    tg128_tps: round(result.tg.median),
    pp512_ref_tps: round(result.reference.ppTps),
    tg128_ref_tps: round(result.reference.tgTps),
    agreement_pct: round(result.agreementPct, 2),
    llama_cpp_pp512_tps: result.engine ? round(result.engine.ppTps) : null,
    llama_cpp_tg128_tps: result.engine ? round(result.engine.tgTps) : null,
    detect_ms: round(probeMs, 0),
    bench_ms: round(result.durationMs, 0),
  };
}
