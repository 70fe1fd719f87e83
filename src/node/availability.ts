// Joins the availability policy to the worker: every decision change (a game started, the schedule ended,
// the GPU got hot, the owner pressed pause) reaches the worker controller at once, which yields the GPU
// (proxies told "disabled", in-flight requests cut at the deadline, engine process exits) or resumes.
// The owner's override is kept on disk so "paused until tomorrow" survives a restart.
import path from 'node:path';
import { readFile } from 'node:fs/promises';
import type { Logger } from '../logging/logger.js';
import { drop } from '../logging/logger.js';
import type { SettingsService } from '../settings/settings-service.js';
import { writeFileAtomic } from '../settings/atomic-file.js';
import { AvailabilityMonitor, type DecisionChange } from '../availability/monitor.js';
import type { Decision } from '../availability/policy.js';
import type { Override } from '../availability/override.js';
import { overrideSchema } from '../availability/settings-schema.js';
import { createSystemSources } from '../availability/system-sources.js';
import type { GpuTelemetrySource } from '../sensors/gpu-telemetry.js';
import type { InputIdleSource } from '../availability/sensors.js';
import type { WorkerController, PauseDecision } from './worker-controller.js';
import type { StateStore } from './state-store.js';
import { applyLevel, type Throttle } from './throttle.js';
import { levelView } from './level-view.js';

export function toPauseDecision(d: Decision): PauseDecision {
  return {
    pause: d.action === 'pause',
    reason: d.reason,
    reasonCode: { key: `availability.${d.message.key}`, params: d.message.params },
    until: d.resumesAt,
  };
}

export interface AvailabilityDeps {
  settings: SettingsService;
  worker: WorkerController;
  state: StateStore;
  log: Logger;
  dataDir: string;
  ownPids: () => Iterable<number>;
  /** The node's one GPU sensor reader, shared with the dashboard's telemetry. */
  telemetry: GpuTelemetrySource;
  /** Electron: powerMonitor's idle time; the daemon tries xprintidle (X11) or ioreg (macOS). */
  inputIdle?: InputIdleSource;
  onChange?: (change: DecisionChange) => void;
  /** Applies each decision's level to the engine and the proxies (src/node/throttle.ts). */
  throttle?: Throttle;
}

/** The owner's last override; a missing or damaged file means none. */
async function loadOverride(file: string): Promise<Override | null> {
  try {
    const parsed = overrideSchema.nullable().safeParse(JSON.parse(await readFile(file, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export interface Availability {
  monitor: AvailabilityMonitor;
  /** Starts sampling (idempotent). Until then nothing is polled: a stopped worker has nothing to yield. */
  activate(): Promise<void>;
}

export async function createAvailability(d: AvailabilityDeps): Promise<Availability> {
  const overrideFile = path.join(d.dataDir, 'override.json');
  const monitor = new AvailabilityMonitor({
    settings: d.settings.get().availability,
    ...createSystemSources({ telemetry: d.telemetry, ...(d.inputIdle ? { inputIdle: d.inputIdle } : {}) }),
    ownPids: d.ownPids,
    log: d.log,
    override: await loadOverride(overrideFile),
  });
  let power: Parameters<typeof levelView>[1]['power'] = null;
  const publish = (decision: Decision): void => {
    const { availability, coefficient } = d.settings.get();
    d.state.patch({
      availability: {
        decision: decision.action,
        reason: decision.reason,
        reasonCode: { key: `availability.${decision.message.key}`, params: decision.message.params },
        level: levelView(decision, { levels: availability.levels, coefficient, power }),
      },
    });
  };
  const apply = (decision: Decision): void => {
    publish(decision);
    drop(d.worker.setPolicy(toPauseDecision(decision)), d.log, 'applying the availability decision');
    if (d.throttle) applyLevel(d.throttle, decision.level, d.log);
  };
  d.throttle?.onPower((outcome) => {
    power = outcome;
    publish(monitor.current());
  });
  monitor.onChange((change) => {
    d.log.info(`availability: ${change.decision.reason} (${change.trigger})`);
    apply(change.decision);
    drop(writeFileAtomic(overrideFile, JSON.stringify(change.override)), d.log, 'saving the override');
    d.onChange?.(change);
  });
  d.settings.onChange((next, prev) => {
    if (JSON.stringify(next.availability) !== JSON.stringify(prev.availability))
      monitor.setSettings(next.availability);
    // A new base coefficient moves every level's advertised price.
    if (next.coefficient !== prev.coefficient) {
      d.throttle?.refreshNetwork();
      publish(monitor.current());
    }
  });
  apply(monitor.current());
  let started: Promise<void> | null = null;
  return {
    monitor,
    activate: () => (started ??= monitor.start().then(apply)),
  };
}
