// `silkworm availability [--json] [--idle-only MIN]`: what the availability sensors see on this machine right
// now and what the policy would decide with default settings — for checking game detection without the app.
import { intFlag, parseArgs } from '../args.js';
import { silentLogger } from '../../logging/logger.js';
import { AvailabilityMonitor } from '../../availability/monitor.js';
import { detect } from '../../availability/game-detector.js';
import { defaultAvailabilitySettings } from '../../availability/settings-schema.js';
import { createSystemSources } from '../../availability/system-sources.js';

export async function availabilityCommand(args: string[]): Promise<number> {
  const parsed = parseArgs(args, { values: ['idle-only'], booleans: ['json'] });
  const settings = {
    ...defaultAvailabilitySettings(),
    idleOnlyMinutes: intFlag(parsed, 'idle-only', 1, 1440) ?? null,
  };
  const monitor = new AvailabilityMonitor({ settings, ...createSystemSources(), log: silentLogger });
  const decision = await monitor.start();
  monitor.stop();
  const r = monitor.readings();
  const detections = detect(r.processes, r.gpuProcesses, new Set(), settings);
  const sensors = {
    processes: r.processes.length,
    gpuProcesses: r.gpuProcesses === 'absent' ? 'absent' : r.gpuProcesses.length,
    gpuTemperatureC: r.gpuTemperatureC,
    inputIdleSeconds: r.inputIdleSeconds,
    onBattery: r.onBattery,
  };
  if (parsed.flags.has('json')) {
    process.stdout.write(JSON.stringify({ decision, sensors, detections }) + '\n');
  } else {
    process.stderr.write(`${decision.reason}\n`);
    for (const [k, v] of Object.entries(sensors)) process.stderr.write(`  ${k.padEnd(18)} ${String(v)}\n`);
    for (const d of detections) process.stderr.write(`  ${d.kind.padEnd(18)} ${d.name} (pid ${d.pid})\n`);
  }
  return 0;
}
