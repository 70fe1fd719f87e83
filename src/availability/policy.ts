// The availability policy: a pure function from (clock, settings, override, sensors, memory) to a decision.
//
// Precedence, first match wins (each step is a pause unless said otherwise):
//   1. manual pause by the owner ("Paused until 18:00 by you") — the owner's explicit word beats all
//   2. thermal: GPU at or above the limit, or still above limit − hysteresis after a thermal pause
//   3. a game from a known launcher library is running
//   4. one of the owner's own programs is running
//   5. another program uses the GPU above the threshold
//   6. the grace period after 3–5 ended
//   7. on battery (when pauseOnBattery)
//   8. a level chosen by the owner ("Quiet for 2 h"); Off is a pause by the owner
//   9. the level the schedule paints; Off is a pause — skipped while a manual "resume now" is in force
//  10. active use (input within idleOnlyMinutes, or unknown): the lower of that and the active-use level;
//      an Off active-use level pauses, as idle-only mode did before levels
//  11. otherwise serve at the level from 8–10
// "Resume now" therefore beats only the schedule: it never overrides a game, heat or the battery rule.
// Memory (thermal latch, last contention seen) is updated from the sensors whichever step wins.
import { DateTime } from 'luxon';
import { detect, type Detection } from './game-detector.js';
import { renderMessage, type ReasonMessage } from '../api/reasons.js';
import { activeOverride, type Override } from './override.js';
import { resolveTimeZone, scheduleLevel } from './schedule.js';
import { isOff, type Level } from './levels-schema.js';
import { applyLevel, findLevel, lowerLevel, topLevel, type AppliedLevel } from './levels.js';
import type { SensorSnapshot } from './sensors.js';
import type { AvailabilitySettings } from './settings-schema.js';

export const decisionCauses = [
  'manual-pause',
  'thermal',
  'game',
  'program',
  'gpu-busy',
  'grace',
  'battery',
  'schedule',
  'idle-unknown',
  'idle-wait',
  'manual-resume',
  'manual-level',
  'active-use',
  'schedule-level',
  'idle',
  'available',
] as const;
export type DecisionCause = (typeof decisionCauses)[number];

export interface Decision {
  action: 'serve' | 'pause';
  /** Requests the worker may run at once (0 while paused). */
  maxConcurrency: number;
  /** Share of GPU memory the engine may take (0 while paused). */
  vramShare: number;
  /** English rendering of `message`. */
  reason: string;
  message: ReasonMessage;
  /** When a pause ends by itself (epoch ms); null when it ends on an event (game exits, GPU cools) or never. */
  resumesAt: number | null;
  cause: DecisionCause;
  /** What holds the GPU, for game/program/gpu-busy/grace pauses. */
  detection: Detection | null;
  /** The level served at (null while paused). */
  level: AppliedLevel | null;
}

export interface PolicyMemory {
  /** Latched by a thermal pause until the GPU is below limit − hysteresis. */
  thermalPaused: boolean;
  /** The last time something of the owner's needed the GPU (starts the grace period once it is gone). */
  lastContention: { at: number; detection: Detection } | null;
}

export const initialPolicyMemory: PolicyMemory = { thermalPaused: false, lastContention: null };

export interface PolicyInput {
  now: number;
  settings: AvailabilitySettings;
  override: Override | null;
  sensors: SensorSnapshot;
}

export function decide(
  input: PolicyInput,
  memory: PolicyMemory,
): { decision: Decision; memory: PolicyMemory } {
  const { now, settings, sensors } = input;
  const zone = resolveTimeZone(settings.schedule.timeZone);
  const pause = (
    cause: DecisionCause,
    message: ReasonMessage,
    resumesAt: number | null,
    detection: Detection | null = null,
  ): Decision => ({
    action: 'pause',
    maxConcurrency: 0,
    vramShare: 0,
    reason: renderMessage(message),
    message,
    resumesAt,
    cause,
    detection,
    level: null,
  });
  let serving: Level | null = topLevel(settings);
  const serve = (cause: DecisionCause, message: ReasonMessage): Decision => {
    const level = applyLevel(settings, serving ?? findLevel(settings, settings.levels[0]?.id ?? ''));
    return {
      action: 'serve',
      maxConcurrency: level.maxConcurrency,
      vramShare: level.vramShare,
      reason: renderMessage(message),
      message,
      resumesAt: null,
      cause,
      detection: null,
      level,
    };
  };
  const named = (level: Level): Record<string, string> => ({ level: level.name, levelId: level.id });
  const at = (ms: number): Record<string, string | number> => ({ time: formatLocal(ms, now, zone), at: ms });

  const temp = sensors.gpuTemperatureC;
  const resumeBelow = settings.thermalLimitC - settings.thermalHysteresisC;
  // No reading means no thermal protection from us (the GPU still throttles itself); we never invent one.
  const thermalPaused =
    temp !== null && (temp >= settings.thermalLimitC || (memory.thermalPaused && temp >= resumeBelow));
  const detections = detect(sensors.processes, sensors.gpuProcesses, sensors.ownPids, settings);
  const current = detections[0] ?? null;
  const lastContention = current ? { at: now, detection: current } : memory.lastContention;
  const next: PolicyMemory = { thermalPaused, lastContention };
  const done = (decision: Decision) => ({ decision, memory: next });

  const override = activeOverride(input.override, now);
  if (override?.kind === 'pause') {
    return done(
      override.until === null
        ? pause('manual-pause', { key: 'paused.manual', params: {} }, null)
        : pause('manual-pause', { key: 'paused.manualUntil', params: at(override.until) }, override.until),
    );
  }
  if (thermalPaused) {
    return done(
      pause('thermal', { key: 'paused.thermal', params: { temp: Math.round(temp), resumeBelow } }, null),
    );
  }
  if (current) {
    const key =
      current.kind === 'game'
        ? 'paused.game'
        : current.kind === 'program'
          ? 'paused.program'
          : 'paused.gpuBusy';
    const params: Record<string, string | number> = { name: current.name };
    if (current.usedMb !== undefined) params['usedMb'] = current.usedMb;
    return done(pause(current.kind, { key, params }, null, current));
  }
  const graceEnd = lastContention ? lastContention.at + settings.resumeGraceSeconds * 1000 : 0;
  if (lastContention && now < graceEnd) {
    const params = { name: lastContention.detection.name, ...at(graceEnd) };
    return done(pause('grace', { key: 'paused.afterExit', params }, graceEnd, lastContention.detection));
  }
  if (settings.pauseOnBattery && sensors.onBattery === true) {
    return done(pause('battery', { key: 'paused.battery', params: {} }, null));
  }
  if (override?.kind === 'level') {
    const chosen = findLevel(settings, override.level);
    const until = override.until;
    if (isOff(chosen)) {
      return done(
        until === null
          ? pause('manual-pause', { key: 'paused.manual', params: {} }, null)
          : pause('manual-pause', { key: 'paused.manualUntil', params: at(until) }, until),
      );
    }
    serving = chosen;
    return done(
      until === null
        ? serve('manual-level', { key: 'serving.levelManualNoEnd', params: named(chosen) })
        : serve('manual-level', { key: 'serving.levelManual', params: { ...named(chosen), ...at(until) } }),
    );
  }
  const resumed = override?.kind === 'resume';
  const painted = scheduleLevel(settings.schedule, now);
  const scheduled = findLevel(settings, painted.level);
  if (isOff(scheduled) && !resumed) {
    return done(
      painted.nextChange === null
        ? pause('schedule', { key: 'paused.scheduleNoWindow', params: {} }, null)
        : pause('schedule', { key: 'paused.schedule', params: at(painted.nextChange) }, painted.nextChange),
    );
  }
  if (!isOff(scheduled)) serving = scheduled;
  const idleMinutes = settings.idleOnlyMinutes;
  const idle = sensors.inputIdleSeconds;
  if (idleMinutes !== null && (idle === 'unknown' || idle < idleMinutes * 60) && serving) {
    const activeLevel = findLevel(settings, settings.activeUseLevel);
    if (isOff(activeLevel)) {
      return done(
        idle === 'unknown'
          ? pause('idle-unknown', { key: 'paused.idleUnknown', params: {} }, null)
          : pause('idle-wait', { key: 'paused.idleWait', params: { minutes: idleMinutes } }, null),
      );
    }
    const lower = lowerLevel(settings, serving, activeLevel);
    if (lower.id !== serving.id) {
      serving = lower;
      return done(serve('active-use', { key: 'serving.levelActive', params: named(lower) }));
    }
  }
  if (resumed && isOff(scheduled)) {
    return done(
      override.until === null
        ? serve('manual-resume', { key: 'serving.resumed', params: {} })
        : serve('manual-resume', { key: 'serving.resumedUntil', params: at(override.until) }),
    );
  }
  if (serving && serving.id !== topLevel(settings)?.id) {
    const params = named(serving);
    return done(
      painted.nextChange === null
        ? serve('schedule-level', { key: 'serving.levelScheduleNoEnd', params })
        : serve('schedule-level', {
            key: 'serving.levelSchedule',
            params: { ...params, ...at(painted.nextChange) },
          }),
    );
  }
  if (idleMinutes !== null)
    return done(serve('idle', { key: 'serving.idle', params: { minutes: idleMinutes } }));
  return done(serve('available', { key: 'serving', params: {} }));
}

/** "18:00" for an instant within a day; with the date for later ones. Always the owner's zone. */
export function formatLocal(ms: number, now: number, zone: string): string {
  const dt = DateTime.fromMillis(ms, { zone });
  return ms - now < 86_400_000 ? dt.toFormat('HH:mm') : dt.toFormat('yyyy-MM-dd HH:mm');
}

/** Whether two decisions differ in anything the worker or the owner would notice. */
export function sameDecision(a: Decision, b: Decision): boolean {
  return (
    a.action === b.action &&
    a.cause === b.cause &&
    a.resumesAt === b.resumesAt &&
    a.maxConcurrency === b.maxConcurrency &&
    a.vramShare === b.vramShare &&
    a.reason === b.reason &&
    JSON.stringify(a.level) === JSON.stringify(b.level)
  );
}
