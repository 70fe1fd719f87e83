import { describe, expect, it } from 'vitest';
import { catalogModel, modelCatalog } from './catalog.js';
import { planFit } from './fit-planner.js';

const GiB = 2 ** 30;
const q8b = catalogModel('qwen3-8b-q4_k_m');

describe('fit planner', () => {
  it('fully offloads an 8B Q4_K_M on a 12 GiB card with a large context', () => {
    const plan = planFit({
      model: q8b!,
      vramFreeBytes: 12 * GiB,
      ramFreeBytes: 16 * GiB,
      desiredContext: 8192,
    });
    expect(plan).toMatchObject({ fits: true, gpuLayers: 36, contextSize: 8192 });
    expect(plan.vramBytes).toBeLessThan(12 * GiB);
  });

  it('shrinks the context before giving up layers, and honours the owner cap', () => {
    const roomy = planFit({
      model: q8b!,
      vramFreeBytes: 24 * GiB,
      ramFreeBytes: 16 * GiB,
      desiredContext: 32768,
    });
    expect(roomy.contextSize).toBe(32768);
    const capped = planFit({
      model: q8b!,
      vramFreeBytes: 24 * GiB,
      vramCapBytes: 7 * GiB,
      ramFreeBytes: 16 * GiB,
      desiredContext: 32768,
    });
    expect(capped.gpuLayers).toBe(36);
    expect(capped.contextSize).toBeLessThan(32768);
    expect(capped.vramBytes).toBeLessThanOrEqual(7 * GiB);
  });

  it('splits layers between GPU and RAM on a small card, and goes CPU-only without one', () => {
    const split = planFit({ model: q8b!, vramFreeBytes: 4 * GiB, ramFreeBytes: 16 * GiB });
    expect(split.fits).toBe(true);
    expect(split.gpuLayers).toBeGreaterThan(10);
    expect(split.gpuLayers).toBeLessThan(36);
    expect(split.vramBytes).toBeLessThanOrEqual(4 * GiB);
    expect(planFit({ model: q8b!, vramFreeBytes: 0, ramFreeBytes: 16 * GiB })).toMatchObject({
      fits: true,
      gpuLayers: 0,
    });
  });

  it('says no when neither VRAM nor RAM can hold the model', () => {
    const plan = planFit({ model: q8b!, vramFreeBytes: 1 * GiB, ramFreeBytes: 2 * GiB });
    expect(plan.fits).toBe(false);
    expect(plan.reason).toMatch(/RAM/);
  });

  it('on the CPU alone takes the largest context the RAM holds, not the minimum', () => {
    const plan = planFit({
      model: q8b!,
      vramFreeBytes: 0,
      ramFreeBytes: 64 * GiB,
      desiredContext: 8192,
      minContext: 1024,
    });
    expect(plan).toMatchObject({ fits: true, gpuLayers: 0, contextSize: 8192 });
    const tight = planFit({
      model: q8b!,
      vramFreeBytes: 0,
      ramFreeBytes: (q8b!.sizeBytes + 3000 * q8b!.kvBytesPerToken) / 0.8,
      desiredContext: 8192,
      minContext: 1024,
    });
    expect(tight).toMatchObject({ fits: true, gpuLayers: 0, contextSize: 2048 });
  });

  it('lists Qwen3 models with URLs pinned to a revision, growing VRAM needs, and unknown hashes marked', () => {
    expect(modelCatalog.map((m) => m.id)).toEqual(
      expect.arrayContaining(['qwen3-0.6b-q8_0', 'qwen3-1.7b-q4_k_m', 'qwen3-4b-q4_k_m', 'qwen3-8b-q4_k_m']),
    );
    for (const m of modelCatalog) {
      expect(m.url).toBe(`https://huggingface.co/${m.repo}/resolve/${m.revision}/${m.file}`);
      expect(m.sha256 === null || /^[0-9a-f]{64}$/.test(m.sha256)).toBe(true);
      expect(m.sha256 !== null || !m.sizeExact).toBe(true);
      expect(m.minVramBytes).toBeGreaterThan(m.sizeBytes);
    }
    const pinned = modelCatalog.filter((m) => m.sha256 !== null).map((m) => m.minVramBytes);
    expect([...pinned].sort((a, b) => a - b)).toEqual(pinned);
  });
});
