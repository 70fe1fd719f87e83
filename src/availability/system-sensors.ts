// Input-idle and battery sources for the headless daemon. The desktop app passes Electron's powerMonitor
// instead (see PowerMonitorIdleSource). Where the system cannot tell, the answer is 'unknown', never a guess.
import { runTool, type ToolRunner } from '../sensors/run-tool.js';
import type { InputIdleSource, PowerSource } from './sensors.js';

/** Linux/X11: `xprintidle` prints milliseconds since the last input. Absent or failing → 'unknown'. */
export class XprintidleSource implements InputIdleSource {
  readonly #run: ToolRunner;
  #absent = false;
  constructor(options: { run?: ToolRunner } = {}) {
    this.#run = options.run ?? runTool;
  }
  async idleSeconds(): Promise<number | 'unknown'> {
    if (this.#absent) return 'unknown';
    const r = await this.#run('xprintidle', [], 2000);
    if (!r.ok) {
      if (r.reason === 'absent') this.#absent = true;
      return 'unknown';
    }
    const ms = Number(r.stdout.trim());
    return Number.isFinite(ms) && ms >= 0 ? ms / 1000 : 'unknown';
  }
}

/** Wraps Electron's `powerMonitor.getSystemIdleTime()` (seconds) without importing electron. */
export class PowerMonitorIdleSource implements InputIdleSource {
  readonly #get: () => number;
  constructor(getSystemIdleTime: () => number) {
    this.#get = getSystemIdleTime;
  }
  idleSeconds(): Promise<number | 'unknown'> {
    return Promise.resolve(this.#get());
  }
}

/** A source for systems with no idle information at all. */
export const unknownIdleSource: InputIdleSource = { idleSeconds: () => Promise.resolve('unknown') };

interface BatteryInfo {
  hasBattery: boolean;
  acConnected: boolean;
}

/** systeminformation's battery(): on battery = has one and AC is not connected. */
export class SystemBatterySource implements PowerSource {
  readonly #read: () => Promise<BatteryInfo>;
  constructor(options: { read?: () => Promise<BatteryInfo> } = {}) {
    this.#read = options.read ?? (async () => (await import('systeminformation')).default.battery());
  }
  async onBattery(): Promise<boolean | 'unknown'> {
    try {
      const b = await this.#read();
      return b.hasBattery ? !b.acConnected : false;
    } catch {
      return 'unknown';
    }
  }
}
