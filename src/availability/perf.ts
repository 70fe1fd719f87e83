// Perf section "availability": how fast a game start turns into a pause decision at the default polling,
// and what the detector costs in CPU. A real process is started under a game's executable name in a fake
// Steam library (a copy of /bin/sleep), exactly as a game would appear to the process lister.
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { silentLogger, type Logger } from '../logging/logger.js';
import { AvailabilityMonitor, type DecisionChange } from './monitor.js';
import { LinuxProcessLister } from './process-lister.js';
import { defaultAvailabilitySettings } from './settings-schema.js';

export interface DetectToFreeOptions {
  runs?: number;
  /** Called on each pause; resolves once the GPU is free (the lead plugs in the yield path). */
  onPause?: (change: DecisionChange) => Promise<void>;
  log?: Logger;
}

/** Starts a fake game `runs` times; returns start → pause decision (→ onPause resolved) times in ms. */
export async function measureDetectToFree(options: DetectToFreeOptions = {}): Promise<number[]> {
  const dir = mkdtempSync(join(tmpdir(), 'silkworm-game-'));
  const gameDir = join(dir, 'SteamLibrary', 'steamapps', 'common', 'EldenRing');
  mkdirSync(gameDir, { recursive: true });
  const exe = join(gameDir, 'eldenring.exe');
  copyFileSync('/bin/sleep', exe);
  const monitor = new AvailabilityMonitor({
    settings: { ...defaultAvailabilitySettings(), resumeGraceSeconds: 0 },
    processes: new LinuxProcessLister(),
    log: options.log ?? silentLogger,
  });
  const times: number[] = [];
  let child: ChildProcess | null = null;
  try {
    await monitor.start();
    for (let i = 0; i < (options.runs ?? 5); i++) {
      const paused = waitFor(
        monitor,
        (c) => c.decision.cause === 'game' && c.decision.detection?.pid === child?.pid,
      );
      // A random phase against the 250 ms polling, so the figure is the typical wait, not always the worst.
      await new Promise((r) => setTimeout(r, Math.random() * 250));
      const started = performance.now();
      child = spawn(exe, ['30'], { stdio: 'ignore' });
      const change = await paused;
      if (options.onPause) await options.onPause(change);
      times.push(performance.now() - started);
      const served = waitFor(monitor, (c) => c.decision.action === 'serve');
      child.kill();
      await served;
    }
  } finally {
    child?.kill();
    monitor.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  return times;
}

function waitFor(
  monitor: AvailabilityMonitor,
  match: (c: DecisionChange) => boolean,
  timeoutMs = 5000,
): Promise<DecisionChange> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      off();
      reject(new Error(`no matching availability decision within ${timeoutMs} ms`));
    }, timeoutMs);
    const off = monitor.onChange((c) => {
      if (!match(c)) return;
      clearTimeout(timer);
      off();
      resolve(c);
    });
  });
}

/** CPU share (% of one core) of a running monitor with the default 250 ms process polling, over `windowMs`. */
export async function measureDetectorCpu(
  windowMs = 5000,
): Promise<{ cpuPct: number; processes: number; coldScanMs: number; warmScanMs: number }> {
  // Warm scans: every pid already cached and old, no revalidation due — the steady-state tick.
  let clock = 0;
  const probe = new LinuxProcessLister({ now: () => clock, revalidateMs: 1e12 });
  let t = performance.now();
  const processes = probe.scan().length;
  const coldScanMs = performance.now() - t;
  t = performance.now();
  for (let i = 0; i < 20; i++) {
    clock += 250;
    probe.scan();
  }
  const warmScanMs = (performance.now() - t) / 20;
  const monitor = new AvailabilityMonitor({
    settings: defaultAvailabilitySettings(),
    processes: new LinuxProcessLister(),
    log: silentLogger,
  });
  await monitor.start();
  const cpu0 = process.cpuUsage();
  const wall0 = performance.now();
  await new Promise((r) => setTimeout(r, windowMs));
  const cpu = process.cpuUsage(cpu0);
  const wall = performance.now() - wall0;
  monitor.stop();
  return { cpuPct: ((cpu.user + cpu.system) / 1000 / wall) * 100, processes, coldScanMs, warmScanMs };
}

const round = (n: number, digits = 2): number => Number(n.toFixed(digits));

export async function availabilityPerf(): Promise<Record<string, number>> {
  const times = (await measureDetectToFree({ runs: 9 })).sort((a, b) => a - b);
  const cpu = await measureDetectorCpu(8000);
  return {
    detect_to_decision_ms: round(times[Math.floor(times.length / 2)] ?? NaN, 1),
    detect_to_decision_max_ms: round(times[times.length - 1] ?? NaN, 1),
    detector_cpu_pct: round(cpu.cpuPct, 3),
    process_count: cpu.processes,
    proc_scan_cold_ms: round(cpu.coldScanMs),
    proc_scan_warm_ms: round(cpu.warmScanMs, 3),
  };
}
