import { describe, expect, it } from 'vitest';
import { modelCatalog } from './catalog.js';
import { catalogEntry } from './model-entries.js';
import type { ModelHostFacts } from './model-store-types.js';
import { proposeModel } from './proposal.js';

const GiB = 2 ** 30;
const card = (gib: number | null): ModelHostFacts => ({
  gpu: gib !== null,
  gpuName: gib === null ? null : `a ${gib} GB card`,
  vramFreeBytes: gib === null ? null : gib * GiB,
  vramShare: 0.85,
  ramFreeBytes: 16 * GiB,
  sequences: 1,
});
const entriesFor = (host: ModelHostFacts) =>
  modelCatalog.map((m) =>
    catalogEntry(
      m,
      { state: 'absent', path: null, verified: undefined, download: null, problem: null },
      host,
    ),
  );
const propose = (
  host: ModelHostFacts,
  freeDiskBytes: number | null = 500 * GiB,
  bytesPerSecond: number | null = null,
) => proposeModel({ entries: entriesFor(host), host, freeDiskBytes, bytesPerSecond });

describe('first-run proposal', () => {
  it.each([
    [8, 'qwen3-8b-q4_k_m'],
    [12, 'qwen3-14b-q4_k_m'],
    [16, 'qwen3-14b-q6_k'],
    [24, 'qwen3-32b-q4_k_m'],
  ])('a %i GB card gets the largest model that fits entirely on it: %s', (gib, id) => {
    const p = propose(card(gib));
    expect(p).toMatchObject({
      gpu: true,
      modelId: id,
      gpuName: `a ${gib} GB card`,
      estimateNanoPerDay: null,
    });
    expect(p.vramBudgetBytes).toBeCloseTo(gib * GiB * 0.85);
    const fit = entriesFor(card(gib)).find((e) => e.id === id)?.fit;
    expect(fit).toMatchObject({ fits: true, gpuLayers: fit?.totalLayers });
    expect(p.reason).toMatch(/fits entirely on the GPU/);
  });

  it('without a GPU offers CPU serving of a small model', () => {
    const p = propose(card(null));
    expect(p).toMatchObject({ gpu: false, modelId: 'qwen3-0.6b-q8_0', vramBudgetBytes: null });
    expect(p.reason).toBe('No usable GPU found: CPU serving of a small model');
  });

  it('respects the free disk and gives the download time at the measured speed', () => {
    const p = propose(card(24), 9.8 * GiB, 50e6);
    expect(p.modelId).toBe('qwen3-14b-q4_k_m'); // 32B and 14B Q6_K/Q5_K_M do not fit in 9.8 GiB of disk
    expect(p.downloadSeconds).toBeCloseTo((p.sizeBytes ?? 0) / 50e6);
    expect(propose(card(24), 100e6).modelId).toBeNull();
    expect(propose(card(24), 100e6).reason).toMatch(/free disk/);
  });

  it('says so when nothing fits in a tiny VRAM share', () => {
    const p = proposeModel({
      entries: entriesFor(card(0.5)),
      host: card(0.5),
      freeDiskBytes: null,
      bytesPerSecond: null,
    });
    expect(p.modelId).toBeNull();
    expect(p.reason).toMatch(/No catalog model fits entirely/);
  });
});
