import { describe, expect, it } from 'vitest';
import type { HostFs } from './policy-backends.js';
import { buildSandboxPolicy, type PolicyBackend } from './policy.js';

// A Linux machine with an NVIDIA card (driver in the Debian folder, a CUDA toolkit) and Mesa's Vulkan.
const tree: Record<string, string[]> = {
  '/dev': ['null', 'nvidia0', 'nvidia1', 'nvidiactl', 'nvidia-uvm', 'nvidia-modeset', 'dri', 'sda'],
  '/dev/dri': ['card0', 'renderD128'],
  '/dev/nvidia-caps': ['nvidia-cap1'],
  '/usr/local': ['bin', 'cuda', 'cuda-12.4'],
  '/usr/lib/x86_64-linux-gnu': ['libc.so.6', 'libcuda.so.1', 'libnvidia-ml.so.1', 'libvulkan.so.1'],
  '/usr/lib': ['os-release'],
  '/usr/share/vulkan': ['icd.d'],
  '/etc/vulkan': [],
  '/proc/driver/nvidia': ['version'],
};
const fakeFs: HostFs = { exists: (p) => p in tree, list: (d) => tree[d] ?? [] };

const policy = (
  backend: PolicyBackend,
  extra: { platform?: NodeJS.Platform; env?: NodeJS.ProcessEnv } = {},
) =>
  buildSandboxPolicy({
    codeDir: '/app/dist/src/engine',
    nodeModulesDir: '/app/node_modules',
    packageRoot: '/app',
    modelFile: '/home/owner/.ollama/models/blobs/sha256-abc',
    backend,
    platform: extra.platform ?? 'linux',
    nodeVersion: '20.20.2',
    sourceEnv: extra.env ?? {
      CUDA_VISIBLE_DEVICES: '0',
      GGML_VK_VISIBLE_DEVICES: '1',
      LD_LIBRARY_PATH: '/opt/lib',
      HOME: '/home/owner',
      TON_WALLET_MNEMONIC: 'secret words',
    },
    fs: fakeFs,
  });

const devices = (fsRead: string[]): string[] => fsRead.filter((p) => p.startsWith('/dev/'));

describe('sandbox policy per backend', () => {
  it('admits exactly the model file (an Ollama blob), never its folder', () => {
    const p = policy('cpu');
    expect(p.fsRead).toContain('/home/owner/.ollama/models/blobs/sha256-abc');
    expect(p.fsRead.some((f) => f.endsWith('/blobs/') || f === '/home/owner/.ollama/')).toBe(false);
    expect(p.execArgv).toContain('--allow-fs-read=/home/owner/.ollama/models/blobs/sha256-abc');
  });

  it('CPU: no device files, no driver folders, no GPU variables', () => {
    const p = policy('cpu');
    expect(p.backend).toBe('cpu');
    expect(devices(p.fsRead)).toEqual([]);
    expect(p.fsRead).not.toContain('/usr/lib/x86_64-linux-gnu/');
    expect(p.env).toEqual({ NODE_ENV: 'production', LD_LIBRARY_PATH: '/opt/lib' });
  });

  it('CUDA: the NVIDIA device files and the driver folder, not /dev/dri or Vulkan manifests', () => {
    const p = policy('cuda');
    expect(p.backend).toBe('cuda');
    expect(devices(p.fsRead).sort()).toEqual(
      [
        '/dev/nvidia-caps/',
        '/dev/nvidia-modeset',
        '/dev/nvidia-uvm',
        '/dev/nvidia0',
        '/dev/nvidia1',
        '/dev/nvidiactl',
      ].sort(),
    );
    expect(p.fsRead).toEqual(
      expect.arrayContaining([
        '/usr/lib/x86_64-linux-gnu/',
        '/usr/local/cuda/',
        '/usr/local/cuda-12.4/',
        '/proc/driver/nvidia/',
      ]),
    );
    expect(p.fsRead).not.toContain('/usr/share/vulkan/');
    expect(p.fsRead).not.toContain('/usr/lib/');
    expect(p.env.CUDA_VISIBLE_DEVICES).toBe('0');
    expect(p.env.GGML_VK_VISIBLE_DEVICES).toBeUndefined();
  });

  it('Vulkan: /dev/dri, the ICD manifests and the loader folder, no NVIDIA device files', () => {
    const p = policy('vulkan');
    expect(devices(p.fsRead)).toEqual(['/dev/dri/']);
    expect(p.fsRead).toEqual(
      expect.arrayContaining(['/usr/share/vulkan/', '/etc/vulkan/', '/usr/lib/x86_64-linux-gnu/']),
    );
    expect(p.fsRead).not.toContain('/usr/local/cuda/');
    expect(p.env.GGML_VK_VISIBLE_DEVICES).toBe('1');
    expect(p.env.CUDA_VISIBLE_DEVICES).toBeUndefined();
  });

  it("'auto' admits the union of the platform's GPU backends and lists each path once", () => {
    const p = policy('auto');
    expect(devices(p.fsRead)).toEqual(expect.arrayContaining(['/dev/nvidia0', '/dev/dri/']));
    expect(new Set(p.fsRead).size).toBe(p.fsRead.length);
  });

  it('never passes secrets or HOME through, on any backend', () => {
    for (const b of ['cpu', 'cuda', 'vulkan', 'metal', 'auto'] as const) {
      const env = policy(b).env;
      expect(env.TON_WALLET_MNEMONIC).toBeUndefined();
      expect(env.HOME).toBeUndefined();
    }
  });

  it('Metal on macOS: the system frameworks; the CPU build there does without them', () => {
    expect(policy('metal', { platform: 'darwin' }).fsRead).toContain('/System/Library/Frameworks/');
    expect(policy('cpu', { platform: 'darwin' }).fsRead).not.toContain('/System/Library/Frameworks/');
  });

  it('keeps the permission model on with no fs-write, no workers and no child processes for every backend', () => {
    for (const b of ['cpu', 'cuda', 'vulkan', 'auto'] as const) {
      const p = policy(b);
      expect(p.execArgv[0]).toBe('--experimental-permission');
      expect([p.fsWrite, p.allowWorker, p.allowChildProcess]).toEqual([[], false, false]);
      expect(
        p.execArgv.some(
          (a) => a.startsWith('--allow-fs-write') || a === '--allow-worker' || a === '--allow-child-process',
        ),
      ).toBe(false);
    }
  });
});
