// The benchmark for real: llama.cpp in a sandboxed bench child on the project's tiny model, with progress,
// cancel (the child is killed, by handle) and persistence.
import { mkdir, mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/logging/logger.js';
import { ensureTinyModel } from '../../src/engine/gguf/tiny-model.js';
import {
  ChildProcessLauncher,
  type SandboxLaunchSpec,
  type SandboxProcess,
} from '../../src/engine/sandbox/launcher.js';
import { benchProgressSchema, benchResultSchema, type BenchProgress } from '../../src/bench/bench-schema.js';
import { runBenchmark, type BenchmarkOptions } from '../../src/bench/benchmark.js';
import { BenchError } from '../../src/bench/bench-host.js';
import {
  benchFingerprint,
  loadBenchResult,
  needsRerun,
  saveBenchResult,
} from '../../src/bench/bench-store.js';
import { advertisedCapacity } from '../../src/bench/capacity.js';
import { BenchService } from '../../src/bench/bench-service.js';
import type { HardwareSource } from '../../src/bench/hardware.js';
import type { ServingConfig } from '../../src/engine/serving-config.js';
import { waitFor } from '../support/wait-for.js';

/** Records how each bench child ended. */
class RecordingLauncher extends ChildProcessLauncher {
  readonly exits: Array<string | null> = [];
  launched = 0;
  override launch(spec: SandboxLaunchSpec): SandboxProcess {
    const p = super.launch(spec);
    this.launched++;
    p.onExit((_code, signal) => this.exits.push(signal));
    return p;
  }
}

let dir: string;
let modelPath: string;
const hardware = { cpu: { brand: 'Test CPU', cores: 2, threads: 2 }, gpus: [] };
const base = (): BenchmarkOptions => ({
  log: silentLogger,
  modelPath,
  backend: 'cpu',
  hardware,
  appVersion: '0.1.0',
  settings: { threads: 1, contextSize: 1024, repetitions: 3 },
});

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sw-bench-'));
  modelPath = await ensureTinyModel(join(dir, 'models'), 'tiny');
});

// One 512-token prefill on this machine, as the first test measured it (the cancel test's yardstick).
let prefillMs: number | null = null;

describe('benchmark on the tiny model', () => {
  it('measures pp512 and tg128 with progress, agrees with the plain reference, and persists', async () => {
    const events: BenchProgress[] = [];
    const result = await runBenchmark({
      ...base(),
      onProgress: (p) => events.push(benchProgressSchema.parse(p)),
    });
    prefillMs = (512 / result.pp.median) * 1000;
    expect(benchResultSchema.safeParse(result).success).toBe(true);
    for (const s of [result.pp, result.tg]) {
      expect(s.min).toBeGreaterThan(0);
      expect(s.min).toBeLessThanOrEqual(s.median);
      expect(s.median).toBeLessThanOrEqual(s.max);
    }
    // Prefill in batches is faster per token than generating one token at a time.
    expect(result.pp.median).toBeGreaterThan(result.tg.median);
    expect(result.reference.ppTps).toBeGreaterThan(0);
    expect(result.reference.tgTps).toBeGreaterThan(0);
    expect(Number.isFinite(result.agreementPct)).toBe(true);
    // llama.cpp's own timers over the same decodes: prefill matches closely; generation is faster there
    // because node-llama-cpp's per-token JavaScript is outside them.
    expect(result.engine?.ppTps).toBeGreaterThan(0);
    expect(result.engine!.tgTps).toBeGreaterThan(result.tg.median * 0.9);
    expect(result.settings).toMatchObject({
      promptTokens: 512,
      genTokens: 128,
      repetitions: 3,
      gpuLayers: 0,
    });

    const phases = events.map((e) => e.phase);
    expect(phases[0]).toBe('starting');
    expect(phases.slice(1, 3)).toEqual(['loading', 'warmup']);
    expect(phases.filter((p) => p === 'pp')).toHaveLength(3);
    expect(phases.filter((p) => p === 'tg')).toHaveLength(3);
    expect(phases.at(-1)).toBe('done');
    expect(events.at(-1)?.fraction).toBe(1);
    for (let i = 1; i < events.length; i++)
      expect(events[i]!.fraction).toBeGreaterThanOrEqual(events[i - 1]!.fraction);

    const dataDir = join(dir, 'data');
    await saveBenchResult(dataDir, result);
    const loaded = await loadBenchResult(dataDir);
    expect(loaded).toEqual({ status: 'ok', result });
    const same = benchFingerprint({
      hardware,
      backend: 'cpu',
      modelSha256: result.model.sha256,
      appVersion: '0.1.0',
    });
    expect(needsRerun(result, same)).toEqual({ needed: false, reasons: [] });
    expect(needsRerun(result, { ...same, modelSha256: 'f'.repeat(64) }).reasons).toEqual(['model-changed']);

    const capacity = advertisedCapacity(result);
    expect(capacity.maxActiveRequests).toBeGreaterThanOrEqual(1);
    expect(capacity.suggestedCoefficient).toBeGreaterThan(0);
  }, 60_000);

  it('cancels: the promise rejects at once and the child is gone', async () => {
    const launcher = new RecordingLauncher();
    const controller = new AbortController();
    let cancelledAt = 0;
    const run = runBenchmark({
      ...base(),
      launcher,
      settings: { threads: 1, contextSize: 1024, repetitions: 50 },
      signal: controller.signal,
      onProgress: (p) => {
        if (p.phase === 'pp' && cancelledAt === 0) {
          cancelledAt = performance.now();
          controller.abort();
        }
      },
    });
    await expect(run).rejects.toMatchObject({ code: 'cancelled' });
    // "At once": sooner than the child could finish the prefill it was in (floor 500 ms for scheduling).
    expect(performance.now() - cancelledAt).toBeLessThan(Math.max(500, prefillMs ?? 0));
    await waitFor(() => launcher.exits.length > 0, {
      timeoutMs: 5000,
      what: 'the benchmark child to be killed',
    });
    expect(launcher.launched).toBe(1);
    expect(launcher.exits).toEqual(['SIGKILL']);
  }, 60_000);

  it('gives typed errors for a missing model, a broken model and bad settings', async () => {
    await expect(runBenchmark({ ...base(), modelPath: join(dir, 'nope.gguf') })).rejects.toMatchObject({
      code: 'model-missing',
    });
    const broken = join(dir, 'models', 'broken.gguf');
    await writeFile(broken, Buffer.concat([Buffer.from('GGUF'), Buffer.alloc(64, 7)]));
    const err = await runBenchmark({ ...base(), modelPath: broken }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BenchError);
    expect((err as BenchError).code).toBe('load-failed');
    await expect(
      runBenchmark({ ...base(), settings: { contextSize: 256, promptTokens: 512 } }),
    ).rejects.toMatchObject({ code: 'bad-settings' });
  }, 60_000);

  it('measures the serving configuration, records it, and a changed configuration or model marks it stale', async () => {
    const noGpu: HardwareSource = {
      cpu: () => Promise.resolve({ manufacturer: 'Test', brand: 'CPU', physicalCores: 2, cores: 2 }),
      graphics: () => Promise.resolve({ controllers: [] }),
      osInfo: () => Promise.resolve({ distro: 'Test OS', release: '1' }),
      mem: () => Promise.resolve({ total: 8 * 2 ** 30, available: 4 * 2 ** 30 }),
    };
    const service = new BenchService({
      log: silentLogger,
      dataDir: join(dir, 'serving'),
      appVersion: '0.1.0',
      hardwareSource: noGpu,
    });
    // Two sequences share a 2048-token context: each holds 1024, enough for pp512.
    const serving: ServingConfig = {
      modelId: 'tiny',
      modelPath,
      modelSha256: null,
      modelName: 'silkworm-tiny',
      backend: 'cpu',
      gpuLayers: 0,
      contextSize: 2048,
      sequences: 2,
      threads: 1,
      flashAttention: false,
    };
    expect((await service.status({ serving })).reasons).toEqual(['never-run']);
    const result = await service.run({ serving, settings: { repetitions: 2, contextSize: 999_999 } });
    expect(benchResultSchema.safeParse(result).success).toBe(true);
    // The load fields come from the serving configuration, whatever the overrides say.
    expect(result.config).toEqual({
      modelId: 'tiny',
      modelName: 'silkworm-tiny',
      backend: 'cpu',
      gpuLayers: 0,
      totalLayers: expect.any(Number) as number,
      contextSize: 2048,
      sequences: 2,
      threads: 1,
      flashAttention: false,
    });
    expect(result.config!.totalLayers).toBeGreaterThan(0);
    expect(result.settings).toMatchObject({
      contextSize: 2048,
      sequences: 2,
      threads: 1,
      promptTokens: 512,
      repetitions: 2,
    });
    expect(result.fingerprint.config).toEqual({
      gpuLayers: 0,
      contextSize: 2048,
      sequences: 2,
      threads: 1,
      flashAttention: false,
    });
    expect(result.tg.median).toBeGreaterThan(0);
    expect(await service.saved()).toEqual(result);

    expect(await service.status({ serving })).toMatchObject({ needed: false, reasons: [] });
    expect((await service.status({ serving: { ...serving, sequences: 4 } })).reasons).toEqual([
      'config-changed',
    ]);
    expect((await service.status({ serving: { ...serving, contextSize: 4096 } })).reasons).toEqual([
      'config-changed',
    ]);
    expect((await service.status({ serving: { ...serving, threads: 2 } })).reasons).toEqual([
      'config-changed',
    ]);
    expect((await service.status({ serving: { ...serving, modelSha256: 'e'.repeat(64) } })).reasons).toEqual([
      'model-changed',
    ]);
    // A small per-sequence room shrinks the prompt test to what one sequence holds, as serving would.
    const small = await runBenchmark({
      ...base(),
      settings: { threads: 1, contextSize: 1024, sequences: 4, repetitions: 1 },
    });
    expect(small.settings).toMatchObject({ contextSize: 1024, sequences: 4, promptTokens: 255 });
  }, 120_000);

  it('keeps a corrupt saved result aside and reads it as absent', async () => {
    const dataDir = join(dir, 'corrupt');
    await mkdir(dataDir, { recursive: true });
    await writeFile(join(dataDir, 'bench.json'), '{"version":1,"at":');
    const loaded = await loadBenchResult(dataDir, () => 42);
    expect(loaded.status).toBe('corrupt');
    expect(await readdir(dataDir)).toContain('bench.json.corrupt-42');
    expect((await loadBenchResult(dataDir)).status).toBe('absent');
  });
});
