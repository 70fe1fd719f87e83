// AMD GPUs on Linux report their sensors through the amdgpu driver's sysfs files: reading them is a few
// small file reads, no process spawn. Used when nvidia-smi is absent.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { GpuTelemetry } from './bench-schema.js';

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

/** Reads every amdgpu card under `root` (normally /sys/class/drm); none → an empty list. */
export async function readAmdgpuSysfs(root = '/sys/class/drm'): Promise<GpuTelemetry['gpus']> {
  const cards = (await list(root)).filter((c) => /^card\d+$/.test(c)).sort((a, b) => Number(a.slice(4)) - Number(b.slice(4)));
  const gpus: GpuTelemetry['gpus'] = [];
  for (const card of cards) {
    const dev = join(root, card, 'device');
    if ((await text(join(dev, 'vendor'))) !== AMD_VENDOR) continue;
    const hwmonDir = join(dev, 'hwmon');
    const hwmon = (await list(hwmonDir))[0];
    const hw = hwmon === undefined ? null : join(hwmonDir, hwmon);
    // temp1 is the edge sensor; power1_average (older kernels) or power1_input, in microwatts.
    const milliC = hw ? await numberAt(join(hw, 'temp1_input')) : null;
    const microW = hw ? ((await numberAt(join(hw, 'power1_average'))) ?? (await numberAt(join(hw, 'power1_input')))) : null;
    const used = await numberAt(join(dev, 'mem_info_vram_used'));
    const total = await numberAt(join(dev, 'mem_info_vram_total'));
    const busy = await numberAt(join(dev, 'gpu_busy_percent'));
    gpus.push({
      index: gpus.length,
      name: (await text(join(dev, 'product_name'))) || `AMD GPU (${card})`,
      temperatureC: milliC === null ? null : milliC / 1000,
      utilizationPct: busy === null ? null : Math.min(100, Math.max(0, busy)),
      vramUsedMb: used === null ? null : Math.round(used / MB),
      vramTotalMb: total === null ? null : Math.round(total / MB),
      powerW: microW === null ? null : microW / 1e6,
    });
  }
  return gpus;
}
