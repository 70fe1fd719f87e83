// The machine description carries only the allowed keys, as short plain values (docs/protocol.md §3.1).
import { describe, expect, it } from 'vitest';
import { machineDescriptionJson } from './machine-description.js';

describe('machineDescriptionJson', () => {
  it('keeps the allowed keys and drops anything personal or nested', () => {
    const allowed = {
      backend: 'vulkan',
      gpu: 'AMD Radeon RX 7800 XT',
      vram_mib: 16368,
      driver: '24.3.1',
      benchmark_tokens_per_s: 41.2,
      trust_tier: 'home',
    };
    const personal = {
      hostname: 'desktop-bob',
      user: 'bob',
      serial: 'ABC123',
      gpu_details: { uuid: 'GPU-f' },
    };
    const json = machineDescriptionJson({ ...allowed, ...personal });
    expect(JSON.parse(json ?? 'null')).toEqual(allowed);
  });

  it('drops values that are not plain, caps strings, and gives null when nothing is left', () => {
    const json = machineDescriptionJson({ gpu: 'x'.repeat(500), vram_mib: Number.NaN, driver: { v: 1 } });
    expect(JSON.parse(json ?? 'null')).toEqual({ gpu: 'x'.repeat(120) });
    expect(machineDescriptionJson({ hostname: 'h' })).toBeNull();
    expect(machineDescriptionJson(null)).toBeNull();
  });
});
