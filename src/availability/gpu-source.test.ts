import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  NvidiaGpuSource,
  mergeGpuProcesses,
  parseComputeAppsCsv,
  parseProcessTable,
  parseTableTemperatures,
  readHwmonTemperature,
} from './gpu-source.js';
import type { ToolRunner } from './run-tool.js';
import { SystemBatterySource, XprintidleSource } from './system-sensors.js';

const table = `
| NVIDIA-SMI 550.54.14              Driver Version: 550.54.14      CUDA Version: 12.4     |
|-----------------------------------------+------------------------+----------------------+
| GPU  Name                 Persistence-M | Bus-Id          Disp.A | Volatile Uncorr. ECC |
| Fan  Temp   Perf          Pwr:Usage/Cap |           Memory-Usage | GPU-Util  Compute M. |
|=========================================+========================+======================|
|   0  NVIDIA GeForce RTX 4090        Off |   00000000:01:00.0  On |                  Off |
| 30%   45C    P8             21W /  450W |    1024MiB /  24564MiB |      3%      Default |
+-----------------------------------------+------------------------+----------------------+
|   1  NVIDIA H100 80GB HBM3          On  |   00000000:02:00.0 Off |                    0 |
| N/A   71C    P0             69W /  700W |       1MiB /  81559MiB |      0%      Default |
+-----------------------------------------+------------------------+----------------------+
+-----------------------------------------------------------------------------------------+
| Processes:                                                                              |
|  GPU   GI   CI        PID   Type   Process name                              GPU Memory |
|        ID   ID                                                               Usage      |
|=========================================================================================|
|    0   N/A  N/A      1523      G   /usr/lib/xorg/Xorg                            234MiB |
|    0   N/A  N/A     31337      C   python3                                      8123MiB |
|    0   N/A  N/A     12345    C+G   ...mon\\ELDEN RING\\Game\\eldenring.exe             N/A      |
+-----------------------------------------------------------------------------------------+`;

describe('nvidia-smi parsing', () => {
  it('reads compute apps, the process table (graphics apps, N/A memory) and temperatures', () => {
    const compute = parseComputeAppsCsv(
      '31337, /usr/bin/python3, 8123\n4242, /opt/app/render worker, [N/A]\n',
    );
    expect(compute).toEqual([
      { pid: 31337, name: '/usr/bin/python3', type: 'C', usedMb: 8123 },
      { pid: 4242, name: '/opt/app/render worker', type: 'C', usedMb: null },
    ]);
    const rows = parseProcessTable(table);
    expect(rows).toEqual([
      { pid: 1523, type: 'G', name: '/usr/lib/xorg/Xorg', usedMb: 234 },
      { pid: 31337, type: 'C', name: 'python3', usedMb: 8123 },
      { pid: 12345, type: 'C+G', name: '...mon\\ELDEN RING\\Game\\eldenring.exe', usedMb: null },
    ]);
    expect(mergeGpuProcesses(compute, rows).map((p) => [p.pid, p.name, p.type])).toEqual([
      [31337, '/usr/bin/python3', 'C'],
      [4242, '/opt/app/render worker', 'C'],
      [1523, '/usr/lib/xorg/Xorg', 'G'],
      [12345, '...mon\\ELDEN RING\\Game\\eldenring.exe', 'C+G'],
    ]);
    expect(parseTableTemperatures(table)).toBe(71);
    expect(parseTableTemperatures('no GPU rows')).toBeNull();
  });

  it('reports absent when nvidia-smi is not installed and stops spawning it', async () => {
    let calls = 0;
    const run: ToolRunner = () => {
      calls++;
      return Promise.resolve({ ok: false, reason: 'absent', message: 'spawn nvidia-smi ENOENT' });
    };
    const src = new NvidiaGpuSource({ run, hwmonRoot: null });
    expect(await src.read()).toEqual({ processes: 'absent', temperatureC: null });
    await src.read();
    expect(calls).toBe(2);
  });

  it('this machine has no nvidia-smi: the real source says absent', async () => {
    expect((await new NvidiaGpuSource({ hwmonRoot: null }).read()).processes).toBe('absent');
  });

  it('reads the hottest hwmon sensor of a DRM card', () => {
    const root = mkdtempSync(join(tmpdir(), 'silkworm-drm-'));
    try {
      const hw = join(root, 'card0', 'device', 'hwmon', 'hwmon3');
      mkdirSync(hw, { recursive: true });
      writeFileSync(join(hw, 'temp1_input'), '61000\n');
      writeFileSync(join(hw, 'temp2_input'), '84500\n');
      expect(readHwmonTemperature(root)).toBe(84.5);
      expect(readHwmonTemperature(join(root, 'missing'))).toBeNull();
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('idle and battery sources', () => {
  it('xprintidle: milliseconds → seconds; absent or failing → unknown', async () => {
    expect(
      await new XprintidleSource({
        run: () => Promise.resolve({ ok: true, stdout: '125000\n' }),
      }).idleSeconds(),
    ).toBe(125);
    expect(
      await new XprintidleSource({
        run: () => Promise.resolve({ ok: false, reason: 'failed', message: "couldn't open display" }),
      }).idleSeconds(),
    ).toBe('unknown');
    // The real tool is not installed on this machine.
    expect(await new XprintidleSource().idleSeconds()).toBe('unknown');
  });

  it('battery: on battery only with a battery and no AC; errors → unknown', async () => {
    expect(
      await new SystemBatterySource({
        read: () => Promise.resolve({ hasBattery: true, acConnected: false }),
      }).onBattery(),
    ).toBe(true);
    expect(
      await new SystemBatterySource({
        read: () => Promise.resolve({ hasBattery: true, acConnected: true }),
      }).onBattery(),
    ).toBe(false);
    expect(await new SystemBatterySource({ read: () => Promise.reject(new Error('x')) }).onBattery()).toBe(
      'unknown',
    );
    expect(await new SystemBatterySource().onBattery()).toBe(false); // this desktop-like machine has no battery
  });
});
