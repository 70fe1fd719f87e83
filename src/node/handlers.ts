// The API's command handlers: thin adapters from the contract to the services of one node.
import type { Handlers } from '../transport/dispatch.js';
import type { SettingsService } from '../settings/settings-service.js';
import type { StateStore } from './state-store.js';
import type { WorkerController } from './worker-controller.js';

export interface HandlerDeps {
  state: StateStore;
  worker: WorkerController;
  settings: SettingsService;
}

export function createHandlers({ state, worker, settings }: HandlerDeps): Handlers {
  const snapshot = async () => {
    state.flush();
    return Promise.resolve(state.get());
  };
  return {
    'state:get': snapshot,
    'worker:start': async () => {
      await worker.start();
      return snapshot();
    },
    'worker:pause': async ({ forMs }) => {
      await worker.pause(forMs);
      return snapshot();
    },
    'worker:resume': async () => {
      await worker.resume();
      return snapshot();
    },
    'settings:get': () => Promise.resolve(settings.get()),
    'settings:update': ({ patch }) => settings.update(patch),
  };
}
