// What the node tells proxies about itself and how it answers their requests: the machine description
// of worker.params (protocol 4: backend, GPU, VRAM, driver, benchmark speed, trust tier — nothing
// personal), and worker.changeModel, which switches to the named model when this machine has it ready and
// it may be served here, else says why.
import type { ChangeModel } from '../net/proxy-queries.js';
import { errorMessage } from '../logging/logger.js';
import type { StateStore } from './state-store.js';
import type { ModelsWiring } from './models.js';

export function machineDescription(state: StateStore): () => Record<string, unknown> | null {
  return () => {
    const s = state.get();
    const gpu = s.hardware?.gpus[0] ?? null;
    const tg = s.bench.result?.tg.median;
    return {
      backend: s.engine?.backend ?? 'cpu',
      ...(gpu ? { gpu: `${gpu.vendor} ${gpu.model}`.trim() } : {}),
      ...(gpu?.vramMb !== null && gpu?.vramMb !== undefined ? { vram_mib: gpu.vramMb } : {}),
      ...(gpu?.driver ? { driver: gpu.driver } : {}),
      ...(tg !== undefined ? { benchmark_tokens_per_s: Math.round(tg * 10) / 10 } : {}),
      // A home GPU: attested by Silkworm's signed home report, not by a TEE.
      trust_tier: 'home',
      software: `silkworm ${s.version}`,
    };
  };
}

/** The base name Cocoon routes by: the part before '@'. */
const base = (name: string): string => name.split('@')[0] ?? name;

export function changeModelHandler(d: {
  models: Pick<ModelsWiring, 'list' | 'use'>;
  demoAllowed: boolean;
}): ChangeModel {
  return async (name) => {
    const { models, selected } = await d.models.list();
    const candidates = models.filter((m) => m.servedName === name || base(m.servedName) === base(name));
    const entry = candidates.find((m) => m.state === 'ready');
    if (!entry)
      return {
        ok: false,
        reason: candidates.length
          ? `model ${name} is not downloaded on this machine`
          : `model ${name} is not available on this machine`,
      };
    if (entry.demo && !d.demoAllowed)
      return { ok: false, reason: 'the demo model is not served on this network' };
    if (entry.fit && !entry.fit.fits)
      return { ok: false, reason: `model ${name} does not fit: ${entry.fit.reason}` };
    if (selected === entry.id) return { ok: true };
    try {
      await d.models.use(entry.id);
      return { ok: true };
    } catch (err) {
      return { ok: false, reason: `could not switch to ${name}: ${errorMessage(err)}` };
    }
  };
}
