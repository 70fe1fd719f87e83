// The machine facts a fit needs, from the probed hardware: the GPU llama.cpp can use (free VRAM, the
// owner's share of it), free RAM, and the worker's parallel sequences. Null hardware: nothing known yet.
import type { HardwareDetails } from '../../bench/bench-schema.js';
import type { ModelHostFacts } from './model-store-types.js';

const MiB = 2 ** 20;

export function hostFacts(
  hw: HardwareDetails | null,
  vramShare: number,
  sequences: number,
): ModelHostFacts | null {
  if (!hw) return null;
  const usable = hw.backends.find((b) => b.backend === hw.backend && b.usable && b.backend !== 'cpu');
  const gpu = hw.gpus[0] ?? null;
  const freeMb = usable?.vramFreeMb ?? gpu?.vramFreeMb ?? gpu?.vramMb ?? null;
  const onGpu = usable !== undefined && freeMb !== null;
  return {
    gpu: onGpu,
    gpuName: usable?.gpuNames[0] ?? gpu?.model ?? null,
    vramFreeBytes: onGpu ? freeMb * MiB : null,
    vramShare,
    ramFreeBytes: hw.ramFreeMb * MiB,
    sequences,
  };
}
