// The bench capability as one service for the composition root: hardware details (backend probe cached),
// one benchmark at a time with progress events and cancel, the saved result and whether it still applies.
import { stat } from 'node:fs/promises';
import { errorMessage, type Logger } from '../logging/logger.js';
import type { SandboxLauncher } from '../engine/sandbox/launcher.js';
import type { ServingConfig } from '../engine/serving-config.js';
import type { BenchProgress, BenchResult, BenchSettings, HardwareDetails } from './bench-schema.js';
import { BackendProber } from './backends.js';
import { BenchError, type BenchChildPaths, type BenchErrorCode } from './bench-host.js';
import {
  benchFingerprint,
  loadBenchResult,
  needsRerun,
  saveBenchResult,
  type RerunReason,
} from './bench-store.js';
import { runBenchmark, sha256File } from './benchmark.js';
import { detectHardwareDetails, type HardwareSource } from './hardware.js';
import { servingBenchOptions, servingLoad } from './serving-bench.js';
import { totalPowerW, type GpuTelemetrySource } from '../sensors/gpu-telemetry.js';

export type BenchServiceEvent =
  | { type: 'progress'; progress: BenchProgress }
  | { type: 'result'; result: BenchResult }
  | { type: 'failed'; code: BenchErrorCode; message: string };

export interface BenchServiceOptions {
  log: Logger;
  /** bench.json is kept here. */
  dataDir: string;
  appVersion: string;
  launcher?: SandboxLauncher;
  paths?: BenchChildPaths;
  hardwareSource?: HardwareSource;
  /** Shared detection (the node probes once for the serving plan, the Models screen and the benchmark). */
  hardwareDetails?: (refresh: boolean) => Promise<HardwareDetails>;
  /** Sampled (at its own rate limit) while the benchmark runs, to learn the GPU's power under load. */
  telemetry?: GpuTelemetrySource;
}

/**
 * What to measure: the serving configuration (file, backend, layers, context, sequences, threads as the
 * engine loads them), or a bare model file on the detected backend with llama-bench's defaults. `settings`
 * overrides the benchmark's own sizes; with a serving configuration its load fields win.
 */
export type BenchRunRequest =
  | { serving: ServingConfig; settings?: Partial<BenchSettings> }
  | { modelPath: string; modelSha256?: string; settings?: Partial<BenchSettings> };

/** Whose staleness to check: the serving configuration, or a bare model file (no load configuration). */
export type BenchTarget = { serving: ServingConfig } | { path: string; sha256?: string };

export class BenchService {
  readonly #o: BenchServiceOptions;
  readonly #prober: BackendProber;
  readonly #listeners = new Set<(event: BenchServiceEvent) => void>();
  #hardware: Promise<HardwareDetails> | undefined;
  #running: AbortController | undefined;
  readonly #hashes = new Map<string, { size: number; mtimeMs: number; sha256: string }>();

  constructor(options: BenchServiceOptions) {
    this.#o = options;
    this.#prober = new BackendProber({
      log: options.log,
      ...(options.launcher ? { launcher: options.launcher } : {}),
      ...(options.paths ? { paths: options.paths } : {}),
    });
  }

  get running(): boolean {
    return this.#running !== undefined;
  }

  /** Subscribes to progress, results and failures; returns the unsubscribe function. */
  onEvent(listener: (event: BenchServiceEvent) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Detected once and cached; `refresh` looks again (e.g. after a driver update). */
  hardware(refresh = false): Promise<HardwareDetails> {
    if (this.#o.hardwareDetails) return this.#o.hardwareDetails(refresh);
    if (refresh || !this.#hardware) {
      this.#hardware = detectHardwareDetails({
        backends: this.#prober,
        ...(this.#o.hardwareSource ? { source: this.#o.hardwareSource } : {}),
      });
      this.#hardware.catch(() => (this.#hardware = undefined));
    }
    return this.#hardware;
  }

  /** The saved result; a corrupt file is set aside (and logged) and reads as none. */
  async saved(): Promise<BenchResult | null> {
    const loaded = await loadBenchResult(this.#o.dataDir);
    if (loaded.status === 'corrupt')
      this.#o.log.warn(`the saved benchmark was unreadable (${loaded.message}); kept as ${loaded.keptAs}`);
    return loaded.status === 'ok' ? loaded.result : null;
  }

  /** Whether the saved benchmark applies to this machine, the served model and configuration, and the app. */
  async status(
    target: BenchTarget,
  ): Promise<{ saved: BenchResult | null; needed: boolean; reasons: RerunReason[] }> {
    const [saved, hardware] = await Promise.all([this.saved(), this.hardware()]);
    const serving = 'serving' in target ? target.serving : null;
    const file: { path: string; sha256?: string | null } =
      'serving' in target ? { path: target.serving.modelPath, sha256: target.serving.modelSha256 } : target;
    const modelSha256 = file.sha256 ?? (await this.#sha256(file.path));
    const current = benchFingerprint({
      hardware,
      backend: serving ? serving.backend : hardware.backend,
      modelSha256,
      appVersion: this.#o.appVersion,
      ...(serving ? { config: servingLoad(serving) } : {}),
    });
    return { saved, ...needsRerun(saved, current) };
  }

  /** Hashes a model file once per size and mtime: the staleness check runs at start and for every estimate. */
  async #sha256(path: string): Promise<string> {
    const { size, mtimeMs } = await stat(path);
    const known = this.#hashes.get(path);
    if (known && known.size === size && known.mtimeMs === mtimeMs) return known.sha256;
    const sha256 = await sha256File(path);
    this.#hashes.set(path, { size, mtimeMs, sha256 });
    return sha256;
  }

  /** Runs the benchmark (one at a time), saves it and returns it. Cancel with cancel() or the signal. */
  async run(request: BenchRunRequest, signal?: AbortSignal): Promise<BenchResult> {
    if (this.#running) throw new BenchError('busy', 'a benchmark is already running');
    const controller = new AbortController();
    this.#running = controller;
    const forward = (): void => controller.abort();
    signal?.addEventListener('abort', forward, { once: true });
    const power = this.#watchPower();
    try {
      if (signal?.aborted) controller.abort();
      const hardware = await this.hardware();
      const target =
        'serving' in request
          ? servingBenchOptions(request.serving, request.settings)
          : {
              modelPath: request.modelPath,
              ...(request.modelSha256 ? { modelSha256: request.modelSha256 } : {}),
              backend: hardware.backend,
              ...(request.settings ? { settings: request.settings } : {}),
            };
      const result = await runBenchmark({
        log: this.#o.log,
        ...target,
        hardware,
        appVersion: this.#o.appVersion,
        signal: controller.signal,
        onProgress: (progress) => this.#emit({ type: 'progress', progress }),
        ...(this.#o.launcher ? { launcher: this.#o.launcher } : {}),
        ...(this.#o.paths ? { paths: this.#o.paths } : {}),
      });
      result.loadPowerW = power.stop();
      await saveBenchResult(this.#o.dataDir, result);
      this.#emit({ type: 'result', result });
      return result;
    } catch (err) {
      const e = err instanceof BenchError ? err : new BenchError('engine-failed', errorMessage(err));
      this.#emit({ type: 'failed', code: e.code, message: e.message });
      throw e;
    } finally {
      power.stop();
      signal?.removeEventListener('abort', forward);
      this.#running = undefined;
    }
  }

  /** Cancels the running benchmark (its child is killed at once); false when none runs. */
  cancel(): boolean {
    if (!this.#running) return false;
    this.#running.abort();
    return true;
  }

  /** Samples GPU power once a second during the timed phases; stop() returns the highest reading. */
  #watchPower(): { stop: () => number | null } {
    const telemetry = this.#o.telemetry;
    if (!telemetry) return { stop: () => null };
    let phase: BenchProgress['phase'] = 'starting';
    let max: number | null = null;
    const sample = (): void => {
      if (phase !== 'pp' && phase !== 'tg') return;
      telemetry
        .read()
        .then((t) => {
          const w = totalPowerW(t);
          if (w !== null) max = Math.max(max ?? 0, w);
        })
        .catch((err: unknown) => this.#o.log.debug(`power sample failed: ${errorMessage(err)}`));
    };
    // Each repetition's start samples at once (the source rate-limits itself); long phases also every second.
    const off = this.onEvent((e) => {
      if (e.type !== 'progress') return;
      phase = e.progress.phase;
      sample();
    });
    const timer = setInterval(sample, 1000);
    return {
      stop: () => {
        clearInterval(timer);
        off();
        return max;
      },
    };
  }

  #emit(event: BenchServiceEvent): void {
    for (const listener of this.#listeners) {
      try {
        listener(event);
      } catch (err) {
        this.#o.log.error(`bench event listener failed: ${errorMessage(err)}`);
      }
    }
  }
}
