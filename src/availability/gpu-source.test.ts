import { describe, expect, it } from 'vitest';
import { silentLogger } from '../logging/logger.js';
import { createGpuTelemetry, type GpuTelemetrySource } from '../sensors/gpu-telemetry.js';
import type { GpuTelemetry } from '../sensors/gpu-telemetry-schema.js';
import type { ToolRunner } from '../sensors/run-tool.js';
import { NvidiaGpuSource, mergeGpuProcesses, parseComputeAppsCsv, parseProcessTable } from './gpu-source.js';
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

/** Telemetry as the node's shared reader would give it; counts its reads. */
function telemetryOf(
  gpus: GpuTelemetry['gpus'],
  source: GpuTelemetry['source'] = 'nvidia-smi',
): GpuTelemetrySource & { reads: number } {
  const t = {
    reads: 0,
    read: (): Promise<GpuTelemetry> => {
      t.reads++;
      return Promise.resolve({ at: 0, gpus, source });
    },
  };
  return t;
}

const gpu = (index: number, temperatureC: number | null): GpuTelemetry['gpus'][number] => ({
  index,
  name: `GPU ${index}`,
  temperatureC,
  utilizationPct: null,
  vramUsedMb: null,
  vramTotalMb: null,
  powerW: null,
});

describe('nvidia-smi parsing', () => {
  it('reads compute apps and the process table (graphics apps, N/A memory)', () => {
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
  });

  it('takes the hottest GPU from the shared telemetry and the processes from nvidia-smi', async () => {
    const run: ToolRunner = (_command, args) =>
      Promise.resolve({ ok: true, stdout: args.length > 0 ? '31337, /usr/bin/python3, 8123\n' : table });
    const telemetry = telemetryOf([gpu(0, 45), gpu(1, 71)]);
    const readings = await new NvidiaGpuSource({ run, telemetry }).read();
    expect(readings.temperatureC).toBe(71);
    expect(readings.processes === 'absent' ? [] : readings.processes.map((p) => p.pid)).toEqual([
      31337, 1523, 12345,
    ]);
    expect(telemetry.reads).toBe(1);
  });

  it('reports absent when nvidia-smi is not installed and stops spawning it', async () => {
    let calls = 0;
    const run: ToolRunner = () => {
      calls++;
      return Promise.resolve({ ok: false, reason: 'absent', message: 'spawn nvidia-smi ENOENT' });
    };
    const src = new NvidiaGpuSource({ run, telemetry: telemetryOf([], 'absent') });
    expect(await src.read()).toEqual({ processes: 'absent', temperatureC: null });
    await src.read();
    expect(calls).toBe(2);
  });

  it('without nvidia-smi still reads the temperature the other sensors report (sysfs)', async () => {
    const run: ToolRunner = () =>
      Promise.resolve({ ok: false, reason: 'absent', message: 'spawn nvidia-smi ENOENT' });
    expect(
      await new NvidiaGpuSource({ run, telemetry: telemetryOf([gpu(0, 62.5)], 'sysfs') }).read(),
    ).toEqual({ processes: 'absent', temperatureC: 62.5 });
  });

  it('this machine has no nvidia-smi: the real source says absent', async () => {
    const telemetry = createGpuTelemetry({ log: silentLogger, sysfsRoot: '/nonexistent-drm' });
    expect((await new NvidiaGpuSource({ telemetry }).read()).processes).toBe('absent');
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
