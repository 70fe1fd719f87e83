// The served model at start and on every change of the owner's choice: the first plan (with the bench's
// concurrency cap when the saved benchmark is of this very model), the demo fallback the engine object is
// built on, and the switch that follows `model.selected` from any transport (dashboard, CLI, settings).
import { loadBenchResult } from '../bench/bench-store.js';
import { advertisedCapacity } from '../bench/capacity.js';
import type { HardwareDetails } from '../bench/bench-schema.js';
import type { ModelStore } from '../engine/models/model-store.js';
import { drop, type Logger } from '../logging/logger.js';
import type { SettingsService } from '../settings/settings-service.js';
import type { StateFileNotices } from '../state-files/notices.js';
import type { BenchWiring } from './bench.js';
import type { EngineRuntime } from './runtime.js';
import { hostFacts, planServing, type ServingPlan } from './serving-plan.js';
import { plannedVramShare } from '../availability/levels.js';
import type { StateStore } from './state-store.js';
import type { WorkerController } from './worker-controller.js';

export interface FirstServing {
  plan: (selected: string | null) => Promise<ServingPlan>;
  first: ServingPlan;
  fallback: ServingPlan & { ok: true };
  /** What the worker advertises: the owner's cap, lowered to what the benchmark of this model sustains. */
  maxActiveRequests: number;
}

export async function planFirstServing(o: {
  settings: SettingsService;
  state: StateStore;
  store: ModelStore;
  demoAllowed: boolean;
  probe: () => Promise<HardwareDetails>;
  notices: StateFileNotices;
  dataDir: string;
}): Promise<FirstServing> {
  let maxActiveRequests = o.settings.get().availability.maxConcurrency;
  const plan = async (selected: string | null): Promise<ServingPlan> => {
    const cur = o.settings.get();
    // The demo model runs on the CPU: only a real model needs the GPU probe.
    const hw = selected === null || selected === 'tiny' ? null : await o.probe();
    return planServing({
      selected,
      demoAllowed: o.demoAllowed,
      store: o.store,
      hardware: hw,
      // The GPU memory share of the level in force now (src/availability/levels.ts).
      host: hostFacts(hw, plannedVramShare(cur.availability, Date.now()), maxActiveRequests),
      threads: cur.model.threads,
      sequences: maxActiveRequests,
    });
  };
  const selected = o.settings.get().model.selected;
  let first = await plan(selected);
  const bench0 = await loadBenchResult(o.dataDir).catch(() => null);
  if (bench0?.status === 'corrupt')
    o.notices.damaged(
      { file: 'bench.json', code: 'schema', detail: bench0.message, movedTo: bench0.keptAs },
      'The saved benchmark could not be read: run the benchmark again for an estimate.',
    );
  if (bench0?.status === 'ok' && first.ok && bench0.result.fingerprint.modelSha256 === first.model.sha256) {
    maxActiveRequests = Math.max(
      1,
      Math.min(maxActiveRequests, advertisedCapacity(bench0.result).maxActiveRequests),
    );
    first = await plan(selected);
  }
  if (first.ok && first.notice) {
    const message = first.notice;
    o.state.patch((st) => ({
      notices: [...st.notices, { id: 'model.fallback', level: 'warning', message }],
    }));
  }
  if (!first.ok) o.state.patch((st) => ({ models: { ...st.models, needsChoice: true } }));
  const fallback = await plan('tiny');
  if (!fallback.ok) throw new Error(`the demo model cannot be served: ${fallback.message}`);
  return { plan, first, fallback, maxActiveRequests };
}

/** Replans and switches the engine whenever the owner's choice changes; `switched` settles with the last switch. */
export function followModelChoice(o: {
  settings: SettingsService;
  state: StateStore;
  plan: (selected: string | null) => Promise<ServingPlan>;
  runtime: EngineRuntime;
  worker: WorkerController;
  bench: BenchWiring;
  log: Logger;
}): { off: () => void; switched: () => Promise<void> } {
  let switching: Promise<void> = Promise.resolve();
  const off = o.settings.onChange((next, prev) => {
    if (next.model.selected === prev.model.selected && next.model.threads === prev.model.threads) return;
    switching = switching
      .catch(() => undefined)
      .then(async () => {
        const p = await o.plan(next.model.selected);
        if (!p.ok) {
          o.state.patch((st) => ({ models: { ...st.models, needsChoice: p.code === 'needs-choice' } }));
          throw new Error(p.message);
        }
        await o.runtime.switchTo(p);
        // A worker that could not start without a model starts now; the saved benchmark is checked anew.
        if (o.worker.status === 'error') await o.worker.start();
        await o.bench.start();
      });
    drop(switching, o.log, 'switching the served model');
  });
  return { off, switched: () => switching };
}
