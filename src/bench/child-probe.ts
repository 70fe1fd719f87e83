// Inside the bench child: does node-llama-cpp's prebuilt binary for a backend load here, and does it see a
// device? Never builds from source (build: 'never'), so a probe takes well under a second per backend.
import { createRequire } from 'node:module';
import type { BackendName, BackendProbe } from './bench-schema.js';

/** Whether node-llama-cpp's optional package for this platform and backend is installed. */
function prebuiltInstalled(backend: BackendName): boolean {
  const os = process.platform === 'win32' ? 'win' : process.platform === 'darwin' ? 'mac' : process.platform;
  const name = `@node-llama-cpp/${os}-${process.arch}${backend === 'cpu' ? '' : `-${backend}`}/package.json`;
  try {
    createRequire(import.meta.url).resolve(name);
    return true;
  } catch {
    return false;
  }
}

const MB = 1024 * 1024;

export async function probeBackend(backend: BackendName): Promise<BackendProbe> {
  const { getLlama, LlamaLogLevel, NoBinaryFoundError } = await import('node-llama-cpp');
  const none = { gpuNames: [], vramTotalMb: null, vramFreeMb: null };
  let llama;
  try {
    llama = await getLlama({
      gpu: backend === 'cpu' ? false : backend,
      build: 'never',
      maxThreads: 1,
      logLevel: LlamaLogLevel.error,
      progressLogs: false,
    });
  } catch (err) {
    // node-llama-cpp reports a shipped binary that cannot load here (no driver, no libcuda) as "no binary".
    if (!(err instanceof NoBinaryFoundError)) {
      return {
        backend,
        usable: false,
        code: 'load-failed',
        detail: `${backend} binary did not load: ${String(err).slice(0, 200)}`,
        ...none,
      };
    }
    return prebuiltInstalled(backend)
      ? {
          backend,
          usable: false,
          code: 'installed-cannot-load',
          detail: `the ${backend} binary is installed but does not load here (no ${backend === 'cuda' ? 'NVIDIA driver' : `${backend} driver`} or device found)`,
          ...none,
        }
      : {
          backend,
          usable: false,
          code: 'no-binary',
          detail: `no prebuilt ${backend} binary is installed`,
          ...none,
        };
  }
  try {
    // node-llama-cpp may hand back another backend than asked (e.g. the CPU when Metal is asked on Linux).
    const loaded = llama.gpu === false ? 'cpu' : llama.gpu;
    if (loaded !== backend) {
      const platformHasIt = process.platform === 'darwin' ? backend === 'metal' : backend !== 'metal';
      return platformHasIt
        ? {
            backend,
            usable: false,
            code: 'did-not-start',
            detail: `${backend} binary is installed but its backend did not start (driver or device missing?)`,
            ...none,
          }
        : {
            backend,
            usable: false,
            code: 'not-on-platform',
            detail: `${backend} is not supported on this platform`,
            ...none,
          };
    }
    if (backend === 'cpu')
      return { backend, usable: true, code: 'loads', detail: 'CPU binary loads', ...none };
    const gpuNames = await llama.getGpuDeviceNames().catch(() => []);
    const vram = await llama.getVramState().catch(() => null);
    if (gpuNames.length === 0 && (vram?.total ?? 0) === 0) {
      return {
        backend,
        usable: false,
        code: 'no-device',
        detail: `${backend} binary loads but sees no GPU (driver missing or too old?)`,
        ...none,
      };
    }
    return {
      backend,
      usable: true,
      code: 'sees-gpu',
      detail: `${backend}: ${gpuNames.join(', ') || 'a GPU'}`,
      gpuNames,
      vramTotalMb: vram ? Math.round(vram.total / MB) : null,
      vramFreeMb: vram ? Math.round(vram.free / MB) : null,
    };
  } finally {
    await llama.dispose().catch(() => undefined);
  }
}
