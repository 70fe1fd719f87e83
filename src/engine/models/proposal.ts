// First run: the best catalog model for this machine (pure: entries, host facts and disk in, proposal out).
// With a GPU: the largest model, then the best quantization, that fits entirely on the GPU within the
// owner's VRAM share and in the free disk. Without one: a small model served on the CPU. Never downloads.
import type { ModelEntry, ModelProposal } from '../../api/models.js';
import { catalogModel } from './catalog.js';
import { diskMargin } from './disk-space.js';
import type { ModelHostFacts } from './model-store-types.js';

export const CPU_MODEL_ID = 'qwen3-0.6b-q8_0';

export interface ProposalInput {
  entries: readonly ModelEntry[];
  host: ModelHostFacts | null;
  freeDiskBytes: number | null;
  /** Measured download speed, when known. */
  bytesPerSecond: number | null;
}

const gib = (n: number): string => `${(n / 2 ** 30).toFixed(1)} GiB`;

const onDisk = (e: ModelEntry, freeDisk: number | null): boolean =>
  e.state === 'ready' || freeDisk === null || (e.sizeBytes ?? 0) + diskMargin(e.sizeBytes ?? 0) <= freeDisk;

function downloadSeconds(e: ModelEntry, bytesPerSecond: number | null): number | null {
  if (e.state === 'ready') return 0;
  if (bytesPerSecond === null || bytesPerSecond <= 0 || e.sizeBytes === null) return null;
  return Math.max(0, e.sizeBytes - (e.download?.receivedBytes ?? 0)) / bytesPerSecond;
}

/** Larger models first (by parameters), then better quantizations (larger files of the same model). */
const rank = (a: ModelEntry, b: ModelEntry): number =>
  (catalogModel(b.id)?.billions ?? 0) - (catalogModel(a.id)?.billions ?? 0) ||
  (b.sizeBytes ?? 0) - (a.sizeBytes ?? 0);

export function proposeModel(i: ProposalInput): ModelProposal {
  const { host, freeDiskBytes } = i;
  const catalog = i.entries.filter((e) => e.source === 'catalog');
  const vramFree = host?.gpu === true ? (host.vramFreeBytes ?? 0) : 0;
  const gpu = host !== null && vramFree > 0;
  const base = {
    gpu,
    gpuName: host?.gpuName ?? null,
    vramBudgetBytes: gpu ? vramFree * host.vramShare : null,
    freeDiskBytes,
    bytesPerSecond: i.bytesPerSecond,
    estimateNanoPerDay: null,
  };
  const none = (reason: string): ModelProposal => ({
    ...base,
    modelId: null,
    title: null,
    sizeBytes: null,
    downloadSeconds: null,
    reason,
  });
  const propose = (e: ModelEntry, reason: string): ModelProposal => ({
    ...base,
    modelId: e.id,
    title: e.title,
    sizeBytes: e.sizeBytes,
    downloadSeconds: downloadSeconds(e, i.bytesPerSecond),
    reason,
  });

  if (!gpu) {
    const small = catalog.find((e) => e.id === CPU_MODEL_ID);
    if (!small) return none('No usable GPU found, and no small model is in the catalog');
    if (!onDisk(small, freeDiskBytes))
      return none(`No usable GPU found, and ${small.title} does not fit in the free disk`);
    return propose(small, 'No usable GPU found: CPU serving of a small model');
  }
  const budget = base.vramBudgetBytes ?? 0;
  const fitting = catalog.filter(
    (e) => e.fit?.fits === true && e.fit.gpuLayers === e.fit.totalLayers && e.fit.totalLayers > 0,
  );
  const candidates = fitting.filter((e) => onDisk(e, freeDiskBytes)).sort(rank);
  const best = candidates[0];
  if (!best) {
    if (fitting.length > 0)
      return none(
        `The models that fit in ${gib(budget)} of VRAM need more free disk than ${gib(freeDiskBytes ?? 0)}`,
      );
    return none(`No catalog model fits entirely in ${gib(budget)} of VRAM (the share Silkworm may use)`);
  }
  const share = Math.round(host.vramShare * 100);
  return propose(
    best,
    `${best.title} fits entirely on the GPU within ${gib(budget)} (${share} % of the free VRAM) with a ${best.fit?.contextSize ?? 0}-token context`,
  );
}
