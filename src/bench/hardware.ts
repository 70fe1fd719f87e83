// Hardware summary for the dashboard (CPU, RAM, GPUs) and the details the benchmark needs (free VRAM,
// usable node-llama-cpp backends). systeminformation is loaded lazily (it is heavy) and every probe is
// allowed to fail: "no GPU detected" is a normal answer, never a crash.
import os from 'node:os';
import type { Hardware } from '../api/state.js';
import type { BackendProbe, HardwareDetails } from './bench-schema.js';
import { pickBackend } from './backends.js';
import {
  benchGpusFromControllers,
  cpuOnlyReason,
  gpusFromControllers,
  type SiGpuController,
} from './gpu-controllers.js';

export { type SiGpuController } from './gpu-controllers.js';

/** The systeminformation calls we use, so tests can feed records of machines they are not. */
export interface HardwareSource {
  cpu(): Promise<{ manufacturer: string; brand: string; physicalCores: number; cores: number } | null>;
  graphics(): Promise<{ controllers: SiGpuController[] }>;
  osInfo(): Promise<{ distro: string; release: string } | null>;
  mem(): Promise<{ total: number; available: number } | null>;
}

export async function systemInformationSource(): Promise<HardwareSource> {
  const si = await import('systeminformation');
  return {
    cpu: () => si.cpu().catch(() => null),
    graphics: () => si.graphics().catch(() => ({ controllers: [] })),
    osInfo: () => si.osInfo().catch(() => null),
    mem: () => si.mem().catch(() => null),
  };
}

async function summary(source: HardwareSource): Promise<Hardware & { controllers: SiGpuController[] }> {
  const [cpu, graphics, osInfo] = await Promise.all([source.cpu(), source.graphics(), source.osInfo()]);
  return {
    cpu: {
      brand: cpu ? `${cpu.manufacturer} ${cpu.brand}`.trim() : (os.cpus()[0]?.model ?? 'Unknown CPU'),
      cores: cpu?.physicalCores ?? os.cpus().length,
      threads: cpu?.cores ?? os.cpus().length,
    },
    ramMb: Math.round(os.totalmem() / 1024 / 1024),
    gpus: gpusFromControllers(graphics.controllers),
    os: osInfo ? `${osInfo.distro} ${osInfo.release}`.trim() : `${os.type()} ${os.release()}`,
    controllers: graphics.controllers,
  };
}

export async function detectHardware(source?: HardwareSource): Promise<Hardware> {
  const { controllers: _controllers, ...hardware } = await summary(
    source ?? (await systemInformationSource()),
  );
  return hardware;
}

export function describeGpus(hardware: Hardware): string {
  if (hardware.gpus.length === 0) return 'No GPU detected — serving on the CPU';
  return hardware.gpus
    .map((g) => `${g.model}${g.vramMb ? ` (${Math.round(g.vramMb / 1024)} GB)` : ''}`)
    .join(', ');
}

export interface HardwareDetailsOptions {
  /** The backend probe (a BackendProber); its answer is cached there. */
  backends: { probe(): Promise<BackendProbe[]> };
  source?: HardwareSource;
}

/** Everything the benchmark and the Benchmark screen show about this machine. */
export async function detectHardwareDetails(options: HardwareDetailsOptions): Promise<HardwareDetails> {
  const source = options.source ?? (await systemInformationSource());
  const [base, mem, probes] = await Promise.all([summary(source), source.mem(), options.backends.probe()]);
  const gpus = benchGpusFromControllers(base.controllers, base.ramMb);
  // node-llama-cpp reads free VRAM from the driver of the backend it loaded: fill what the OS tool did not say.
  const usable = probes.find((p) => p.usable && p.backend !== 'cpu');
  const first = gpus[0];
  if (first && usable && first.vramFreeMb === null && !first.unifiedMemory && usable.vramFreeMb !== null) {
    first.vramFreeMb = usable.vramFreeMb;
  }
  return {
    cpu: base.cpu,
    ramMb: base.ramMb,
    ramFreeMb: mem ? Math.round(mem.available / 1024 / 1024) : Math.round(os.freemem() / 1024 / 1024),
    os: base.os,
    gpus,
    backends: probes,
    backend: pickBackend(probes),
    cpuOnlyReason: cpuOnlyReason(gpus, probes),
  };
}
