import { describe, expect, it } from 'vitest';
import type { ModelEntry, ModelList } from '../api/models.js';
import { changeModelHandler } from './proxy-requests.js';

const entry = (over: Partial<ModelEntry>): ModelEntry => ({
  id: 'qwen3-8b-q4_k_m',
  title: 'Qwen3 8B',
  servedName: 'Qwen/Qwen3-8B',
  source: 'catalog',
  sizeBytes: 5e9,
  sha256: null,
  url: null,
  path: '/m/qwen3-8b.gguf',
  architecture: 'qwen3',
  quantization: 'Q4_K_M',
  state: 'ready',
  fit: null,
  demo: false,
  download: null,
  note: null,
  ...over,
});

function models(list: ModelEntry[], selected: string | null) {
  const used: string[] = [];
  return {
    used,
    api: {
      list: (): Promise<ModelList> => Promise.resolve({ models: list, selected }),
      use: (id: string): Promise<void> => {
        if (id === 'broken') return Promise.reject(new Error('the engine could not load it'));
        used.push(id);
        return Promise.resolve();
      },
    },
  };
}

describe('worker.changeModel from a proxy', () => {
  it('switches to a ready model by its network name (base name before @)', async () => {
    const m = models([entry({})], 'tiny');
    const change = changeModelHandler({ models: m.api, demoAllowed: false });
    expect(await change('Qwen/Qwen3-8B@q4')).toEqual({ ok: true });
    expect(m.used).toEqual(['qwen3-8b-q4_k_m']);
  });

  it('is a no-op for the model already served', async () => {
    const m = models([entry({})], 'qwen3-8b-q4_k_m');
    expect(await changeModelHandler({ models: m.api, demoAllowed: false })('Qwen/Qwen3-8B')).toEqual({
      ok: true,
    });
    expect(m.used).toEqual([]);
  });

  it('refuses, with the reason, what is missing, not downloaded, the demo on a real network, too big, or fails', async () => {
    const change = (list: ModelEntry[], demoAllowed = false) =>
      changeModelHandler({ models: models(list, null).api, demoAllowed });
    expect(await change([], false)('Qwen/Qwen3-8B')).toEqual({
      ok: false,
      reason: 'model Qwen/Qwen3-8B is not available on this machine',
    });
    expect(await change([entry({ state: 'absent' })])('Qwen/Qwen3-8B')).toMatchObject({
      ok: false,
      reason: expect.stringContaining('not downloaded') as string,
    });
    expect(await change([entry({ demo: true, servedName: 'silkworm-tiny' })])('silkworm-tiny')).toMatchObject(
      {
        ok: false,
        reason: expect.stringContaining('demo') as string,
      },
    );
    const tooBig = entry({
      fit: {
        fits: false,
        gpuLayers: 0,
        totalLayers: 36,
        contextSize: 0,
        vramBytes: 0,
        ramBytes: 0,
        reason: 'needs 9 GB',
      },
    });
    expect(await change([tooBig])('Qwen/Qwen3-8B')).toMatchObject({
      ok: false,
      reason: expect.stringContaining('needs 9 GB') as string,
    });
    expect(await change([entry({ id: 'broken' })])('Qwen/Qwen3-8B')).toMatchObject({
      ok: false,
      reason: expect.stringContaining('could not load') as string,
    });
  });
});
