// What serves when the worker runs: the sandboxed engine on the planned serving configuration and the proxy
// sessions. Stopping yields the GPU: every proxy is told we are disabled, in-flight requests get a short
// deadline, then the engine process exits. Switching models drains the same way, reloads the engine,
// re-attests (a new certificate names the new model file) and reconnects under the new network name.
import path from 'node:path';
import type { Logger } from '../logging/logger.js';
import type { WorkerRuntime } from './worker-controller.js';
import type { StateStore } from './state-store.js';
import type { EngineState } from '../api/models.js';
import { SandboxHost, type SandboxInfo } from '../engine/sandbox/host.js';
import type { SandboxLauncher } from '../engine/sandbox/launcher.js';
import type { ServingConfig } from '../engine/serving-config.js';
import type { WorkerNetwork } from '../net/worker-network.js';
import type { ServingPlan } from './serving-plan.js';
import { RuntimeError } from './runtime-error.js';
import { engineStateOf } from './engine-view.js';

export interface RuntimeDeps {
  log: Logger;
  dataDir: string;
  state: StateStore;
  launcher?: SandboxLauncher;
  /** The first plan; a failed plan (no model chosen, not downloaded) leaves the worker unable to start. */
  plan: ServingPlan;
  /** A placeholder configuration for the engine object while no plan succeeded (it is never started). */
  fallback: ServingConfig;
  /** In-flight requests may finish within this long after a pause or before a model switch; the rest are cut. */
  yieldDeadlineMs: number;
}

export interface EngineRuntime extends WorkerRuntime {
  /** The engine; created (not started) at once so the network can route to it. */
  readonly engine: SandboxHost;
  /** The served configuration (model file, backend, layers, context). */
  readonly config: ServingConfig;
  /** The served model file. */
  readonly modelPath: string;
  /** The network name the worker advertises. */
  readonly modelName: string;
  attachNetwork(network: WorkerNetwork, onModelChange: () => void): void;
  /** Drains, reloads the engine on the new plan, re-attests and reconnects. */
  switchTo(plan: ServingPlan): Promise<void>;
}

export function createEngineRuntime(deps: RuntimeDeps): EngineRuntime {
  let plan = deps.plan;
  let config = plan.ok ? plan.config : deps.fallback;
  const publish = (info: SandboxInfo | null): void => {
    const engine: EngineState | null = info ? engineStateOf(info) : null;
    deps.state.patch((s) => ({ engine, model: s.model ? { ...s.model, loaded: info !== null } : null }));
  };
  deps.state.patch({ model: plan.ok ? plan.served : null });
  const engine = SandboxHost.fromConfig(config, {
    log: deps.log.child('engine'),
    workDir: path.join(deps.dataDir, 'sandbox'),
    ...(deps.launcher ? { launcher: deps.launcher } : {}),
    onEvent: (event) => {
      if (event.type === 'ready') publish(event.info);
      if (event.type === 'state') {
        if (event.state !== 'ready') publish(null);
        // Engine down (crashed, restarting) → proxies route elsewhere; engine back → routable again.
        if (serving && !switching && (event.state === 'restarting' || event.state === 'ready'))
          network?.setDisabled(event.state !== 'ready');
      }
    },
  });
  let network: WorkerNetwork | null = null;
  let onModelChange: () => void = () => undefined;
  let connected = false;
  /** Between start() and stop(): the owner's policy wants this engine serving. */
  let serving = false;
  let switching = false;

  const drain = async (): Promise<void> => {
    const deadline = Date.now() + deps.yieldDeadlineMs;
    while ((network?.activeRequests ?? 0) > 0 && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 20));
  };

  return {
    engine,
    get config() {
      return config;
    },
    get modelPath() {
      return config.modelPath;
    },
    get modelName() {
      return config.modelName;
    },
    attachNetwork(n, onChange) {
      network = n;
      onModelChange = onChange;
    },
    async start() {
      if (!plan.ok) throw new RuntimeError(plan.code, plan.message);
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
      await drain();
      const { exitMs } = await engine.pause();
      deps.log.info(`GPU yielded: engine exited in ${Math.round(exitMs)} ms (${reason})`);
    },
    async switchTo(next) {
      if (!next.ok) throw new RuntimeError(next.code, next.message);
      switching = true;
      deps.state.patch((s) => ({ models: { ...s.models, switchingTo: next.config.modelId } }));
      try {
        network?.setDisabled(true);
        await drain();
        const running =
          engine.state === 'ready' || engine.state === 'starting' || engine.state === 'restarting';
        plan = next;
        config = next.config;
        deps.state.patch({ model: next.served });
        await engine.reload(config, { start: running });
        deps.log.info(`now serving ${config.modelName} (${config.backend}, ${config.gpuLayers} GPU layers)`);
        // A new certificate measures the new file; every proxy hears the new name on reconnect.
        onModelChange();
        if (network && connected) {
          network.disconnect('model changed');
          network.connect();
        }
        network?.setDisabled(!serving);
      } finally {
        switching = false;
        deps.state.patch((s) => ({ models: { ...s.models, switchingTo: null } }));
      }
    },
  };
}
