import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../logging/logger.js';
import { gpuTelemetrySchema } from './gpu-telemetry-schema.js';
import { readSysfsGpus } from './gpu-sysfs.js';
import {
  createGpuTelemetry,
  hottestTemperature,
  NVIDIA_SMI_ARGS,
  NvidiaSmiTelemetry,
  parseNvidiaSmi,
  totalPowerW,
} from './gpu-telemetry.js';
import type { ToolRunner } from './run-tool.js';

// Recorded shapes of `nvidia-smi --query-gpu=index,name,temperature.gpu,utilization.gpu,memory.used,memory.total,power.draw --format=csv,noheader,nounits`.
const rtx4090Busy = '0, NVIDIA GeForce RTX 4090, 71, 98, 21874, 24564, 412.35\n';
const twoGpus =
  '0, NVIDIA GeForce RTX 3090, 64, 87, 18211, 24576, 331.02\n1, NVIDIA GeForce RTX 3060, 41, 0, 6, 12288, 14.61\n';
const laptopNoPower = '0, NVIDIA GeForce RTX 3060 Laptop GPU, 52, 12, 1650, 6144, [N/A]\r\n';
const notSupported =
  '0, NVIDIA GeForce GTX 1650, [Not Supported], [Not Supported], 412, 4096, [Not Supported]\n';

describe('parseNvidiaSmi', () => {
  it('reads every sensor of a busy RTX 4090', () => {
    expect(parseNvidiaSmi(rtx4090Busy)).toEqual([
      {
        index: 0,
        name: 'NVIDIA GeForce RTX 4090',
        temperatureC: 71,
        utilizationPct: 98,
        vramUsedMb: 21874,
        vramTotalMb: 24564,
        powerW: 412.35,
      },
    ]);
  });

  it('reads one line per GPU', () => {
    const gpus = parseNvidiaSmi(twoGpus);
    expect(gpus.map((g) => [g.index, g.name, g.powerW])).toEqual([
      [0, 'NVIDIA GeForce RTX 3090', 331.02],
      [1, 'NVIDIA GeForce RTX 3060', 14.61],
    ]);
    const t = { at: 0, gpus, source: 'nvidia-smi' as const };
    expect(hottestTemperature(t)).toBe(64);
    expect(totalPowerW(t)).toBeCloseTo(345.63, 6);
  });

  it('reports unsupported sensors as absent, not zero', () => {
    const [laptop] = parseNvidiaSmi(laptopNoPower);
    expect(laptop?.powerW).toBeNull();
    expect(laptop?.temperatureC).toBe(52);
    const [old] = parseNvidiaSmi(notSupported);
    expect(old).toMatchObject({ temperatureC: null, utilizationPct: null, powerW: null, vramUsedMb: 412 });
    const t = { at: 0, gpus: parseNvidiaSmi(notSupported), source: 'nvidia-smi' as const };
    expect(hottestTemperature(t)).toBeNull();
    expect(totalPowerW(t)).toBeNull();
    expect(gpuTelemetrySchema.safeParse(t).success).toBe(true);
  });

  it('skips lines that are not GPU records (errors, blank lines)', () => {
    const out =
      'NVIDIA-SMI has failed because it could not communicate with the NVIDIA driver.\n\n' + rtx4090Busy;
    expect(parseNvidiaSmi(out)).toHaveLength(1);
  });
});

function fakeRunner(stdout: string): { run: ToolRunner; calls: string[][] } {
  // 'absent' and 'failed' stand for a missing and a failing tool; anything else is its output.
  const calls: string[][] = [];
  const run: ToolRunner = async (command, args) => {
    calls.push([command, ...args]);
    await new Promise((r) => setTimeout(r, 5));
    if (stdout === 'absent') return { ok: false, reason: 'absent', message: 'spawn nvidia-smi ENOENT' };
    if (stdout === 'failed') return { ok: false, reason: 'failed', message: 'exit 9' };
    return { ok: true, stdout };
  };
  return { run, calls };
}

describe('NvidiaSmiTelemetry', () => {
  it('samples at most once a second, sharing one spawn between concurrent readers', async () => {
    let now = 10_000;
    const { run, calls } = fakeRunner(rtx4090Busy);
    const t = new NvidiaSmiTelemetry({ log: silentLogger, run, now: () => now });
    const burst = await Promise.all(Array.from({ length: 20 }, () => t.read()));
    expect(calls).toHaveLength(1);
    expect(calls[0]).toEqual(['nvidia-smi', ...NVIDIA_SMI_ARGS]);
    expect(new Set(burst).size).toBe(1);
    now += 999;
    await t.read();
    expect(calls).toHaveLength(1);
    now += 1;
    const next = await t.read();
    expect(calls).toHaveLength(2);
    expect(next.gpus[0]?.temperatureC).toBe(71);
    expect(t.spawns).toBe(2);
  });

  it('says absent when there is no nvidia-smi, and does not keep spawning', async () => {
    let now = 0;
    const { run, calls } = fakeRunner('absent');
    const t = new NvidiaSmiTelemetry({ log: silentLogger, run, now: () => now, absentRecheckMs: 60_000 });
    expect(await t.read()).toEqual({ at: 0, gpus: [], source: 'absent' });
    now += 30_000;
    await t.read();
    expect(calls).toHaveLength(1);
    now += 30_000;
    await t.read();
    expect(calls).toHaveLength(2);
  });

  it('treats a failing tool as no sensors and logs it', async () => {
    const lines: string[] = [];
    const log = { ...silentLogger, warn: (m: string) => lines.push(m) };
    const t = new NvidiaSmiTelemetry({ log, run: fakeRunner('failed').run });
    expect((await t.read()).source).toBe('absent');
    expect(lines.join()).toContain('nvidia-smi failed');
  });
});

describe('sysfs fallback', () => {
  async function fakeSysfs(): Promise<string> {
    const root = await mkdtemp(join(tmpdir(), 'sw-sysfs-'));
    // card0: an Intel iGPU without sensors (not listed); card1: an RX 7900 XTX under load.
    const intel = join(root, 'card0', 'device');
    await mkdir(intel, { recursive: true });
    await writeFile(join(intel, 'vendor'), '0x8086\n');
    const amd = join(root, 'card1', 'device');
    await mkdir(join(amd, 'hwmon', 'hwmon3'), { recursive: true });
    await writeFile(join(amd, 'vendor'), '0x1002\n');
    await writeFile(join(amd, 'gpu_busy_percent'), '97\n');
    await writeFile(join(amd, 'mem_info_vram_used'), `${19_000 * 1024 * 1024}\n`);
    await writeFile(join(amd, 'mem_info_vram_total'), `${24_560 * 1024 * 1024}\n`);
    await writeFile(join(amd, 'hwmon', 'hwmon3', 'temp1_input'), '68000\n');
    await writeFile(join(amd, 'hwmon', 'hwmon3', 'power1_average'), '331000000\n');
    await mkdir(join(root, 'card1-DP-1'));
    return root;
  }

  it('reads an RX 7900 XTX from amdgpu sysfs and skips a card without sensors', async () => {
    const gpus = await readSysfsGpus(await fakeSysfs());
    expect(gpus).toEqual([
      {
        index: 0,
        name: 'AMD GPU (card1)',
        temperatureC: 68,
        utilizationPct: 97,
        vramUsedMb: 19000,
        vramTotalMb: 24560,
        powerW: 331,
      },
    ]);
  });

  it("reads another vendor's card that reports only temperatures (the hottest when there is no temp1)", async () => {
    const root = await fakeSysfs();
    const hw = join(root, 'card2', 'device', 'hwmon', 'hwmon5');
    await mkdir(hw, { recursive: true });
    await writeFile(join(root, 'card2', 'device', 'vendor'), '0x8086\n');
    await writeFile(join(hw, 'temp2_input'), '61000\n');
    await writeFile(join(hw, 'temp3_input'), '84500\n');
    const gpus = await readSysfsGpus(root);
    expect(gpus[1]).toEqual({
      index: 1,
      name: 'GPU (card2)',
      temperatureC: 84.5,
      utilizationPct: null,
      vramUsedMb: null,
      vramTotalMb: null,
      powerW: null,
    });
    expect(hottestTemperature({ at: 0, gpus, source: 'sysfs' })).toBe(84.5);
  });

  it('reports absent sensors of an older kernel as null', async () => {
    const root = await fakeSysfs();
    await rm(join(root, 'card1', 'device', 'hwmon'), { recursive: true });
    const [gpu] = await readSysfsGpus(root);
    expect(gpu).toMatchObject({ temperatureC: null, powerW: null, utilizationPct: 97 });
    expect(await readSysfsGpus(join(root, 'missing'))).toEqual([]);
  });

  it('is used when nvidia-smi is absent, without retrying nvidia-smi every second', async () => {
    let now = 0;
    const root = await fakeSysfs();
    const { run, calls } = fakeRunner('absent');
    const t = new NvidiaSmiTelemetry({
      log: silentLogger,
      run,
      now: () => now,
      fallback: async () => ({ gpus: await readSysfsGpus(root), source: 'sysfs' }),
    });
    const first = await t.read();
    expect(first.source).toBe('sysfs');
    expect(hottestTemperature(first)).toBe(68);
    now += 1000;
    await t.read();
    now += 1000;
    expect((await t.read()).gpus[0]?.powerW).toBe(331);
    expect(calls).toHaveLength(1);
  });

  it('on this machine answers without crashing (absent sensors stay absent)', async () => {
    const sample = await createGpuTelemetry({ log: silentLogger }).read();
    expect(gpuTelemetrySchema.safeParse(sample).success).toBe(true);
    for (const g of sample.gpus) expect(g.temperatureC === null || g.temperatureC > 0).toBe(true);
  });
});
