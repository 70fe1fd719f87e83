// The benchmark and the estimate in the running app: one BenchService, its progress and result mirrored
// into the state, serving held while it runs (both need the GPU), GPU telemetry sampled for the dashboard,
// and the estimate computed from the saved result, the network's prices and the owner's schedule.
import { BenchService, type BenchRunRequest, type BenchTarget } from '../bench/bench-service.js';
import type { GpuTelemetrySource } from '../sensors/gpu-telemetry.js';
import { estimateFromBench, servingMismatch } from '../bench/estimate-from-bench.js';
import { estimateToWire } from '../bench/estimate.js';
import type { EstimateWire, HardwareDetails } from '../bench/bench-schema.js';
import { levelHoursPerWeek } from '../availability/schedule.js';
import type { Schedule } from '../availability/schedule-schema.js';
import { isOff, type Level } from '../availability/levels-schema.js';
import { ApiError } from '../api/envelope.js';
import { drop, errorMessage, type Logger } from '../logging/logger.js';
import type { SettingsService } from '../settings/settings-service.js';
import type { StateStore } from './state-store.js';
import type { WorkerController } from './worker-controller.js';
import type { Money } from './money.js';
import type { ServingConfig } from '../engine/serving-config.js';

/** Hours per week the schedule paints a serving level (any but Off), over the coming week (DST included). */
export function scheduleHoursPerWeek(a: { schedule: Schedule; levels: Level[] }, now = Date.now()): number {
  let hours = 0;
  for (const [id, h] of levelHoursPerWeek(a.schedule, now)) {
    const level = a.levels.find((l) => l.id === id);
    if (level && !isOff(level)) hours += h;
  }
  return Math.min(168, hours);
}

export interface BenchDeps {
  log: Logger;
  dataDir: string;
  appVersion: string;
  state: StateStore;
  worker: WorkerController;
  settings: SettingsService;
  money: Money;
  /** The node's one GPU sensor reader, shared with the availability monitor. */
  telemetry: GpuTelemetrySource;
  /** The served model's file: measured with llama-bench's defaults when no serving configuration is known. */
  modelPath: () => string;
  /** What the engine loads; when it returns one, runs, staleness and the estimate use it. */
  serving?: () => ServingConfig | null;
  /** The node's one hardware probe. */
  hardware?: (refresh: boolean) => Promise<HardwareDetails>;
}

export class BenchWiring {
  readonly service: BenchService;
  readonly #d: BenchDeps;
  #telemetryTimer: NodeJS.Timeout | null = null;

  constructor(d: BenchDeps) {
    this.#d = d;
    const telemetry = d.telemetry;
    this.service = new BenchService({
      log: d.log,
      dataDir: d.dataDir,
      appVersion: d.appVersion,
      telemetry,
      ...(d.hardware ? { hardwareDetails: d.hardware } : {}),
    });
    this.service.onEvent((e) => {
      const patch = (b: Partial<ReturnType<StateStore['get']>['bench']>): void =>
        d.state.patch((s) => ({ bench: { ...s.bench, ...b } }));
      switch (e.type) {
        case 'progress':
          patch({ running: true, progress: e.progress, error: null });
          return;
        case 'result':
          patch({ running: false, progress: null, result: e.result, rerunReasons: [], error: null });
          return;
        case 'failed':
          patch({ running: false, progress: null, error: e.message });
          return;
      }
    });
    const sample = async (): Promise<void> => {
      const t = await telemetry.read();
      const g = t.gpus[0];
      d.state.patch({
        telemetry: {
          temperatureC: g?.temperatureC ?? null,
          utilizationPct: g?.utilizationPct ?? null,
          vramUsedMb: g?.vramUsedMb ?? null,
          powerW: g?.powerW ?? null,
        },
      });
      // Nothing reports GPU sensors here: stop asking.
      if (t.source === 'absent' && this.#telemetryTimer) clearInterval(this.#telemetryTimer);
    };
    this.#telemetryTimer = setInterval(() => drop(sample(), d.log, 'GPU telemetry'), 2000);
    this.#telemetryTimer.unref();
  }

  /** The serving configuration when known, else the bare model file. */
  #target(): BenchTarget {
    const serving = this.#d.serving?.() ?? null;
    return serving ? { serving } : { path: this.#d.modelPath() };
  }

  /** Mirrors the saved result and why it no longer applies; call again when the serving configuration changes. */
  async start(): Promise<void> {
    const status = await this.service.status(this.#target()).catch((err: unknown) => {
      this.#d.log.warn(`benchmark status: ${errorMessage(err)}`);
      return null;
    });
    if (status)
      this.#d.state.patch((s) => ({
        bench: {
          ...s.bench,
          result: status.saved,
          rerunReasons: status.needed && status.saved ? status.reasons.map(String) : [],
        },
      }));
  }

  stop(): void {
    if (this.#telemetryTimer) clearInterval(this.#telemetryTimer);
    this.service.cancel();
  }

  /** Starts a run in the background; serving is held for its duration. */
  async run(): Promise<void> {
    if (this.#d.state.get().bench.running) throw new ApiError('conflict', 'A benchmark is already running.');
    this.#d.state.patch((s) => ({ bench: { ...s.bench, running: true, progress: null, error: null } }));
    await this.#d.worker.hold('Paused: benchmarking your hardware', {
      key: 'worker.benchmarking',
      params: {},
    });
    const target = this.#target();
    const request: BenchRunRequest =
      'serving' in target ? { serving: target.serving } : { modelPath: target.path };
    drop(
      this.service
        .run(request)
        .catch((err: unknown) => {
          this.#d.log.warn(`benchmark: ${errorMessage(err)}`);
        })
        .finally(() => drop(this.#d.worker.release(), this.#d.log, 'resuming after the benchmark')),
      this.#d.log,
      'benchmark',
    );
  }

  cancel(): void {
    this.service.cancel();
  }

  async estimate(req: {
    hoursPerWeek?: number | undefined;
    utilization?: number | undefined;
    kwhPrice: number;
    currency: string;
    tonPrice: number | null;
    gpuWatts?: number | undefined;
    coefficient?: number | undefined;
  }): Promise<EstimateWire> {
    const { saved: result, reasons } = await this.service.status(this.#target());
    if (!result)
      throw new ApiError(
        'conflict',
        'Run the benchmark first: the estimate is computed from your own measurement.',
      );
    const mismatch = servingMismatch(reasons);
    if (mismatch.length > 0)
      throw new ApiError(
        'conflict',
        `Run the benchmark again: the saved result was measured on another configuration (${mismatch.join(', ')}).`,
      );
    const params = this.#d.money.params();
    if (!params)
      throw new ApiError(
        'unavailable',
        "The network's prices are not known yet (the root contract could not be read).",
      );
    const s = this.#d.settings.get();
    const estimate = estimateFromBench(result, params, {
      hoursPerWeek: req.hoursPerWeek ?? scheduleHoursPerWeek(s.availability),
      kwhPrice: req.kwhPrice,
      currency: req.currency,
      tonPrice: req.tonPrice,
      coefficient: req.coefficient ?? s.coefficient,
      ...(req.utilization !== undefined ? { utilization: req.utilization } : {}),
      ...(req.gpuWatts !== undefined ? { gpuWatts: req.gpuWatts } : {}),
    });
    return estimateToWire(estimate);
  }
}
