// GPU telemetry (temperature, utilisation, VRAM used, power): the one GPU sensor reader, shared by the
// dashboard, the availability policy's thermal limit and the estimate's watts. One nvidia-smi spawn per
// sample at most (on Linux without it: the kernel's sysfs files), samples at most once per interval
// (callers in between get the cached sample; concurrent callers share one spawn). A sensor the platform
// does not report is null, and no tool at all is 'absent' — never a made-up zero.
import type { Logger } from '../logging/logger.js';
import type { GpuTelemetry } from './gpu-telemetry-schema.js';
import { readSysfsGpus } from './gpu-sysfs.js';
import { runTool, type ToolResult, type ToolRunner } from './run-tool.js';

export interface GpuTelemetrySource {
  read(): Promise<GpuTelemetry>;
}

export const NVIDIA_SMI_QUERY =
  'index,name,temperature.gpu,utilization.gpu,memory.used,memory.total,power.draw';
export const NVIDIA_SMI_ARGS = [`--query-gpu=${NVIDIA_SMI_QUERY}`, '--format=csv,noheader,nounits'] as const;

/** "[N/A]", "[Not Supported]", "N/A" or anything non-numeric: the sensor is not reported. */
function reading(field: string | undefined): number | null {
  const t = (field ?? '').trim();
  if (t === '' || t.startsWith('[') || /^n\/a$/i.test(t)) return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : null;
}

/** Parses the CSV of NVIDIA_SMI_ARGS, one GPU a line. Lines that do not fit are skipped. */
export function parseNvidiaSmi(stdout: string): GpuTelemetry['gpus'] {
  const gpus: GpuTelemetry['gpus'] = [];
  for (const line of stdout.split(/\r?\n/)) {
    const f = line.split(',');
    if (f.length < 7) continue;
    const index = Number(f[0]?.trim());
    if (!Number.isInteger(index) || index < 0) continue;
    // Read the five numbers from the end so a comma inside a name cannot shift them.
    const tail = f.slice(-5);
    const utilization = reading(tail[1]);
    gpus.push({
      index,
      name: f.slice(1, -5).join(',').trim(),
      temperatureC: reading(tail[0]),
      utilizationPct: utilization === null ? null : Math.min(100, Math.max(0, utilization)),
      vramUsedMb: reading(tail[2]),
      vramTotalMb: reading(tail[3]),
      powerW: reading(tail[4]),
    });
  }
  return gpus;
}

export interface NvidiaSmiTelemetryOptions {
  log: Logger;
  run?: ToolRunner;
  now?: () => number;
  /** At most one sample per interval (default 1 s). */
  minIntervalMs?: number;
  /** After "no nvidia-smi here", look again only this much later (a driver install is rare). */
  absentRecheckMs?: number;
  command?: string;
  /** Readings to take when nvidia-smi is absent (the sysfs files on Linux); empty means none here. */
  fallback?: () => Promise<{ gpus: GpuTelemetry['gpus']; source: GpuTelemetry['source'] }>;
}

export class NvidiaSmiTelemetry implements GpuTelemetrySource {
  readonly #log: Logger;
  readonly #run: ToolRunner;
  readonly #now: () => number;
  readonly #minIntervalMs: number;
  readonly #absentRecheckMs: number;
  readonly #command: string;
  readonly #fallback: NvidiaSmiTelemetryOptions['fallback'];
  #last: GpuTelemetry | undefined;
  #inFlight: Promise<GpuTelemetry> | undefined;
  #nvidiaAbsentAt: number | undefined;
  #spawns = 0;

  constructor(options: NvidiaSmiTelemetryOptions) {
    this.#log = options.log;
    this.#run = options.run ?? runTool;
    this.#now = options.now ?? Date.now;
    this.#minIntervalMs = options.minIntervalMs ?? 1000;
    this.#absentRecheckMs = options.absentRecheckMs ?? 5 * 60_000;
    this.#command = options.command ?? 'nvidia-smi';
    this.#fallback = options.fallback;
  }

  /** How many times the tool was started (for tests and the perf section). */
  get spawns(): number {
    return this.#spawns;
  }

  read(): Promise<GpuTelemetry> {
    const last = this.#last;
    if (last) {
      const ttl = last.source === 'absent' ? this.#absentRecheckMs : this.#minIntervalMs;
      if (this.#now() - last.at < ttl) return Promise.resolve(last);
    }
    this.#inFlight ??= this.#sample().finally(() => {
      this.#inFlight = undefined;
    });
    return this.#inFlight;
  }

  async #sample(): Promise<GpuTelemetry> {
    const start = this.#now();
    // Once nvidia-smi is known absent, do not try it on every sample (a fallback may be sampled each second).
    const skip = this.#nvidiaAbsentAt !== undefined && start - this.#nvidiaAbsentAt < this.#absentRecheckMs;
    let result: ToolResult = { ok: false, reason: 'absent', message: 'nvidia-smi is absent' };
    if (!skip) {
      this.#spawns++;
      result = await this.#run(this.#command, NVIDIA_SMI_ARGS, 2000);
      this.#nvidiaAbsentAt = !result.ok && result.reason === 'absent' ? start : undefined;
    }
    const at = this.#now();
    let sample: GpuTelemetry;
    if (result.ok) {
      sample = { at, gpus: parseNvidiaSmi(result.stdout), source: 'nvidia-smi' };
    } else if (result.reason === 'absent') {
      const other = this.#fallback ? await this.#fallback() : undefined;
      // Found by the fallback: sample it at the normal rate (no spawn involved).
      sample = other && other.gpus.length > 0 ? { at, ...other } : { at, gpus: [], source: 'absent' };
    } else {
      // A failing tool (driver mismatch, GPU fell off the bus) reads as no sensors, and is said in the log.
      this.#log.warn(`nvidia-smi failed: ${result.message.slice(0, 200)}`);
      sample = { at, gpus: [], source: 'absent' };
    }
    if (sample.source === 'nvidia-smi' && sample.gpus.length === 0) sample = { ...sample, source: 'absent' };
    this.#last = sample;
    return sample;
  }
}

/** Telemetry for this platform: nvidia-smi, and the sysfs files on Linux when nvidia-smi is absent. */
export function createGpuTelemetry(options: {
  log: Logger;
  platform?: NodeJS.Platform;
  sysfsRoot?: string;
  run?: ToolRunner;
}): NvidiaSmiTelemetry {
  const linux = (options.platform ?? process.platform) === 'linux';
  return new NvidiaSmiTelemetry({
    log: options.log,
    ...(options.run ? { run: options.run } : {}),
    ...(linux
      ? { fallback: async () => ({ gpus: await readSysfsGpus(options.sysfsRoot), source: 'sysfs' as const }) }
      : {}),
  });
}

/** The hottest GPU's temperature, for the availability policy's thermal limit; null when unknown. */
export function hottestTemperature(t: GpuTelemetry): number | null {
  const temps = t.gpus.map((g) => g.temperatureC).filter((c): c is number => c !== null);
  return temps.length === 0 ? null : Math.max(...temps);
}

/** Summed power draw for the estimate's watts; null when no GPU reports power. */
export function totalPowerW(t: GpuTelemetry): number | null {
  const watts = t.gpus.map((g) => g.powerW).filter((w): w is number => w !== null);
  return watts.length === 0 ? null : watts.reduce((a, b) => a + b, 0);
}
