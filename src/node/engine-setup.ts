// The served model and the engine that runs it: the model store (a damaged registry is a notice), whether
// the demo model is allowed, the first serving plan, the engine runtime built on it and the worker that
// starts and pauses it.
import path from 'node:path';
import { ModelStore } from '../engine/models/model-store.js';
import type { SandboxLauncher } from '../engine/sandbox/launcher.js';
import type { Logger } from '../logging/logger.js';
import type { SettingsService } from '../settings/settings-service.js';
import type { StateFileNotices } from '../state-files/notices.js';
import { lazyHardware } from './hardware-probe.js';
import { createEngineRuntime } from './runtime.js';
import { planFirstServing } from './serving-setup.js';
import { step } from './startup-step.js';
import type { StateStore } from './state-store.js';
import { WorkerController } from './worker-controller.js';

export async function setUpEngine(o: {
  dataDir: string;
  settings: SettingsService;
  state: StateStore;
  notices: StateFileNotices;
  /** Whether the network allows the demo model, asked once the store is open. */
  demoAllowed: () => boolean;
  sandboxLauncher?: SandboxLauncher;
  log: Logger;
}) {
  const { log, state } = o;
  // The served model: the owner's choice, planned for this machine (the demo model only where allowed).
  const modelDir = path.join(o.dataDir, 'models');
  const store = await step('opening the model store', () =>
    ModelStore.open({ dir: modelDir, log: log.child('models') }),
  );
  if (store.problem)
    state.patch((st) => ({
      notices: [
        ...st.notices,
        { id: 'models.registry-damaged', level: 'warning', message: store.problem ?? '' },
      ],
    }));
  const demoAllowed = o.demoAllowed();
  const probe = lazyHardware(log.child('hardware'));
  const {
    plan,
    first: firstPlan,
    fallback,
    maxActiveRequests,
  } = await planFirstServing({
    settings: o.settings,
    state,
    store,
    demoAllowed,
    probe,
    notices: o.notices,
    dataDir: o.dataDir,
  });
  const runtime = createEngineRuntime({
    log: log.child('runtime'),
    dataDir: o.dataDir,
    state,
    plan: firstPlan,
    fallback: fallback.config,
    yieldDeadlineMs: 500,
    ...(o.sandboxLauncher ? { launcher: o.sandboxLauncher } : {}),
  });
  const worker = new WorkerController({
    runtime,
    log: log.child('worker'),
    onChange: (w) => state.patch((st) => ({ worker: { ...st.worker, ...w } })),
  });
  return { modelDir, store, demoAllowed, probe, plan, maxActiveRequests, runtime, worker };
}
