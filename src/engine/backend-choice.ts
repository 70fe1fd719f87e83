// Which backend the engine asks node-llama-cpp for, from the probes of what actually loads here (the bench
// child's BackendProbe results): CUDA, then Metal, then Vulkan, then the CPU. CUDA beats Vulkan on NVIDIA
// cards; Metal is the only GPU path on a Mac. The owner can force the CPU. Pure: probes in, choice out.
import type { BackendName, BackendProbe } from '../bench/bench-schema.js';
import type { GpuOption } from './sandbox/messages.js';

const gpuPreference = ['cuda', 'metal', 'vulkan'] as const;
export const backendPreference: readonly BackendName[] = [...gpuPreference, 'cpu'];

export interface BackendChoice {
  backend: BackendName;
  /** What the sandbox's init asks for: a named backend (fail rather than fall back silently), or false. */
  gpu: GpuOption;
  /** The GPU's name as the probe saw it; null on the CPU. */
  device: string | null;
  vramTotalBytes: number | null;
  vramFreeBytes: number | null;
  /** Why, in English, for the log and the dashboard. */
  reason: string;
}

export interface ChoiceInput {
  probes: readonly BackendProbe[];
  /** The owner's switch: serve on the CPU even when a GPU backend works. */
  forceCpu?: boolean;
  /** node-llama-cpp treats Metal as unknown off macOS; a stray probe there is ignored. */
  platform?: NodeJS.Platform;
}

const mb = (v: number | null): number | null => (v === null ? null : v * 2 ** 20);

function cpu(reason: string): BackendChoice {
  return { backend: 'cpu', gpu: false, device: null, vramTotalBytes: null, vramFreeBytes: null, reason };
}

export function chooseBackend(input: ChoiceInput): BackendChoice {
  if (input.forceCpu === true) return cpu('the owner chose CPU serving');
  const platform = input.platform ?? process.platform;
  const candidates = input.probes.filter(
    (p) => p.backend !== 'cpu' && (p.backend !== 'metal' || platform === 'darwin'),
  );
  for (const backend of gpuPreference) {
    const probe = candidates.find((p) => p.backend === backend && p.usable);
    if (!probe) continue;
    const device = probe.gpuNames[0] ?? null;
    const passed = candidates
      .filter((p) => backendPreference.indexOf(p.backend) < backendPreference.indexOf(backend))
      .map((p) => `${p.backend}: ${p.detail}`);
    const over = passed.length > 0 ? ` (${passed.join('; ')})` : '';
    return {
      backend,
      gpu: backend,
      device,
      vramTotalBytes: mb(probe.vramTotalMb),
      vramFreeBytes: mb(probe.vramFreeMb),
      reason: `${backend} loads and sees ${device ?? 'a GPU'}${over}`,
    };
  }
  if (candidates.length === 0) return cpu('no GPU backend was probed on this machine');
  return cpu(`no GPU backend is usable: ${candidates.map((p) => `${p.backend}: ${p.detail}`).join('; ')}`);
}
