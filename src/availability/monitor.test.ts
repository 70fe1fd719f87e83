import { afterEach, describe, expect, it } from 'vitest';
import { createLogger, type Logger } from '../logging/logger.js';
import { AvailabilityMonitor, type DecisionChange } from './monitor.js';
import { schedulePreset } from './schedule-schema.js';
import type { GpuReadings, ProcessInfo } from './sensors.js';
import { defaultAvailabilitySettings } from './settings-schema.js';
import { waitFor } from '../../tests/support/wait-for.js';

const game: ProcessInfo = {
  pid: 77,
  name: 'eldenring.exe',
  exe: '/g/steamapps/common/ER/eldenring.exe',
  argv0: null,
};
const fast = { processesMs: 5, gpuMs: 5, idleMs: 5, powerMs: 5, clockMs: 5 };
const monitors: AvailabilityMonitor[] = [];
afterEach(() => {
  for (const m of monitors.splice(0)) m.stop();
});

function setup(opts: { gpu?: () => GpuReadings; processes?: () => ProcessInfo[]; ownPids?: number[] } = {}) {
  let now = Date.parse('2026-06-03T10:00:00Z');
  let procs: ProcessInfo[] = [];
  const warnings: string[] = [];
  const log: Logger = createLogger('test', (l) => {
    if (l.level === 'warn') warnings.push(l.message);
  });
  const changes: DecisionChange[] = [];
  // How many times each sensor was read: a test that asserts "nothing changed" waits for samples, not time.
  const reads = { processes: 0, gpu: 0 };
  const monitor = new AvailabilityMonitor({
    settings: {
      ...defaultAvailabilitySettings(),
      schedule: schedulePreset('always', 'Europe/Berlin'),
      resumeGraceSeconds: 30,
    },
    processes: {
      list: () => {
        reads.processes++;
        return Promise.resolve(opts.processes ? opts.processes() : procs);
      },
    },
    ...(opts.gpu
      ? {
          gpu: {
            read: () => {
              reads.gpu++;
              return Promise.resolve(opts.gpu!());
            },
          },
        }
      : {}),
    ownPids: () => opts.ownPids ?? [],
    now: () => now,
    log,
    intervals: fast,
  });
  monitors.push(monitor);
  monitor.onChange((c) => changes.push(c));
  return {
    monitor,
    changes,
    warnings,
    reads,
    setProcs: (p: ProcessInfo[]) => {
      procs = p;
    },
    advance: (ms: number) => {
      now += ms;
    },
    now: () => now,
  };
}

const until = (check: () => boolean, ms = 2000, what = 'the monitor'): Promise<boolean> =>
  waitFor(check, { timeoutMs: ms, what, intervalMs: 5 });

describe('AvailabilityMonitor', () => {
  it('emits the first decision, then a pause with the sample time when a game appears, then serves after the grace', async () => {
    const t = setup();
    await t.monitor.start();
    expect(t.changes.map((c) => c.decision.action)).toEqual(['serve']);
    t.advance(1000);
    const sampleTime = t.now();
    t.setProcs([game]);
    await until(() => t.changes.length === 2);
    expect(t.changes[1]).toMatchObject({
      trigger: 'processes',
      sampledAt: sampleTime,
      decision: { action: 'pause', cause: 'game', reason: 'Paused: game running (eldenring.exe)' },
    });
    t.setProcs([]);
    await until(() => t.changes.length === 3);
    expect(t.changes[2]!.decision).toMatchObject({ cause: 'grace', resumesAt: sampleTime + 30_000 });
    t.advance(30_000);
    await until(() => t.changes.length === 4);
    expect(t.changes[3]!.decision.action).toBe('serve');
  });

  it('a timed manual pause expires on the clock; resume clears a pause at once', async () => {
    const t = setup();
    await t.monitor.start();
    expect(t.monitor.pause('15m')).toMatchObject({
      cause: 'manual-pause',
      reason: 'Paused until 12:15 by you',
    });
    expect(t.changes.at(-1)).toMatchObject({ trigger: 'override', override: { kind: 'pause' } });
    t.advance(15 * 60_000);
    await until(() => t.changes.at(-1)?.decision.action === 'serve');
    expect(t.monitor.override()).toBeNull();
    t.monitor.pause('until-resumed');
    expect(t.monitor.resume().action).toBe('serve');
  });

  it('does not emit when nothing changed', async () => {
    const t = setup();
    await t.monitor.start();
    const after = t.reads.processes;
    await until(() => t.reads.processes >= after + 5, 2000, 'five more process samples');
    expect(t.changes).toHaveLength(1);
  });

  it('pauses when the GPU gets hot and holds with hysteresis; our own sandbox pid does not count as busy', async () => {
    let temp = 70;
    const t = setup({
      gpu: () => ({ processes: [{ pid: 999, name: 'node', type: 'C', usedMb: 20_000 }], temperatureC: temp }),
      ownPids: [999],
    });
    await t.monitor.start();
    expect(t.monitor.current().action).toBe('serve');
    temp = 90;
    await until(() => t.monitor.current().cause === 'thermal');
    temp = 80;
    const at80 = t.reads.gpu;
    await until(() => t.reads.gpu >= at80 + 3, 2000, 'three GPU samples at 80 °C');
    expect(t.monitor.current().cause).toBe('thermal');
    temp = 70;
    await until(() => t.monitor.current().action === 'serve');
    expect(t.monitor.readings().gpuProcesses).toEqual([
      { pid: 999, name: 'node', type: 'C', usedMb: 20_000 },
    ]);
  });

  it('a failing sensor is logged once and reads as no reading', async () => {
    const t = setup({
      processes: () => {
        throw new Error('EACCES /proc');
      },
    });
    await t.monitor.start();
    await until(() => t.reads.processes >= 3, 2000, 'three failed process samples');
    expect(t.warnings).toEqual(['processes sensor failed: EACCES /proc']);
    expect(t.monitor.current().action).toBe('serve');
  });

  it('settings changes apply at once', async () => {
    const t = setup();
    await t.monitor.start();
    const d = t.monitor.setSettings({
      ...defaultAvailabilitySettings(),
      schedule: schedulePreset('nights', 'Europe/Berlin'),
    });
    expect(d).toMatchObject({ cause: 'schedule', reason: 'Outside your schedule (resumes 23:00)' });
    expect(t.changes.at(-1)?.trigger).toBe('settings');
  });
});
