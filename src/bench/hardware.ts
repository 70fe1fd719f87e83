// Hardware summary for the dashboard: CPU, RAM, GPUs. systeminformation is loaded lazily (it is heavy)
// and every probe is allowed to fail: "no GPU detected" is a normal answer, never a crash.
import os from 'node:os';
import type { Gpu, Hardware } from '../api/state.js';

/** The subset of systeminformation's graphics() controller record we read. */
export interface SiGpuController {
  vendor?: string;
  model?: string;
  vram?: number | null;
  driverVersion?: string;
  bus?: string;
}

const VIRTUAL_ADAPTERS = /(virtio|vmware svga|virtualbox|qxl|cirrus|bochs|hyper-v|microsoft basic|llvmpipe|standard vga)/i;

/** Keeps real GPUs: virtual display adapters of VMs and software renderers are not GPUs to rent. */
export function gpusFromControllers(controllers: SiGpuController[]): Gpu[] {
  return controllers
    .filter((c) => !VIRTUAL_ADAPTERS.test(`${c.vendor ?? ''} ${c.model ?? ''}`))
    .filter((c) => (c.model ?? '').trim() !== '' || (c.vendor ?? '').trim() !== '')
    .map((c) => ({
      vendor: (c.vendor ?? 'Unknown vendor').trim(),
      model: (c.model ?? 'Unknown model').trim(),
      vramMb: typeof c.vram === 'number' && c.vram > 0 ? c.vram : null,
      driver: c.driverVersion?.trim() ? c.driverVersion.trim() : null,
    }));
}

export async function detectHardware(): Promise<Hardware> {
  const si = await import('systeminformation');
  const [cpu, graphics, osInfo] = await Promise.all([
    si.cpu().catch(() => null),
    si.graphics().catch(() => ({ controllers: [] as SiGpuController[] })),
    si.osInfo().catch(() => null),
  ]);
  return {
    cpu: {
      brand: cpu ? `${cpu.manufacturer} ${cpu.brand}`.trim() : (os.cpus()[0]?.model ?? 'Unknown CPU'),
      cores: cpu?.physicalCores ?? os.cpus().length,
      threads: cpu?.cores ?? os.cpus().length,
    },
    ramMb: Math.round(os.totalmem() / 1024 / 1024),
    gpus: gpusFromControllers(graphics.controllers),
    os: osInfo ? `${osInfo.distro} ${osInfo.release}`.trim() : `${os.type()} ${os.release()}`,
  };
}

export function describeGpus(hardware: Hardware): string {
  if (hardware.gpus.length === 0) return 'No GPU detected — serving on the CPU';
  return hardware.gpus.map((g) => `${g.model}${g.vramMb ? ` (${Math.round(g.vramMb / 1024)} GB)` : ''}`).join(', ');
}
