// Which node-llama-cpp backends actually work here (CUDA / Vulkan / Metal / CPU), probed in a bench child
// (never in this process) once, lazily, and cached. A backend whose native load crashes the child is marked
// unusable and the rest are probed in a fresh child.
import type { Logger } from '../logging/logger.js';
import type { SandboxLauncher } from '../engine/sandbox/launcher.js';
import type { BackendName, BackendProbe } from './bench-schema.js';
import { BenchError, runBenchJob, type BenchChildPaths } from './bench-host.js';

/** Fastest first: what node-llama-cpp itself prefers with gpu: 'auto'. */
export function backendsToProbe(platform: NodeJS.Platform): BackendName[] {
  return platform === 'darwin' ? ['metal', 'cpu'] : ['cuda', 'vulkan', 'cpu'];
}

export function pickBackend(probes: readonly BackendProbe[]): BackendName {
  return probes.find((p) => p.usable)?.backend ?? 'cpu';
}

export interface BackendProberOptions {
  log: Logger;
  launcher?: SandboxLauncher;
  paths?: BenchChildPaths;
  platform?: NodeJS.Platform;
  timeoutMs?: number;
}

export class BackendProber {
  readonly #o: BackendProberOptions;
  #cached: Promise<BackendProbe[]> | undefined;

  constructor(options: BackendProberOptions) {
    this.#o = options;
  }

  /** The probes, fastest backend first; computed on the first call and cached (a failed run is retried). */
  probe(): Promise<BackendProbe[]> {
    this.#cached ??= this.#probeAll().catch((err: unknown) => {
      this.#cached = undefined;
      throw err;
    });
    return this.#cached;
  }

  async #probeAll(): Promise<BackendProbe[]> {
    const order = backendsToProbe(this.#o.platform ?? process.platform);
    const results = new Map<BackendName, BackendProbe>();
    let remaining = order;
    while (remaining.length > 0) {
      let current: BackendName | undefined;
      try {
        await runBenchJob(
          { type: 'probe', backends: remaining },
          {
            log: this.#o.log,
            timeoutMs: this.#o.timeoutMs ?? 30_000,
            ...(this.#o.launcher ? { launcher: this.#o.launcher } : {}),
            ...(this.#o.paths ? { paths: this.#o.paths } : {}),
            onMessage: (m) => {
              if (m.type === 'probing') current = m.backend;
              if (m.type === 'probed') results.set(m.probe.backend, m.probe);
            },
          },
        );
      } catch (err) {
        if (!(err instanceof BenchError) || current === undefined || results.has(current)) throw err;
        this.#o.log.warn(`probing ${current} failed: ${err.message}`);
        results.set(current, {
          backend: current,
          usable: false,
          code: 'probe-crashed',
          detail: `probing ${current} crashed or hung: ${err.message}`,
          gpuNames: [],
          vramTotalMb: null,
          vramFreeMb: null,
        });
      }
      remaining = order.filter((b) => !results.has(b));
    }
    const probes = order.map((b) => results.get(b)).filter((p): p is BackendProbe => p !== undefined);
    this.#o.log.info(`backends: ${probes.map((p) => `${p.backend}=${p.usable ? 'yes' : 'no'}`).join(' ')}`);
    return probes;
  }
}
