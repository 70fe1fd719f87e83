// What each llama.cpp backend needs to read, per platform: device files, driver library folders, Vulkan
// ICD manifests, system frameworks. Only paths that exist on this machine are listed (Node refuses an
// allow-list entry twice and a missing one helps no one). Node's permission model gates what JavaScript
// reads (node-llama-cpp's driver detection, its binary checks); the native driver code itself is not
// gated by it, which is why --allow-addons is a grant of trust and the addon is measured.
import { existsSync, readdirSync } from 'node:fs';
import { sep, win32 } from 'node:path';

/** 'auto' lets node-llama-cpp pick: the union of the platform's GPU backends. */
export type PolicyBackend = 'cuda' | 'vulkan' | 'metal' | 'cpu' | 'auto';

export interface HostFs {
  exists(path: string): boolean;
  /** Names in a folder; [] when it cannot be read. */
  list(dir: string): string[];
}

export const realFs: HostFs = {
  exists: existsSync,
  list: (dir) => {
    try {
      return readdirSync(dir);
    } catch {
      return [];
    }
  },
};

const dirOf = (p: string): string => (p.endsWith(sep) || p.endsWith('/') ? p : p + sep);

/** Where Linux distributions keep driver and loader libraries (Debian/Ubuntu, Fedora, Arch, WSL). */
const linuxLibDirs = [
  '/usr/lib/x86_64-linux-gnu',
  '/usr/lib64',
  '/usr/lib',
  '/lib/x86_64-linux-gnu',
  '/lib64',
  '/usr/lib/wsl/lib',
];

function libDirsHolding(fs: HostFs, names: RegExp, extra: readonly string[]): string[] {
  return [...linuxLibDirs, ...extra].filter((d) => fs.list(d).some((n) => names.test(n))).map(dirOf);
}

function envDirs(env: NodeJS.ProcessEnv, keys: readonly string[]): string[] {
  return keys.flatMap((k) => (env[k] ?? '').split(':')).filter((d) => d.startsWith('/'));
}

function linuxCuda(fs: HostFs, env: NodeJS.ProcessEnv): string[] {
  const devices = fs
    .list('/dev')
    .filter((n) => /^nvidia(\d+|ctl|-uvm|-uvm-tools|-modeset)$/.test(n))
    .map((n) => `/dev/${n}`);
  const caps = fs.exists('/dev/nvidia-caps') ? ['/dev/nvidia-caps/'] : [];
  const toolkits = fs
    .list('/usr/local')
    .filter((n) => /^cuda(-[\d.]+)?$/.test(n))
    .map((n) => `/usr/local/${n}/`);
  const driver = libDirsHolding(
    fs,
    /^lib(cuda|nvidia-ml)\.so/,
    envDirs(env, ['LD_LIBRARY_PATH', 'CUDA_PATH']),
  );
  const proc = fs.exists('/proc/driver/nvidia') ? ['/proc/driver/nvidia/'] : [];
  return [...devices, ...caps, ...proc, ...driver, ...toolkits];
}

function linuxVulkan(fs: HostFs, env: NodeJS.ProcessEnv): string[] {
  const dri = fs.exists('/dev/dri') ? ['/dev/dri/'] : [];
  const icd = ['/usr/share/vulkan', '/etc/vulkan', '/usr/local/share/vulkan']
    .filter((d) => fs.exists(d))
    .map(dirOf);
  const loader = libDirsHolding(fs, /^libvulkan\.so/, envDirs(env, ['LD_LIBRARY_PATH']));
  return [...dri, ...icd, ...loader];
}

/** Paths the backend needs on this platform, beyond the code, node_modules and the model. */
export function backendReadPaths(
  backend: PolicyBackend,
  platform: NodeJS.Platform,
  env: NodeJS.ProcessEnv,
  fs: HostFs = realFs,
): string[] {
  switch (platform) {
    case 'linux': {
      // The addon's own memory map: the measurement of the loaded binary and glibc detection read it.
      const base = ['/proc/self/maps'];
      const cuda = backend === 'cuda' || backend === 'auto' ? linuxCuda(fs, env) : [];
      const vulkan = backend === 'vulkan' || backend === 'auto' ? linuxVulkan(fs, env) : [];
      return [...base, ...cuda, ...vulkan];
    }
    case 'darwin':
      // Metal lives in the system frameworks; the CPU build needs only the system libraries.
      return [
        '/usr/lib/',
        ...(backend === 'metal' || backend === 'auto' ? ['/System/Library/Frameworks/'] : []),
      ];
    case 'win32':
      // The GPU runtimes (nvml.dll, vulkan-1.dll) and the C runtime all live in System32.
      return [win32.join(env.SystemRoot ?? 'C:\\Windows', 'System32') + '\\'];
    default:
      return [];
  }
}

/** Environment variables the backend reads; everything else (tokens, keys, proxies) stays out. */
export function backendEnv(backend: PolicyBackend): string[] {
  const common = ['SystemRoot', 'LD_LIBRARY_PATH'];
  const cuda = ['CUDA_VISIBLE_DEVICES', 'CUDA_PATH'];
  const vulkan = ['GGML_VK_VISIBLE_DEVICES', 'VK_ICD_FILENAMES', 'VK_DRIVER_FILES'];
  switch (backend) {
    case 'cuda':
      return [...common, ...cuda];
    case 'vulkan':
      return [...common, ...vulkan];
    case 'auto':
      return [...common, ...cuda, ...vulkan];
    case 'metal':
    case 'cpu':
      return common;
  }
}
