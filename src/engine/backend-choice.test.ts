import { describe, expect, it } from 'vitest';
import type { BackendProbe } from '../bench/bench-schema.js';
import { chooseBackend } from './backend-choice.js';

const probe = (
  backend: BackendProbe['backend'],
  usable: boolean,
  extra: Partial<BackendProbe> = {},
): BackendProbe => ({
  backend,
  usable,
  code: usable ? 'sees-gpu' : 'no-device',
  detail: usable ? `${backend}: a GPU` : `${backend}: no driver`,
  gpuNames: usable && backend !== 'cpu' ? [`${backend} card`] : [],
  vramTotalMb: usable ? 24_576 : null,
  vramFreeMb: usable ? 20_000 : null,
  ...extra,
});

describe('backend choice', () => {
  it('prefers CUDA over Vulkan on the same NVIDIA card and names the device and VRAM', () => {
    const c = chooseBackend({
      probes: [
        probe('cuda', true, { gpuNames: ['NVIDIA GeForce RTX 4090'] }),
        probe('vulkan', true),
        probe('cpu', true),
      ],
      platform: 'linux',
    });
    expect(c).toMatchObject({ backend: 'cuda', gpu: 'cuda', device: 'NVIDIA GeForce RTX 4090' });
    expect(c.vramFreeBytes).toBe(20_000 * 2 ** 20);
    expect(c.reason).toContain('cuda loads');
  });

  it('falls to Vulkan when CUDA does not load, and says why CUDA was passed over', () => {
    const c = chooseBackend({
      probes: [probe('cuda', false), probe('vulkan', true), probe('cpu', true)],
      platform: 'win32',
    });
    expect([c.backend, c.gpu]).toEqual(['vulkan', 'vulkan']);
    expect(c.reason).toContain('cuda: cuda: no driver');
  });

  it('picks Metal on a Mac, ahead of Vulkan', () => {
    const c = chooseBackend({
      probes: [probe('vulkan', true), probe('metal', true), probe('cpu', true)],
      platform: 'darwin',
    });
    expect(c.backend).toBe('metal');
  });

  it('ignores a Metal probe off macOS (node-llama-cpp would not load it there)', () => {
    const c = chooseBackend({ probes: [probe('metal', true), probe('cpu', true)], platform: 'linux' });
    expect(c).toMatchObject({ backend: 'cpu', gpu: false, device: null });
  });

  it('serves on the CPU when no GPU backend is usable, listing each reason', () => {
    const c = chooseBackend({
      probes: [probe('cuda', false), probe('vulkan', false), probe('cpu', true)],
      platform: 'linux',
    });
    expect(c).toMatchObject({ backend: 'cpu', gpu: false, vramFreeBytes: null });
    expect(c.reason).toBe('no GPU backend is usable: cuda: cuda: no driver; vulkan: vulkan: no driver');
    expect(chooseBackend({ probes: [], platform: 'linux' }).reason).toBe(
      'no GPU backend was probed on this machine',
    );
  });

  it('lets the owner force the CPU over a working GPU', () => {
    const c = chooseBackend({ probes: [probe('cuda', true)], forceCpu: true, platform: 'linux' });
    expect(c).toMatchObject({ backend: 'cpu', gpu: false, reason: 'the owner chose CPU serving' });
  });
});
