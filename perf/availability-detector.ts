// What the game detector costs (part of the "availability" section, perf/availability.ts): the CPU share
// of a running monitor at the default 250 ms process polling, and the time of one cold and one warm scan
// of this machine's process table.
import { performance } from 'node:perf_hooks';
import { silentLogger } from '../src/logging/logger.js';
import { AvailabilityMonitor } from '../src/availability/monitor.js';
import { LinuxProcessLister } from '../src/availability/process-lister.js';
import { defaultAvailabilitySettings } from '../src/availability/settings-schema.js';

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
