// AvailabilityMonitor: samples the sensors on their own timers, runs the policy after every sample, and
// tells listeners at once when the decision changes, with the time of the sample that caused it. The node
// (src/node/availability.ts) wires the yield path to `onChange`: pause → the worker stops taking requests and the sandbox exits.
import { drop, errorMessage, type Logger } from '../logging/logger.js';
import {
  activeOverride,
  levelOverride,
  pauseOverride,
  resumeOverride,
  type LevelChoice,
  type Override,
  type PauseChoice,
} from './override.js';
import { decide, initialPolicyMemory, sameDecision, type Decision, type PolicyMemory } from './policy.js';
import type { GpuSource, InputIdleSource, PowerSource, ProcessSource, SensorSnapshot } from './sensors.js';
import type { AvailabilitySettings } from './settings-schema.js';

export type ChangeTrigger =
  'start' | 'processes' | 'gpu' | 'idle' | 'power' | 'clock' | 'settings' | 'override';

export interface DecisionChange {
  decision: Decision;
  previous: Decision | null;
  /** Epoch ms when the sample that changed the decision was taken. */
  sampledAt: number;
  trigger: ChangeTrigger;
  /** The owner's override in force after this change (persist it to survive restarts). */
  override: Override | null;
}

export interface MonitorIntervals {
  processesMs: number;
  gpuMs: number;
  idleMs: number;
  powerMs: number;
  clockMs: number;
}

export const defaultMonitorIntervals: MonitorIntervals = {
  processesMs: 250,
  gpuMs: 3000,
  idleMs: 2000,
  powerMs: 30_000,
  clockMs: 1000,
};

export interface AvailabilityMonitorOptions {
  settings: AvailabilitySettings;
  processes: ProcessSource;
  /** Absent: GPU processes are reported 'absent' and the temperature unknown. */
  gpu?: GpuSource;
  inputIdle?: InputIdleSource;
  power?: PowerSource;
  /** Our own GPU users (the inference sandbox), never counted as competing programs. */
  ownPids?: () => Iterable<number>;
  now?: () => number;
  log: Logger;
  intervals?: Partial<MonitorIntervals>;
  /** An override restored from the last run. */
  override?: Override | null;
}

type Readings = Omit<SensorSnapshot, 'ownPids'>;

export class AvailabilityMonitor {
  readonly #o: AvailabilityMonitorOptions;
  readonly #now: () => number;
  readonly #intervals: MonitorIntervals;
  readonly #log: Logger;
  readonly #listeners = new Set<(change: DecisionChange) => void>();
  readonly #timers = new Set<NodeJS.Timeout>();
  readonly #sensorErrors = new Map<string, string>();
  #settings: AvailabilitySettings;
  #override: Override | null;
  #memory: PolicyMemory = initialPolicyMemory;
  #decision: Decision | null = null;
  #running = false;
  #readings: Readings = {
    processes: [],
    gpuProcesses: 'absent',
    inputIdleSeconds: 'unknown',
    gpuTemperatureC: null,
    onBattery: 'unknown',
  };

  constructor(options: AvailabilityMonitorOptions) {
    this.#o = options;
    this.#now = options.now ?? Date.now;
    this.#intervals = { ...defaultMonitorIntervals, ...options.intervals };
    this.#log = options.log;
    this.#settings = options.settings;
    this.#override = options.override ?? null;
  }

  /** Takes every sample once, decides (emitting the first decision), then keeps sampling on timers. */
  async start(): Promise<Decision> {
    if (this.#running) return this.current();
    this.#running = true;
    const at = this.#now();
    await Promise.all([this.#sampleProcesses(), this.#sampleGpu(), this.#sampleIdle(), this.#samplePower()]);
    this.#evaluate('start', at);
    this.#loop(this.#intervals.processesMs, 'processes', () => this.#sampleProcesses());
    if (this.#o.gpu) this.#loop(this.#intervals.gpuMs, 'gpu', () => this.#sampleGpu());
    if (this.#o.inputIdle) this.#loop(this.#intervals.idleMs, 'idle', () => this.#sampleIdle());
    if (this.#o.power) this.#loop(this.#intervals.powerMs, 'power', () => this.#samplePower());
    this.#loop(this.#intervals.clockMs, 'clock', () => Promise.resolve());
    return this.current();
  }

  stop(): void {
    this.#running = false;
    for (const t of this.#timers) clearTimeout(t);
    this.#timers.clear();
  }

  /** The decision now; before start() it is computed from no readings. */
  current(): Decision {
    return this.#decision ?? this.#evaluate('start', this.#now());
  }

  /** The latest sensor readings, for a diagnostics view ("GPU processes: absent"). */
  readings(): Readings {
    return this.#readings;
  }

  override(): Override | null {
    return activeOverride(this.#override, this.#now());
  }

  onChange(listener: (change: DecisionChange) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  setSettings(settings: AvailabilitySettings): Decision {
    // A "resume now" was measured against the old schedule's next boundary; a new schedule voids it.
    if (
      this.#override?.kind === 'resume' &&
      JSON.stringify(settings.schedule) !== JSON.stringify(this.#settings.schedule)
    ) {
      this.#override = null;
    }
    // A chosen level the owner has since deleted no longer exists to serve at.
    const chosen = this.#override?.kind === 'level' ? this.#override.level : null;
    if (chosen !== null && !settings.levels.some((l) => l.id === chosen)) this.#override = null;
    this.#settings = settings;
    return this.#evaluate('settings', this.#now());
  }

  pause(choice: PauseChoice | { forMs: number }): Decision {
    const now = this.#now();
    this.#override = pauseOverride(choice, now, this.#settings.schedule.timeZone);
    return this.#evaluate('override', now);
  }

  /** Resume now: ends a pause and beats the schedule until its next boundary. */
  resume(): Decision {
    const now = this.#now();
    this.#override = resumeOverride(this.#settings, now);
    return this.#evaluate('override', now);
  }

  /** "Quiet for 2 h", "Full until tomorrow": the owner's level beats the schedule and active use. */
  setLevel(level: string, choice: LevelChoice | { forMs: number }): Decision {
    const now = this.#now();
    const { timeZone } = this.#settings.schedule;
    this.#override = levelOverride(level, choice, now, { timeZone, levels: this.#settings.levels });
    return this.#evaluate('override', now);
  }

  /** Back to the schedule: drops any override (pause, resume or level). */
  followSchedule(): Decision {
    this.#override = null;
    return this.#evaluate('override', this.#now());
  }

  #evaluate(trigger: ChangeTrigger, sampledAt: number): Decision {
    const now = this.#now();
    if (this.#override && !activeOverride(this.#override, now)) this.#override = null;
    const ownPids = new Set(this.#o.ownPids?.() ?? []);
    const input = {
      now,
      settings: this.#settings,
      override: this.#override,
      sensors: { ...this.#readings, ownPids },
    };
    const { decision, memory } = decide(input, this.#memory);
    this.#memory = memory;
    const previous = this.#decision;
    this.#decision = decision;
    if (!previous || !sameDecision(previous, decision)) {
      this.#log.info(`decision ${decision.action} (${decision.cause}) after ${trigger} sample`);
      const change: DecisionChange = { decision, previous, sampledAt, trigger, override: this.#override };
      for (const listener of this.#listeners) {
        try {
          listener(change);
        } catch (err) {
          this.#log.error(`decision listener failed: ${errorMessage(err)}`);
        }
      }
    }
    return decision;
  }

  #loop(intervalMs: number, trigger: ChangeTrigger, sample: () => Promise<void>): void {
    const tick = async (): Promise<void> => {
      const at = this.#now();
      await sample();
      if (this.#running) this.#evaluate(trigger, at);
    };
    const schedule = (): void => {
      if (!this.#running) return;
      const t = setTimeout(() => {
        this.#timers.delete(t);
        drop(tick().finally(schedule), this.#log, `${trigger} sample`);
      }, intervalMs);
      t.unref();
      this.#timers.add(t);
    };
    schedule();
  }

  async #sampleProcesses(): Promise<void> {
    const list = await this.#guard('processes', () => this.#o.processes.list());
    if (list) this.#readings = { ...this.#readings, processes: list };
  }

  async #sampleGpu(): Promise<void> {
    const gpu = this.#o.gpu;
    if (!gpu) return;
    const r = await this.#guard('gpu', () => gpu.read());
    this.#readings = {
      ...this.#readings,
      gpuProcesses: r ? r.processes : 'absent',
      gpuTemperatureC: r ? r.temperatureC : null,
    };
  }

  async #sampleIdle(): Promise<void> {
    const src = this.#o.inputIdle;
    const idle = src ? await this.#guard('idle', () => src.idleSeconds()) : null;
    this.#readings = { ...this.#readings, inputIdleSeconds: idle ?? 'unknown' };
  }

  async #samplePower(): Promise<void> {
    const src = this.#o.power;
    const battery = src ? await this.#guard('power', () => src.onBattery()) : null;
    this.#readings = { ...this.#readings, onBattery: battery ?? 'unknown' };
  }

  /** Runs one sensor; a failure is logged once per distinct message and reads as "no reading". */
  async #guard<T>(name: string, read: () => Promise<T>): Promise<T | null> {
    try {
      const value = await read();
      this.#sensorErrors.delete(name);
      return value;
    } catch (err) {
      const message = errorMessage(err);
      if (this.#sensorErrors.get(name) !== message) this.#log.warn(`${name} sensor failed: ${message}`);
      this.#sensorErrors.set(name, message);
      return null;
    }
  }
}
