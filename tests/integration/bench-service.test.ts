// The bench service as the composition root uses it: hardware, one run at a time with events, cancel,
// the saved result and whether it still applies.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/logging/logger.js';
import { ensureTinyModel, tinyPresets, writeTinyModel } from '../../src/engine/gguf/tiny-model.js';
import { BenchService, type BenchServiceEvent } from '../../src/bench/bench-service.js';
import type { HardwareSource } from '../../src/bench/hardware.js';

// A machine whose only display adapter is a VM's: the no-GPU case.
const vmSource: HardwareSource = {
  cpu: () => Promise.resolve({ manufacturer: 'Test', brand: 'CPU', physicalCores: 2, cores: 2 }),
  graphics: () => Promise.resolve({ controllers: [{ vendor: 'VMware', model: 'SVGA II Adapter', vram: 8 }] }),
  osInfo: () => Promise.resolve({ distro: 'Test OS', release: '1' }),
  mem: () => Promise.resolve({ total: 8 * 2 ** 30, available: 4 * 2 ** 30 }),
};

describe('BenchService', () => {
  it('runs one benchmark at a time, emits progress and the result, saves it, and knows when to rerun', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'sw-bench-svc-'));
    const modelPath = await ensureTinyModel(join(dir, 'models'), 'tiny');
    // GPU power is fed through the telemetry interface (this machine has no GPU sensor).
    let reads = 0;
    const telemetry = {
      read: () => {
        reads++;
        return Promise.resolve({
          at: Date.now(),
          source: 'nvidia-smi' as const,
          gpus: [
            {
              index: 0,
              name: 'GPU',
              temperatureC: 60,
              utilizationPct: 99,
              vramUsedMb: 1,
              vramTotalMb: 2,
              powerW: 250,
            },
          ],
        });
      },
    };
    const service = new BenchService({
      log: silentLogger,
      dataDir: join(dir, 'data'),
      appVersion: '1.2.3',
      hardwareSource: vmSource,
      telemetry,
    });
    const events: BenchServiceEvent[] = [];
    service.onEvent((e) => events.push(e));
    expect((await service.hardware()).cpuOnlyReason).toMatch(/No GPU/);
    expect((await service.status({ path: modelPath })).reasons).toEqual(['never-run']);

    const settings = { threads: 1, contextSize: 1024, repetitions: 2 };
    const first = service.run({ modelPath, settings });
    await expect(service.run({ modelPath, settings })).rejects.toMatchObject({ code: 'busy' });
    const result = await first;
    expect(events.filter((e) => e.type === 'progress').length).toBeGreaterThan(4);
    expect(events.at(-1)).toEqual({ type: 'result', result });
    expect(await service.saved()).toEqual(result);
    expect(result.loadPowerW).toBe(250);
    expect(reads).toBeGreaterThan(0);
    expect(await service.status({ path: modelPath })).toMatchObject({ needed: false, reasons: [] });

    const other = join(dir, 'models', 'other.gguf');
    await writeTinyModel(other, { ...tinyPresets.tiny, seed: 8 });
    expect((await service.status({ path: other })).reasons).toEqual(['model-changed']);
    const updated = new BenchService({
      log: silentLogger,
      dataDir: join(dir, 'data'),
      appVersion: '1.3.0',
      hardwareSource: vmSource,
    });
    expect((await updated.status({ path: modelPath, sha256: result.model.sha256 })).reasons).toEqual([
      'app-updated',
    ]);

    // Cancel mid-run: a failed event, the saved result untouched, and the service free again.
    const cancelled = service.run({ modelPath, settings: { ...settings, repetitions: 50 } });
    service.onEvent((e) => {
      if (e.type === 'progress' && e.progress.phase === 'pp') service.cancel();
    });
    await expect(cancelled).rejects.toMatchObject({ code: 'cancelled' });
    expect(events.at(-1)).toMatchObject({ type: 'failed', code: 'cancelled' });
    expect(service.running).toBe(false);
    expect(await service.saved()).toEqual(result);
  }, 60_000);
});
