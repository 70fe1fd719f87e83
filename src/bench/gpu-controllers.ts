// From systeminformation's graphics controllers to the GPUs worth renting (pure, so tests can feed the
// records of GPUs a test machine lacks), and the plain-language reason when serving runs on the CPU.
import type { Gpu } from '../api/state.js';
import type { BackendProbe, BenchGpu } from './bench-schema.js';

/** The subset of systeminformation's graphics() controller record we read. */
export interface SiGpuController {
  vendor?: string;
  model?: string;
  /** Set by systeminformation from nvidia-smi on NVIDIA; more telling than lspci's chip name. */
  name?: string;
  vram?: number | null;
  vramDynamic?: boolean;
  memoryTotal?: number;
  memoryFree?: number;
  driverVersion?: string;
  bus?: string;
}

// Virtual display adapters of VMs, software renderers and server management chips are not GPUs to rent.
const NOT_RENTABLE =
  /(virtio|vmware svga|virtualbox|qxl|cirrus|bochs|hyper-v|microsoft basic|llvmpipe|standard vga|parallels display|aspeed|matrox g200|remote display)/i;

const isApple = (c: SiGpuController): boolean =>
  /apple/i.test(c.vendor ?? '') || /^apple m\d/i.test(c.model ?? '');
/** Integrated GPUs share system RAM; systeminformation's "vram" is then only the aperture size. */
const isIntegrated = (c: SiGpuController): boolean =>
  c.vramDynamic === true ||
  isApple(c) ||
  /(uhd graphics|iris|hd graphics|radeon\(tm\) graphics|radeon graphics|vega \d+ graphics)/i.test(
    c.model ?? '',
  );

function rentable(controllers: SiGpuController[]): SiGpuController[] {
  return controllers
    .filter((c) => !NOT_RENTABLE.test(`${c.vendor ?? ''} ${c.model ?? ''} ${c.name ?? ''}`))
    .filter((c) => (c.model ?? '').trim() !== '' || (c.vendor ?? '').trim() !== '');
}

const label = (c: SiGpuController): string => c.name?.trim() || c.model?.trim() || 'Unknown model';
const positive = (v: number | null | undefined): number | null => (typeof v === 'number' && v > 0 ? v : null);

/** Keeps real GPUs: virtual display adapters of VMs and software renderers are not GPUs to rent. */
export function gpusFromControllers(controllers: SiGpuController[]): Gpu[] {
  return rentable(controllers).map((c) => ({
    vendor: (c.vendor ?? 'Unknown vendor').trim(),
    model: label(c),
    vramMb: positive(c.memoryTotal) ?? positive(c.vram),
    driver: c.driverVersion?.trim() ? c.driverVersion.trim() : null,
  }));
}

/**
 * Apple silicon: macOS lets the GPU wire about two thirds of RAM on machines up to 36 GB and three quarters
 * above (Metal's recommendedMaxWorkingSetSize); llama.cpp's Metal backend plans with that figure.
 */
export function appleGpuShareMb(ramMb: number): number {
  return Math.floor(ramMb * (ramMb > 36 * 1024 ? 0.75 : 2 / 3));
}

/** Details for the benchmark: free VRAM and unified memory; dedicated GPUs first. */
export function benchGpusFromControllers(controllers: SiGpuController[], ramMb: number): BenchGpu[] {
  const gpus = rentable(controllers).map((c): BenchGpu => {
    const unified = isIntegrated(c);
    const dedicated = positive(c.memoryTotal) ?? positive(c.vram);
    return {
      vendor: (c.vendor ?? 'Unknown vendor').trim(),
      model: label(c),
      vramMb: isApple(c) ? appleGpuShareMb(ramMb) : unified ? null : dedicated,
      vramFreeMb: unified ? null : positive(c.memoryFree),
      driver: c.driverVersion?.trim() ? c.driverVersion.trim() : null,
      unifiedMemory: unified,
    };
  });
  return [
    ...gpus.filter((g) => !g.unifiedMemory || /apple/i.test(g.vendor)),
    ...gpus.filter((g) => g.unifiedMemory && !/apple/i.test(g.vendor)),
  ];
}

/** Null when a GPU backend is usable; otherwise why serving runs on the CPU, in words an owner understands. */
export function cpuOnlyReason(gpus: readonly BenchGpu[], probes: readonly BackendProbe[]): string | null {
  if (probes.some((p) => p.usable && p.backend !== 'cpu')) return null;
  const tried = probes.filter((p) => p.backend !== 'cpu').map((p) => `${p.backend}: ${p.detail}`);
  if (gpus.length === 0) {
    return 'No GPU was found, so Silkworm serves on the CPU: slower and fewer requests at once, but it works and earns.';
  }
  const names = gpus.map((g) => g.model).join(', ');
  return `Found ${names}, but no GPU backend loads here (${tried.join('; ') || 'none tried'}). Installing or updating the GPU driver usually fixes this; until then Silkworm serves on the CPU.`;
}
