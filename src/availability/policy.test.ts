import { describe, expect, it } from 'vitest';
import { decide, initialPolicyMemory, type PolicyMemory } from './policy.js';
import { renderMessage } from '../api/reasons.js';
import { pauseOverride, resumeOverride, type Override } from './override.js';
import { schedulePreset } from './schedule-schema.js';
import { defaultLevels } from './levels-schema.js';
import type { SensorSnapshot } from './sensors.js';
import { defaultAvailabilitySettings, type AvailabilitySettings } from './settings-schema.js';

const utc = (iso: string): number => Date.parse(iso);
const NOON = utc('2026-06-03T10:00:00Z'); // Wednesday 12:00 in Berlin
const elden = {
  pid: 4242,
  name: 'eldenring.exe',
  exe: 'C:\\Program Files (x86)\\Steam\\steamapps\\common\\ELDEN RING\\Game\\eldenring.exe',
  argv0: null,
};

function sensors(over: Partial<SensorSnapshot> = {}): SensorSnapshot {
  return {
    processes: [],
    gpuProcesses: 'absent',
    inputIdleSeconds: 'unknown',
    gpuTemperatureC: null,
    onBattery: 'unknown',
    ownPids: new Set(),
    ...over,
  };
}
function settings(over: Partial<AvailabilitySettings> = {}): AvailabilitySettings {
  return { ...defaultAvailabilitySettings(), schedule: schedulePreset('always', 'Europe/Berlin'), ...over };
}
function run(
  s: Partial<SensorSnapshot>,
  opts: {
    settings?: Partial<AvailabilitySettings>;
    override?: Override | null;
    now?: number;
    memory?: PolicyMemory;
  } = {},
) {
  return decide(
    {
      now: opts.now ?? NOON,
      settings: settings(opts.settings),
      override: opts.override ?? null,
      sensors: sensors(s),
    },
    opts.memory ?? initialPolicyMemory,
  );
}

describe('availability policy', () => {
  it('serves with the configured caps when nothing stands in the way', () => {
    const caps = { maxConcurrency: 3, vramShare: 0.5 };
    const { decision } = run({}, { settings: { ...caps, levels: defaultLevels(caps) } });
    expect(decision).toMatchObject({
      action: 'serve',
      cause: 'available',
      maxConcurrency: 3,
      vramShare: 0.5,
      reason: 'Serving',
      resumesAt: null,
    });
  });

  it('pauses for a game with its executable name, in English and Russian', () => {
    const { decision } = run({ processes: [elden] });
    expect(decision).toMatchObject({
      action: 'pause',
      cause: 'game',
      maxConcurrency: 0,
      vramShare: 0,
      reason: 'Paused: game running (eldenring.exe)',
    });
    expect(decision.message).toEqual({ key: 'paused.game', params: { name: 'eldenring.exe' } });
    expect(renderMessage(decision.message, 'ru')).toBe('Пауза: запущена игра (eldenring.exe)');
  });

  it('keeps pausing for the grace period after the game exits, then serves', () => {
    const first = run({ processes: [elden] }, { settings: { resumeGraceSeconds: 60 } });
    const after = run({}, { settings: { resumeGraceSeconds: 60 }, now: NOON + 10_000, memory: first.memory });
    expect(after.decision).toMatchObject({
      action: 'pause',
      cause: 'grace',
      resumesAt: NOON + 60_000,
      reason: 'Paused: eldenring.exe closed, resumes at 12:01',
    });
    const later = run({}, { settings: { resumeGraceSeconds: 60 }, now: NOON + 60_000, memory: after.memory });
    expect(later.decision.action).toBe('serve');
  });

  it('manual pause until a time beats everything and expires by itself', () => {
    const override = pauseOverride('1h', NOON, 'Europe/Berlin');
    const during = run({ processes: [elden], gpuTemperatureC: 95 }, { override });
    expect(during.decision).toMatchObject({
      cause: 'manual-pause',
      reason: 'Paused until 13:00 by you',
      resumesAt: NOON + 3_600_000,
    });
    // The thermal latch was still set from the sensors while the manual pause won.
    expect(during.memory.thermalPaused).toBe(true);
    const expired = run({}, { override, now: NOON + 3_600_000 });
    expect(expired.decision.action).toBe('serve');
  });

  it('pause choices: 15 min, until tomorrow 06:00, until resumed', () => {
    expect(run({}, { override: pauseOverride('15m', NOON, 'Europe/Berlin') }).decision.reason).toBe(
      'Paused until 12:15 by you',
    );
    expect(run({}, { override: pauseOverride('tomorrow', NOON, 'Europe/Berlin') }).decision).toMatchObject({
      reason: 'Paused until 06:00 by you',
      resumesAt: utc('2026-06-04T04:00:00Z'),
    });
    const forever = run(
      {},
      { override: pauseOverride('until-resumed', NOON, 'Europe/Berlin'), now: NOON + 30 * 86_400_000 },
    );
    expect(forever.decision).toMatchObject({
      action: 'pause',
      reason: 'Paused by you until you resume',
      resumesAt: null,
    });
    expect(() => pauseOverride({ forMs: 0 }, NOON, 'UTC')).toThrow(/positive/);
  });

  it('thermal pause with hysteresis: pause at the limit, hold until below limit − 6 °C', () => {
    const hot = run({ gpuTemperatureC: 86 }, { settings: { thermalLimitC: 83 } });
    expect(hot.decision).toMatchObject({
      cause: 'thermal',
      reason: 'Paused: GPU at 86 °C, resumes below 77 °C',
    });
    const cooling = run({ gpuTemperatureC: 78 }, { settings: { thermalLimitC: 83 }, memory: hot.memory });
    expect(cooling.decision.cause).toBe('thermal');
    const cool = run({ gpuTemperatureC: 76 }, { settings: { thermalLimitC: 83 }, memory: cooling.memory });
    expect(cool.decision.action).toBe('serve');
    // Without a prior thermal pause, 80 °C (below the limit) serves.
    expect(run({ gpuTemperatureC: 80 }, { settings: { thermalLimitC: 83 } }).decision.action).toBe('serve');
    // Default limit 86 with hysteresis 6 reads as in the brief.
    expect(run({ gpuTemperatureC: 86 }, { settings: { thermalLimitC: 86 } }).decision.reason).toBe(
      'Paused: GPU at 86 °C, resumes below 80 °C',
    );
  });

  it('pauses on battery only when asked to, and treats unknown as mains', () => {
    expect(run({ onBattery: true }).decision).toMatchObject({
      cause: 'battery',
      reason: 'Paused: on battery',
    });
    expect(run({ onBattery: true }, { settings: { pauseOnBattery: false } }).decision.action).toBe('serve');
    expect(run({ onBattery: 'unknown' }).decision.action).toBe('serve');
  });

  it('outside the schedule it says when it resumes; "resume now" beats it until the next boundary', () => {
    const nights = schedulePreset('nights', 'Europe/Berlin');
    const out = run({}, { settings: { schedule: nights } });
    expect(out.decision).toMatchObject({
      cause: 'schedule',
      reason: 'Outside your schedule (resumes 23:00)',
      resumesAt: utc('2026-06-03T21:00:00Z'),
    });
    const resume = resumeOverride(settings({ schedule: nights }), NOON);
    expect(resume?.until).toBe(utc('2026-06-03T21:00:00Z'));
    expect(run({}, { settings: { schedule: nights }, override: resume }).decision).toMatchObject({
      action: 'serve',
      cause: 'manual-resume',
      reason: 'Serving: resumed by you until 23:00',
    });
    // "Resume now" does not beat a game.
    expect(
      run({ processes: [elden] }, { settings: { schedule: nights }, override: resume }).decision.cause,
    ).toBe('game');
    // At the boundary the resume has done its job and expires; the schedule then serves anyway.
    const atNight = run(
      {},
      { settings: { schedule: nights }, override: resume, now: utc('2026-06-03T21:00:00Z') },
    );
    expect(atNight.decision).toMatchObject({ action: 'serve', cause: 'available' });
    // Inside the schedule there is nothing to beat: no override is created.
    expect(resumeOverride(settings({ schedule: nights }), utc('2026-06-03T22:00:00Z'))).toBeNull();
  });

  it('idle-only mode waits for N minutes without input and never guesses without a source', () => {
    const idle = { idleOnlyMinutes: 10 };
    expect(run({ inputIdleSeconds: 120 }, { settings: idle }).decision).toMatchObject({
      cause: 'idle-wait',
      reason: 'Waiting for 10 min without input',
    });
    expect(run({ inputIdleSeconds: 600 }, { settings: idle }).decision).toMatchObject({
      action: 'serve',
      cause: 'idle',
    });
    expect(run({ inputIdleSeconds: 'unknown' }, { settings: idle }).decision).toMatchObject({
      action: 'pause',
      cause: 'idle-unknown',
      reason: 'Idle-only mode needs input-idle information, which this system does not provide',
    });
  });

  it('precedence: manual > thermal > game > program > gpu-busy > battery > schedule > idle', () => {
    const all: Partial<SensorSnapshot> = {
      processes: [elden, { pid: 7, name: 'blender', exe: '/usr/bin/blender', argv0: null }],
      gpuProcesses: [{ pid: 9, name: '/opt/render/worker', type: 'C', usedMb: 4000 }],
      gpuTemperatureC: 90,
      onBattery: true,
      inputIdleSeconds: 0,
    };
    const base = {
      schedule: schedulePreset('nights', 'Europe/Berlin'),
      idleOnlyMinutes: 10,
      pauseForPrograms: ['blender'],
    };
    const order: string[] = [];
    let s = { ...all };
    let st: Partial<AvailabilitySettings> = { ...base };
    order.push(run(s, { settings: st, override: pauseOverride('1h', NOON, 'UTC') }).decision.cause);
    order.push(run(s, { settings: st }).decision.cause);
    s = { ...s, gpuTemperatureC: 40 };
    order.push(run(s, { settings: st }).decision.cause);
    st = { ...st, pauseForGames: false };
    order.push(run(s, { settings: st }).decision.cause);
    st = { ...st, pauseForPrograms: [] };
    order.push(run(s, { settings: st }).decision.cause);
    st = { ...st, gpuBusyThresholdMb: null, resumeGraceSeconds: 0 };
    order.push(run(s, { settings: st }).decision.cause);
    st = { ...st, pauseOnBattery: false };
    order.push(run(s, { settings: st }).decision.cause);
    st = { ...st, schedule: schedulePreset('always', 'Europe/Berlin') };
    order.push(run(s, { settings: st }).decision.cause);
    expect(order).toEqual([
      'manual-pause',
      'thermal',
      'game',
      'program',
      'gpu-busy',
      'battery',
      'schedule',
      'idle-wait',
    ]);
  });

  it('a missing temperature reading clears the thermal latch rather than inventing a value', () => {
    const hot = run({ gpuTemperatureC: 90 });
    expect(run({ gpuTemperatureC: null }, { memory: hot.memory }).decision.action).toBe('serve');
  });
});
