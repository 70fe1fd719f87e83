// The engine asked for node-llama-cpp's own backend pick on this CPU-only machine, and a reload to another
// model file under another name (what a model switch does once the caller has drained).
import { mkdir, rm, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tinyPresets, writeTinyModel } from '../../src/engine/gguf/tiny-model.js';
import type { SandboxEvent, SandboxHost, SandboxInfo } from '../../src/engine/sandbox/host.js';
import type { ServingConfig } from '../../src/engine/serving-config.js';
import { measureSandbox } from '../../src/attestation/measure.js';
import { chat, MODEL, readAll, tinyHost } from './engine-helpers.js';

const ask = (model: string): { path: string; body: Buffer } => ({
  path: '/v1/chat/completions',
  body: Buffer.from(
    JSON.stringify({ model, messages: [{ role: 'user', content: 'hi' }], max_tokens: 4, temperature: 0 }),
  ),
});

describe("engine backend: gpu 'auto' on a CPU-only machine, and reload to another model", () => {
  let host: SandboxHost;
  let dir: string;
  const events: SandboxEvent[] = [];
  beforeAll(async () => {
    ({ host, dir } = await tinyHost({ gpu: 'auto', onEvent: (e) => events.push(e) }));
  });
  afterAll(async () => {
    await host.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it("loads on the CPU and says so: backend 'cpu', no layers offloaded of the model's 2, no VRAM, no device", async () => {
    const info = host.info as SandboxInfo;
    expect(info.runtime.backend).toBe('cpu');
    expect(info.load).toMatchObject({
      backend: 'cpu',
      device: null,
      gpuLayers: 0,
      totalLayers: tinyPresets.tiny.layers,
      vramUsedBytes: null,
      contextSize: 2048,
      sequences: 2,
      threads: 1,
    });
    // 'auto' may land on any GPU backend, so the child was allowed what each of them needs.
    expect(info.policy.backend).toBe('auto');
    expect(typeof info.load.flashAttention).toBe('boolean');
    expect((await host.request(chat('hi', { max_tokens: 2 }))).status).toBe(200);
  });

  it('reload() serves another file under another name; the old name is refused, state goes starting → ready', async () => {
    const second = join(dir, 'models', 'second.gguf');
    const sha = await writeTinyModel(second, { ...tinyPresets.tiny, seed: 11, name: 'silkworm-tiny-b' });
    const config: ServingConfig = {
      modelId: 'imported-b',
      modelPath: second,
      modelSha256: sha,
      modelName: 'silkworm-tiny-b',
      backend: 'cpu',
      gpuLayers: 0,
      contextSize: 2048,
      sequences: 2,
      threads: 1,
      flashAttention: false,
    };
    const pid = host.info?.pid;
    events.length = 0;
    const reloading = host.reload(config);
    // While the child is replaced nothing is admitted.
    await expect(host.request(ask('silkworm-tiny-b'))).rejects.toMatchObject({ code: 'not-ready' });
    const info = (await reloading) as SandboxInfo;
    expect(events.filter((e) => e.type === 'state').map((e) => (e as { state: string }).state)).toEqual([
      'starting',
      'ready',
    ]);
    expect(info.pid).not.toBe(pid);
    expect([host.modelName, info.modelName, info.modelPath]).toEqual([
      'silkworm-tiny-b',
      'silkworm-tiny-b',
      second,
    ]);
    // The whole context of the configuration is split between its sequences.
    expect([info.load.contextSize, info.load.sequences, info.load.flashAttention]).toEqual([1024, 2, false]);
    expect(info.policy.backend).toBe('cpu');
    // The attestation measures the file now served.
    expect((await measureSandbox(info)).model).toBe(sha);

    const served = JSON.parse(await readAll(await host.request(ask('silkworm-tiny-b')))) as { model: string };
    expect(served.model).toBe('silkworm-tiny-b');
    expect((await host.request(chat('hi'))).status).toBe(400);
  });

  it('serves a model through a link (as LM Studio keeps them), admitting the link and its target file only', async () => {
    const target = host.info?.modelPath ?? '';
    const link = join(dir, 'lmstudio', 'linked.gguf');
    await mkdir(join(dir, 'lmstudio'));
    await symlink(target, link);
    const info = (await host.reload({ modelPath: link })) as SandboxInfo;
    expect(info.policy.fsRead).toEqual(expect.arrayContaining([link, target]));
    expect(info.policy.fsRead).not.toContain(join(dir, 'lmstudio') + '/');
    expect((await host.request(ask('silkworm-tiny-b'))).status).toBe(200);
  });

  it('reload with start: false on a paused engine changes only the options; resume loads them', async () => {
    await host.pause();
    const none = await host.reload(
      { modelName: MODEL, modelPath: host.info?.modelPath ?? '' },
      { start: false },
    );
    expect(none).toBeUndefined();
    expect(host.state).toBe('paused');
    await expect(host.request(chat('hi'))).rejects.toMatchObject({ code: 'paused' });
    await host.resume();
    expect(host.modelName).toBe(MODEL);
    expect((await host.request(chat('hi', { max_tokens: 2 }))).status).toBe(200);
  });
});
