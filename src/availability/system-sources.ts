// The real sensors for this machine, chosen per OS, for the composition root and the CLI. The desktop app
// passes Electron's powerMonitor as `inputIdle`; the daemon falls back to xprintidle (Linux with an X
// display) or ioreg (macOS) and otherwise reports 'unknown'.
import { silentLogger } from '../logging/logger.js';
import { createGpuTelemetry, type GpuTelemetrySource } from '../sensors/gpu-telemetry.js';
import { NvidiaGpuSource } from './gpu-source.js';
import { createProcessSource } from './process-lister-spawn.js';
import { runTool, type ToolRunner } from '../sensors/run-tool.js';
import type { GpuSource, InputIdleSource, PowerSource, ProcessSource } from './sensors.js';
import { SystemBatterySource, unknownIdleSource, XprintidleSource } from './system-sensors.js';

export interface SystemSources {
  processes: ProcessSource;
  gpu: GpuSource;
  inputIdle: InputIdleSource;
  power: PowerSource;
}

export function createSystemSources(
  options: {
    platform?: NodeJS.Platform;
    env?: NodeJS.ProcessEnv;
    inputIdle?: InputIdleSource;
    telemetry?: GpuTelemetrySource;
  } = {},
): SystemSources {
  const platform = options.platform ?? process.platform;
  const env = options.env ?? process.env;
  return {
    processes: createProcessSource(platform),
    // The node passes its one telemetry reader; the CLI's one-off look gets its own.
    gpu: new NvidiaGpuSource({
      telemetry: options.telemetry ?? createGpuTelemetry({ log: silentLogger, platform }),
    }),
    inputIdle: options.inputIdle ?? defaultIdleSource(platform, env),
    power: new SystemBatterySource(),
  };
}

function defaultIdleSource(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): InputIdleSource {
  // Without an X display xprintidle cannot answer: do not spawn it on every sample.
  if (platform === 'linux') return env.DISPLAY ? new XprintidleSource() : unknownIdleSource;
  if (platform === 'darwin') return new IoregIdleSource();
  return unknownIdleSource;
}

/** macOS: `ioreg -c IOHIDSystem` reports HIDIdleTime in nanoseconds. */
export class IoregIdleSource implements InputIdleSource {
  readonly #run: ToolRunner;
  constructor(options: { run?: ToolRunner } = {}) {
    this.#run = options.run ?? runTool;
  }
  async idleSeconds(): Promise<number | 'unknown'> {
    const r = await this.#run('ioreg', ['-c', 'IOHIDSystem', '-d', '4', '-r', '-k', 'HIDIdleTime'], 2000);
    if (!r.ok) return 'unknown';
    return parseIoregIdle(r.stdout);
  }
}

export function parseIoregIdle(stdout: string): number | 'unknown' {
  const m = /"HIDIdleTime"\s*=\s*(\d+)/.exec(stdout);
  return m ? Number(m[1]) / 1e9 : 'unknown';
}
