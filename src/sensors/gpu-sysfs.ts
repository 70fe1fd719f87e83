// GPU sensors on Linux without nvidia-smi, from the kernel's DRM and hwmon files: a few small file reads,
// no process spawn. AMD's amdgpu driver reports everything (heat, load, VRAM, power); other drivers (Intel
// xe/i915, nouveau) often report only a temperature, which still serves the availability thermal limit.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { GpuTelemetry } from './gpu-telemetry-schema.js';

const AMD_VENDOR = '0x1002';
const MB = 1024 * 1024;

async function text(path: string): Promise<string | null> {
  try {
    return (await readFile(path, 'utf8')).trim();
  } catch {
    return null;
  }
}

async function numberAt(path: string): Promise<number | null> {
  const t = await text(path);
  if (t === null || t === '') return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : null;
}

async function list(dir: string): Promise<string[]> {
  try {
    return await readdir(dir);
  } catch {
    return [];
  }
}

/** The card's temperature in millidegrees: temp1 (the edge sensor, as nvidia-smi's core reading) when present, else the hottest one. */
async function milliCelsius(hw: string): Promise<number | null> {
  const edge = await numberAt(join(hw, 'temp1_input'));
  if (edge !== null) return edge;
  let best: number | null = null;
  for (const f of (await list(hw)).filter((n) => /^temp\d+_input$/.test(n))) {
    const v = await numberAt(join(hw, f));
    if (v !== null && v > 0 && (best === null || v > best)) best = v;
  }
  return best;
}

/** Reads every DRM card under `root` (normally /sys/class/drm) that reports a sensor; none → an empty list. */
export async function readSysfsGpus(root = '/sys/class/drm'): Promise<GpuTelemetry['gpus']> {
  const cards = (await list(root))
    .filter((c) => /^card\d+$/.test(c))
    .sort((a, b) => Number(a.slice(4)) - Number(b.slice(4)));
  const gpus: GpuTelemetry['gpus'] = [];
  for (const card of cards) {
    const dev = join(root, card, 'device');
    const amd = (await text(join(dev, 'vendor'))) === AMD_VENDOR;
    const hwmonDir = join(dev, 'hwmon');
    const hwmon = (await list(hwmonDir))[0];
    const hw = hwmon === undefined ? null : join(hwmonDir, hwmon);
    const milliC = hw ? await milliCelsius(hw) : null;
    // Another vendor's card counts only with a temperature (an iGPU without sensors tells nothing).
    if (!amd && milliC === null) continue;
    // power1_average (older kernels) or power1_input, in microwatts.
    const microW = hw
      ? ((await numberAt(join(hw, 'power1_average'))) ?? (await numberAt(join(hw, 'power1_input'))))
      : null;
    const used = await numberAt(join(dev, 'mem_info_vram_used'));
    const total = await numberAt(join(dev, 'mem_info_vram_total'));
    const busy = await numberAt(join(dev, 'gpu_busy_percent'));
    gpus.push({
      index: gpus.length,
      name: (await text(join(dev, 'product_name'))) || `${amd ? 'AMD GPU' : 'GPU'} (${card})`,
      temperatureC: milliC === null ? null : milliC / 1000,
      utilizationPct: busy === null ? null : Math.min(100, Math.max(0, busy)),
      vramUsedMb: used === null ? null : Math.round(used / MB),
      vramTotalMb: total === null ? null : Math.round(total / MB),
      powerW: microW === null ? null : microW / 1e6,
    });
  }
  return gpus;
}
