// This machine's facts for the fits `silkworm model list` shows: the GPU llama.cpp can use (free VRAM and
// the owner's VRAM share), free RAM, and the worker's parallel sequences. The backend probe (a child
// process) runs only when the OS reports a GPU at all, so a machine without one answers quickly.
import os from 'node:os';
import type { Settings } from '../../api/settings.js';
import { BackendProber } from '../../bench/backends.js';
import { detectHardware, detectHardwareDetails } from '../../bench/hardware.js';
import type { ModelHostFacts } from '../../engine/models/model-store-types.js';
import { silentLogger } from '../../logging/logger.js';
import { hostFacts } from '../../engine/models/host-facts.js';

export async function thisMachine(settings: Settings): Promise<ModelHostFacts> {
  const { vramShare, maxConcurrency: sequences } = settings.availability;
  const cpuOnly: ModelHostFacts = {
    gpu: false,
    gpuName: null,
    vramFreeBytes: null,
    vramShare,
    ramFreeBytes: os.freemem(),
    sequences,
  };
  const summary = await detectHardware().catch(() => null);
  if (!summary || summary.gpus.length === 0) return cpuOnly;
  const hw = await detectHardwareDetails({ backends: new BackendProber({ log: silentLogger }) });
  return hostFacts(hw, vramShare, sequences) ?? cpuOnly;
}
