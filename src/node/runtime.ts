// What serves when the worker runs: the sandboxed engine on the selected model (the project's tiny model
// in the embedded default) and the proxy sessions. Stopping yields the GPU: every proxy is told we are
// disabled, in-flight requests get a short deadline, then the engine process exits.
import os from 'node:os';
import path from 'node:path';
import { stat } from 'node:fs/promises';
import type { Logger } from '../logging/logger.js';
import type { WorkerRuntime } from './worker-controller.js';
import type { StateStore } from './state-store.js';
import { ensureTinyModel, tinyPresets } from '../engine/gguf/tiny-model.js';
import { SandboxHost } from '../engine/sandbox/host.js';
import type { SandboxLauncher } from '../engine/sandbox/launcher.js';
import type { WorkerNetwork } from '../net/worker-network.js';

export interface RuntimeDeps {
  log: Logger;
  dataDir: string;
  state: StateStore;
  launcher?: SandboxLauncher;
  maxActiveRequests: number;
  /** In-flight requests may finish within this long after a pause; the rest are cut. */
  yieldDeadlineMs: number;
}

export interface EngineRuntime extends WorkerRuntime {
  /** The engine; created (not started) at once so the network can route to it. */
  readonly engine: SandboxHost;
  /** The served model file. */
  readonly modelPath: string;
  attachNetwork(network: WorkerNetwork): void;
}

/** CPU serving: one thread decodes fastest on small machines (ENGINE-FACTS.md); leave cores to the owner. */
export function defaultThreads(): number {
  return Math.max(1, Math.min(4, Math.floor(os.availableParallelism() / 2)));
}

export const TINY_MODEL_NAME = tinyPresets.tiny.name;

export async function createEngineRuntime(deps: RuntimeDeps): Promise<EngineRuntime> {
  const modelPath = await ensureTinyModel(path.join(deps.dataDir, 'models'));
  const size = (await stat(modelPath)).size;
  deps.state.patch({ model: { id: 'tiny', name: TINY_MODEL_NAME, title: 'Silkworm demo model', source: 'tiny', demo: true, file: path.basename(modelPath), sizeBytes: size, sha256: null, loaded: false } });
  const engine = new SandboxHost({
    log: deps.log.child('engine'),
    modelPath,
    modelName: TINY_MODEL_NAME,
    workDir: path.join(deps.dataDir, 'sandbox'),
    threads: defaultThreads(),
    gpu: false,
    contextSize: 4096,
    maxActiveRequests: deps.maxActiveRequests,
    ...(deps.launcher ? { launcher: deps.launcher } : {}),
    onEvent: (event) => {
      if (event.type === 'state') {
        deps.state.patch((s) => ({ model: s.model ? { ...s.model, loaded: event.state === 'ready' } : null }));
        // Engine down (crashed, restarting) → proxies route elsewhere; engine back → routable again (§3.4).
        if (serving && (event.state === 'restarting' || event.state === 'ready')) network?.setDisabled(event.state !== 'ready');
      }
    },
  });
  let network: WorkerNetwork | null = null;
  let connected = false;
  /** Between start() and stop(): the owner's policy wants this engine serving. */
  let serving = false;

  return {
    engine,
    modelPath,
    attachNetwork(n) {
      network = n;
    },
    async start() {
      if (engine.state === 'paused') await engine.resume();
      else if (engine.state === 'stopped') await engine.start();
      if (network && !connected) {
        // Proxies learn about us once there is an engine to attest and serve with.
        network.connect();
        connected = true;
      }
      serving = true;
      network?.setDisabled(false);
    },
    async stop(reason) {
      serving = false;
      network?.setDisabled(true);
      const deadline = Date.now() + deps.yieldDeadlineMs;
      while ((network?.activeRequests ?? 0) > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      const { exitMs } = await engine.pause();
      deps.log.info(`GPU yielded: engine exited in ${Math.round(exitMs)} ms (${reason})`);
    },
  };
}
