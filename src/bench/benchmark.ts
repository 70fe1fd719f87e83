// The benchmark as the owner runs it: llama-bench's pp512 / tg128 on the selected model with the planned
// GPU layers and context, in a bench child, with progress, cancel and a fingerprint of what it measured.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { basename } from 'node:path';
import type { Logger } from '../logging/logger.js';
import type { SandboxLauncher } from '../engine/sandbox/launcher.js';
import {
  benchSettingsSchema,
  type BackendName,
  type BenchProgress,
  type BenchResult,
  type BenchSettings,
  type HardwareDetails,
} from './bench-schema.js';
import { BenchError, runBenchJob, type BenchChildPaths } from './bench-host.js';
import { benchFingerprint } from './bench-store.js';
import type { BenchMeasurement } from './child-messages.js';

/**
 * llama.cpp's own default is the number of physical cores; with SMT that is about half the logical CPUs.
 * (On the 2-vCPU test VMs 1 thread decodes fastest: docs/engine.md, "Threads and speed on small machines".)
 */
export function defaultThreads(): number {
  return Math.max(1, Math.floor(availableParallelism() / 2));
}

/**
 * llama-bench's defaults (-p 512 -n 128 -r 5) with the serving batch size; every layer on a GPU. When a
 * sequence of the context (contextSize / sequences) is smaller than pp512 and the prompt size was not asked
 * for, the prompt shrinks to what one sequence holds: the benchmark measures the context serving loads.
 */
export function defaultBenchSettings(
  backend: BackendName,
  overrides: Partial<BenchSettings> = {},
): BenchSettings {
  const merged = {
    gpuLayers: backend === 'cpu' ? 0 : 999,
    contextSize: 2048,
    sequences: 1,
    threads: defaultThreads(),
    batchSize: 512,
    flashAttention: false,
    promptTokens: 512,
    genTokens: 128,
    repetitions: 5,
    ...overrides,
  };
  const parsed = benchSettingsSchema.safeParse(merged);
  if (!parsed.success)
    throw new BenchError(
      'bad-settings',
      `bad benchmark settings: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`,
    );
  const s = parsed.data;
  const perSequence = sequenceContext(s);
  if (overrides.promptTokens === undefined && perSequence <= s.promptTokens)
    s.promptTokens = Math.max(1, perSequence - 1);
  if (perSequence <= Math.max(s.promptTokens, s.genTokens)) {
    throw new BenchError(
      'bad-settings',
      `a context of ${perSequence} tokens per sequence cannot hold pp${s.promptTokens} / tg${s.genTokens}`,
    );
  }
  return s;
}

/** One sequence's room: serving's context size is the total over its sequences. */
export function sequenceContext(s: Pick<BenchSettings, 'contextSize' | 'sequences'>): number {
  return Math.floor(s.contextSize / s.sequences);
}

export async function sha256File(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

export interface BenchmarkOptions {
  log: Logger;
  modelPath: string;
  /** Known already (model store, catalog); hashed from the file otherwise. */
  modelSha256?: string;
  backend: BackendName;
  /** The served model's id and network name (from the serving configuration); the file name otherwise. */
  model?: { id: string; name: string };
  /** From detectHardwareDetails, for the fingerprint. */
  hardware: Pick<HardwareDetails, 'gpus' | 'cpu'>;
  appVersion: string;
  settings?: Partial<BenchSettings>;
  signal?: AbortSignal;
  onProgress?: (progress: BenchProgress) => void;
  launcher?: SandboxLauncher;
  paths?: BenchChildPaths;
  timeoutMs?: number;
  now?: () => number;
}

/** The larger relative difference (percent) between the harness medians and the plain reference. */
export function agreementPct(m: Pick<BenchMeasurement, 'pp' | 'tg' | 'reference'>): number {
  const diff = (a: number, ref: number): number => (ref > 0 ? (Math.abs(a - ref) / ref) * 100 : 100);
  return Math.max(diff(m.pp.median, m.reference.ppTps), diff(m.tg.median, m.reference.tgTps));
}

export async function runBenchmark(o: BenchmarkOptions): Promise<BenchResult> {
  const now = o.now ?? Date.now;
  const started = now();
  const settings = defaultBenchSettings(o.backend, o.settings);
  const file = await stat(o.modelPath).catch(() => undefined);
  if (!file?.isFile()) throw new BenchError('model-missing', `no model file at ${o.modelPath}`);
  o.onProgress?.({ phase: 'starting', repetition: 0, repetitions: settings.repetitions, fraction: 0 });
  const sha256 = o.modelSha256 ?? (await sha256File(o.modelPath));
  let measurement: BenchMeasurement | undefined;
  await runBenchJob(
    { type: 'bench', modelPath: o.modelPath, backend: o.backend, settings },
    {
      log: o.log,
      timeoutMs: o.timeoutMs ?? 15 * 60_000,
      ...(o.signal ? { signal: o.signal } : {}),
      ...(o.launcher ? { launcher: o.launcher } : {}),
      ...(o.paths ? { paths: o.paths } : {}),
      onMessage: (m) => {
        if (m.type === 'progress') o.onProgress?.(m.progress);
        if (m.type === 'measured') measurement = m.measurement;
      },
    },
  );
  if (!measurement) throw new BenchError('child-crashed', 'the bench child finished without a measurement');
  const name = basename(o.modelPath).replace(/\.gguf$/i, '');
  const { gpuLayers, contextSize, sequences, threads, flashAttention } = settings;
  const result: BenchResult = {
    version: 1,
    at: now(),
    fingerprint: benchFingerprint({
      hardware: o.hardware,
      backend: o.backend,
      modelSha256: sha256,
      appVersion: o.appVersion,
      config: { gpuLayers, contextSize, sequences, threads, flashAttention },
    }),
    model: { name: o.model?.name ?? name, path: o.modelPath, sizeBytes: file.size, sha256 },
    settings: { ...settings, gpuLayers: measurement.gpuLayers },
    config: {
      modelId: o.model?.id ?? name,
      modelName: o.model?.name ?? name,
      backend: measurement.backend,
      gpuLayers: measurement.gpuLayers,
      totalLayers: measurement.totalLayers,
      contextSize,
      sequences,
      threads,
      flashAttention,
    },
    backend: measurement.backend,
    pp: measurement.pp,
    tg: measurement.tg,
    reference: measurement.reference,
    engine: measurement.engine,
    agreementPct: agreementPct(measurement),
    durationMs: now() - started,
  };
  o.log.info(
    `benchmark ${o.backend}: pp${settings.promptTokens} ${result.pp.median.toFixed(1)} t/s, tg${settings.genTokens} ${result.tg.median.toFixed(1)} t/s, agreement ${result.agreementPct.toFixed(1)} %`,
  );
  return result;
}
