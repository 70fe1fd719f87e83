// A real process started under a game's executable name in a fake Steam library is seen by the real /proc
// process lister: the monitor pauses with the game's name, and serves again once it exits and the grace
// period has passed. A launcher idling in the same library tree never pauses.
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/logging/logger.js';
import { AvailabilityMonitor, type DecisionChange } from '../../src/availability/monitor.js';
import { LinuxProcessLister } from '../../src/availability/process-lister.js';
import { defaultAvailabilitySettings } from '../../src/availability/settings-schema.js';
import { waitFor } from '../support/wait-for.js';

let root: string;
let steamDir: string;
const children: ChildProcess[] = [];
const monitors: AvailabilityMonitor[] = [];

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'silkworm-avail-'));
  steamDir = join(root, '.local', 'share', 'Steam');
  mkdirSync(join(steamDir, 'steamapps', 'common', 'ELDEN RING', 'Game'), { recursive: true });
  copyFileSync('/bin/sleep', join(steamDir, 'steam'));
  copyFileSync('/bin/sleep', join(steamDir, 'steamapps', 'common', 'ELDEN RING', 'Game', 'eldenring.exe'));
});
afterEach(() => {
  for (const m of monitors.splice(0)) m.stop();
  for (const c of children.splice(0)) c.kill('SIGKILL');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

function start(exe: string, argv0?: string): ChildProcess {
  const child = spawn(exe, ['60'], { stdio: 'ignore', ...(argv0 ? { argv0 } : {}) });
  children.push(child);
  return child;
}

interface Watched {
  monitor: AvailabilityMonitor;
  changes: DecisionChange[];
  /** The pids each sample of the monitor saw, in order. */
  samples: number[][];
}

function monitorWithLog(graceSeconds: number): Watched {
  const lister = new LinuxProcessLister();
  const samples: number[][] = [];
  const monitor = new AvailabilityMonitor({
    settings: { ...defaultAvailabilitySettings(), resumeGraceSeconds: graceSeconds },
    // The real /proc lister, narrowed to this test's processes: other test files run game-named processes
    // in parallel, and this machine is shared.
    processes: {
      list: async () => {
        const seen = (await lister.list()).filter((p) => children.some((c) => c.pid === p.pid));
        samples.push(seen.map((p) => p.pid));
        return seen;
      },
    },
    log: silentLogger,
  });
  monitors.push(monitor);
  const changes: DecisionChange[] = [];
  monitor.onChange((c) => changes.push(c));
  return { monitor, changes, samples };
}

const until = (check: () => boolean, ms: number, what: string): Promise<boolean> =>
  waitFor(check, { timeoutMs: ms, what });

describe.skipIf(process.platform !== 'linux')('availability with real processes', () => {
  it('pauses for a game under a Steam library, not for the idle launcher, and resumes after the grace period', async () => {
    const { monitor, changes, samples } = monitorWithLog(1);
    const launcher = start(join(steamDir, 'steam'));
    await monitor.start();
    // Two samples that saw the idle launcher, and still serving.
    await until(
      () => samples.filter((s) => s.includes(launcher.pid ?? -1)).length >= 2,
      5000,
      'two samples that see the launcher',
    );
    expect(monitor.current().action).toBe('serve');

    const startedAt = Date.now();
    const game = start(join(steamDir, 'steamapps', 'common', 'ELDEN RING', 'Game', 'eldenring.exe'));
    await until(() => monitor.current().action === 'pause', 3000, 'a pause for the game');
    const pause = changes.at(-1)!;
    expect(pause.decision).toMatchObject({
      cause: 'game',
      reason: 'Paused: game running (eldenring.exe)',
      maxConcurrency: 0,
      vramShare: 0,
    });
    expect(pause.decision.detection).toMatchObject({ pid: game.pid, launcher: 'Steam' });
    expect(pause.sampledAt).toBeGreaterThanOrEqual(startedAt - 5);
    expect(pause.sampledAt - startedAt).toBeLessThan(1000);

    const exited = new Promise((r) => game.once('exit', r));
    game.kill();
    await exited;
    const killedAt = Date.now();
    await until(() => monitor.current().cause === 'grace', 2000, 'the grace period after the game closed');
    expect(monitor.current().reason).toMatch(/^Paused: eldenring\.exe closed, resumes at \d\d:\d\d$/);
    await until(() => monitor.current().action === 'serve', 4000, 'serving again after the grace period');
    // Not before the grace period (1 s from the last sample that saw the game).
    expect(Date.now() - killedAt).toBeGreaterThanOrEqual(700);
    expect(changes.map((c) => c.decision.cause)).toEqual(['available', 'game', 'grace', 'available']);
  });

  it('finds a Proton-style game whose argv0 is the Windows path of the game', async () => {
    const { monitor } = monitorWithLog(0);
    await monitor.start();
    start(
      '/bin/sleep',
      'Z:\\home\\ann\\.steam\\steam\\steamapps\\common\\Cyberpunk 2077\\bin\\x64\\Cyberpunk2077.exe',
    );
    await until(() => monitor.current().action === 'pause', 3000, 'a pause for the game');
    expect(monitor.current().reason).toBe('Paused: game running (Cyberpunk2077.exe)');
  });
});
