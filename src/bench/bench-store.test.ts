import { describe, expect, it } from 'vitest';
import type { BenchGpu } from './bench-schema.js';
import { benchFingerprint, needsRerun } from './bench-store.js';

const rtx: BenchGpu = {
  vendor: 'NVIDIA',
  model: 'NVIDIA GeForce RTX 4090',
  vramMb: 24564,
  vramFreeMb: 23000,
  driver: '552.22',
  unifiedMemory: false,
};
const cpu = { brand: 'AMD Ryzen 7 7800X3D', cores: 8, threads: 16 };
const sha = 'a'.repeat(64);
const fp = (gpus: BenchGpu[], backend: 'cuda' | 'cpu' = 'cuda', modelSha256 = sha, appVersion = '0.1.0') =>
  benchFingerprint({ hardware: { gpus, cpu }, backend, modelSha256, appVersion });

describe('needsRerun', () => {
  const saved = { fingerprint: fp([rtx]) };

  it('is not needed on the same machine, model and app', () => {
    expect(needsRerun(saved, fp([{ ...rtx, vramFreeMb: 1000 }]))).toEqual({ needed: false, reasons: [] });
  });

  it('is needed without a saved result', () => {
    expect(needsRerun(null, fp([rtx]))).toEqual({ needed: true, reasons: ['never-run'] });
  });

  it('names what changed: GPU, driver, model, backend, app', () => {
    expect(needsRerun(saved, fp([{ ...rtx, model: 'NVIDIA GeForce RTX 5090' }])).reasons).toEqual([
      'gpu-changed',
    ]);
    expect(needsRerun(saved, fp([{ ...rtx, driver: '560.70' }])).reasons).toEqual(['driver-changed']);
    expect(needsRerun(saved, fp([rtx], 'cuda', 'b'.repeat(64))).reasons).toEqual(['model-changed']);
    expect(needsRerun(saved, fp([rtx], 'cuda', sha, '0.2.0')).reasons).toEqual(['app-updated']);
    expect(needsRerun(saved, fp([rtx, rtx])).reasons).toEqual(['gpu-changed']);
    expect(needsRerun(saved, fp([rtx], 'cpu')).reasons).toEqual([
      'gpu-changed',
      'driver-changed',
      'backend-changed',
    ]);
  });

  it('fingerprints the CPU when serving on it, so a new GPU alone does not invalidate it', () => {
    const onCpu = { fingerprint: fp([], 'cpu') };
    expect(fp([], 'cpu').gpus).toEqual(['CPU AMD Ryzen 7 7800X3D (8 cores)']);
    expect(needsRerun(onCpu, fp([rtx], 'cpu')).needed).toBe(false);
  });
});

describe('needsRerun with the serving configuration', () => {
  const load = { gpuLayers: 33, contextSize: 8192, sequences: 4, threads: 6, flashAttention: true };
  const withConfig = (config = load, backend: 'cuda' | 'cpu' = 'cuda', modelSha256 = sha) =>
    benchFingerprint({ hardware: { gpus: [rtx], cpu }, backend, modelSha256, appVersion: '0.1.0', config });
  const saved = { fingerprint: withConfig() };

  it('is not needed for the same configuration', () => {
    expect(needsRerun(saved, withConfig({ ...load }))).toEqual({ needed: false, reasons: [] });
  });

  it('names a change of layers, context, sequences, threads or flash attention as config-changed', () => {
    for (const change of [
      { gpuLayers: 20 },
      { contextSize: 4096 },
      { sequences: 8 },
      { threads: 1 },
      { flashAttention: false },
    ]) {
      expect(needsRerun(saved, withConfig({ ...load, ...change })).reasons).toEqual(['config-changed']);
    }
  });

  it('marks a result for another model or backend stale with that reason', () => {
    expect(needsRerun(saved, withConfig(load, 'cuda', 'c'.repeat(64))).reasons).toEqual(['model-changed']);
    expect(needsRerun(saved, withConfig(load, 'cpu')).reasons).toEqual([
      'gpu-changed',
      'driver-changed',
      'backend-changed',
      'config-changed',
    ]);
  });

  it('treats a result saved before configurations were recorded as stale, and ignores configs when none is asked', () => {
    const legacy = { fingerprint: fp([rtx]) };
    expect(needsRerun(legacy, withConfig()).reasons).toEqual(['config-changed']);
    expect(needsRerun(saved, fp([rtx])).needed).toBe(false);
  });

  it('ignores the requested GPU layers on the CPU (nothing is offloaded there)', () => {
    const onCpu = { fingerprint: withConfig({ ...load, gpuLayers: 0 }, 'cpu') };
    expect(needsRerun(onCpu, withConfig({ ...load, gpuLayers: 999 }, 'cpu')).needed).toBe(false);
  });
});
