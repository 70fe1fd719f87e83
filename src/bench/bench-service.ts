// The bench capability as one service for the composition root: hardware details (backend probe cached),
// one benchmark at a time with progress events and cancel, the saved result and whether it still applies.
import type { Logger } from '../logging/logger.js';
import type { SandboxLauncher } from '../engine/sandbox/launcher.js';
import type { BenchProgress, BenchResult, BenchSettings, HardwareDetails } from './bench-schema.js';
import { BackendProber } from './backends.js';
import { BenchError, type BenchChildPaths, type BenchErrorCode } from './bench-host.js';
import { benchFingerprint, loadBenchResult, needsRerun, saveBenchResult, type RerunReason } from './bench-store.js';
import { runBenchmark, sha256File } from './benchmark.js';
import { detectHardwareDetails, type HardwareSource } from './hardware.js';
import { totalPowerW, type GpuTelemetrySource } from './telemetry.js';

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
  /** Sampled (at its own rate limit) while the benchmark runs, to learn the GPU's power under load. */
  telemetry?: GpuTelemetrySource;
}

export interface BenchRunRequest {
  modelPath: string;
  modelSha256?: string;
  /** The plan's GPU layers and context, and any other override of llama-bench's defaults. */
  settings?: Partial<BenchSettings>;
}

export class BenchService {
  readonly #o: BenchServiceOptions;
  readonly #prober: BackendProber;
  readonly #listeners = new Set<(event: BenchServiceEvent) => void>();
  #hardware: Promise<HardwareDetails> | undefined;
  #running: AbortController | undefined;

  constructor(options: BenchServiceOptions) {
    this.#o = options;
    this.#prober = new BackendProber({ log: options.log, ...(options.launcher ? { launcher: options.launcher } : {}), ...(options.paths ? { paths: options.paths } : {}) });
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
    if (refresh || !this.#hardware) {
      this.#hardware = detectHardwareDetails({ backends: this.#prober, ...(this.#o.hardwareSource ? { source: this.#o.hardwareSource } : {}) });
      this.#hardware.catch(() => (this.#hardware = undefined));
    }
    return this.#hardware;
  }

  /** The saved result; a corrupt file is set aside (and logged) and reads as none. */
  async saved(): Promise<BenchResult | null> {
    const loaded = await loadBenchResult(this.#o.dataDir);
    if (loaded.status === 'corrupt') this.#o.log.warn(`the saved benchmark was unreadable (${loaded.message}); kept as ${loaded.keptAs}`);
    return loaded.status === 'ok' ? loaded.result : null;
  }

  /** Whether the saved benchmark applies to this machine, model and app. */
  async status(model: { path: string; sha256?: string }): Promise<{ saved: BenchResult | null; needed: boolean; reasons: RerunReason[] }> {
    const [saved, hardware] = await Promise.all([this.saved(), this.hardware()]);
    const modelSha256 = model.sha256 ?? (await sha256File(model.path));
    const current = benchFingerprint({ hardware, backend: hardware.backend, modelSha256, appVersion: this.#o.appVersion });
    return { saved, ...needsRerun(saved, current) };
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
      const result = await runBenchmark({
        log: this.#o.log,
        modelPath: request.modelPath,
        ...(request.modelSha256 ? { modelSha256: request.modelSha256 } : {}),
        backend: hardware.backend,
        hardware,
        appVersion: this.#o.appVersion,
        ...(request.settings ? { settings: request.settings } : {}),
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
      const e = err instanceof BenchError ? err : new BenchError('engine-failed', err instanceof Error ? err.message : String(err));
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
        .catch((err: unknown) => this.#o.log.debug(`power sample failed: ${err instanceof Error ? err.message : String(err)}`));
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
        this.#o.log.error(`bench event listener failed: ${err instanceof Error ? err.message : String(err)}`);
      }
    }
  }
}
