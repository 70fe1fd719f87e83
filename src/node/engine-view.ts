// The state's `engine` view of what the sandbox actually loaded (backend, device, layers, context, VRAM).
import type { EngineState } from '../api/models.js';
import type { SandboxInfo } from '../engine/sandbox/host.js';

export function engineStateOf(info: SandboxInfo): EngineState {
  const load = info.load;
  return {
    backend: load.backend,
    device: load.device,
    gpuLayers: load.gpuLayers,
    totalLayers: load.totalLayers,
    // node-llama-cpp's figure is per sequence; the state shows the total the plan asked for.
    contextSize: load.contextSize * load.sequences,
    sequences: load.sequences,
    threads: load.threads,
    flashAttention: load.flashAttention,
    vramUsedBytes: load.vramUsedBytes,
    sandbox: {
      kind: info.policy.confinement.kind,
      network: info.policy.confinement.network,
      processes: info.policy.confinement.processes,
      filesystem: info.policy.confinement.filesystem,
    },
  };
}
