// What serves when the worker runs. The engine and network capabilities plug in here.
import type { Logger } from '../logging/logger.js';
import type { WorkerRuntime } from './worker-controller.js';

export function createDefaultRuntime(deps: { log: Logger; dataDir: string }): WorkerRuntime {
  return {
    start() {
      deps.log.info('runtime up');
      return Promise.resolve();
    },
    stop(reason) {
      deps.log.info(`runtime down: ${reason}`);
      return Promise.resolve();
    },
  };
}
