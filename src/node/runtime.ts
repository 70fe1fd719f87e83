// What serves when the worker runs: the sandboxed engine on the selected model (the project's tiny model
// in the embedded default), and the proxy sessions once the network is attached.
import os from 'node:os';
import path from 'node:path';
import { stat } from 'node:fs/promises';
import type { Logger } from '../logging/logger.js';
import type { WorkerRuntime } from './worker-controller.js';
import type { StateStore } from './state-store.js';
import { ensureTinyModel, tinyPresets } from '../engine/gguf/tiny-model.js';
import { SandboxHost } from '../engine/sandbox/host.js';

export interface RuntimeDeps {
  log: Logger;
  dataDir: string;
  state: StateStore;
}

export interface EngineRuntime extends WorkerRuntime {
  /** The engine, once the first start has created it. */
  engine(): SandboxHost | null;
}

/** CPU serving: one thread decodes fastest on small machines (ENGINE-FACTS.md); leave a core to the owner. */
export function defaultThreads(): number {
  return Math.max(1, Math.min(4, Math.floor(os.availableParallelism() / 2)));
}

export function createEngineRuntime(deps: RuntimeDeps): EngineRuntime {
  let host: SandboxHost | null = null;
  const modelName = tinyPresets.tiny.name;

  const ensureHost = async (): Promise<SandboxHost> => {
    if (host) return host;
    const modelPath = await ensureTinyModel(path.join(deps.dataDir, 'models'));
    const size = (await stat(modelPath)).size;
    deps.state.patch({ model: { name: modelName, file: path.basename(modelPath), sizeBytes: size, loaded: false } });
    host = new SandboxHost({
      log: deps.log.child('engine'),
      modelPath,
      modelName,
      workDir: path.join(deps.dataDir, 'sandbox'),
      threads: defaultThreads(),
      gpu: false,
      contextSize: 4096,
      maxActiveRequests: 4,
      onEvent: (event) => {
        if (event.type === 'state') {
          deps.state.patch((s) => ({ model: s.model ? { ...s.model, loaded: event.state === 'ready' } : null }));
        }
      },
    });
    return host;
  };

  return {
    engine: () => host,
    async start() {
      const h = await ensureHost();
      if (h.state === 'paused') await h.resume();
      else if (h.state === 'stopped') await h.start();
    },
    async stop(reason) {
      if (!host) return;
      const { exitMs } = await host.pause();
      deps.log.info(`engine stopped in ${Math.round(exitMs)} ms (${reason})`);
    },
  };
}
