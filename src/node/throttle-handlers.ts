// The API's throttling commands: the owner's level for a while, back to the schedule, and the estimate
// at every level.
import type { Handlers } from '../transport/dispatch.js';
import { ApiError } from '../api/envelope.js';
import { OverrideError } from '../availability/override.js';
import type { SettingsService } from '../settings/settings-service.js';
import type { Availability } from './availability.js';
import type { BenchWiring } from './bench.js';
import type { StateStore } from './state-store.js';
import type { WorkerController } from './worker-controller.js';
import { levelEstimates } from './level-estimates.js';

export interface ThrottleHandlerDeps {
  state: StateStore;
  worker: WorkerController;
  settings: SettingsService;
  availability: () => Availability | null;
  bench: BenchWiring;
}

export function throttleHandlers(
  d: ThrottleHandlerDeps,
): Pick<Handlers, 'worker:throttle' | 'bench:level-estimates'> {
  return {
    'worker:throttle': async ({ level, forMs, until }) => {
      const availability = d.availability();
      if (!availability)
        throw new ApiError('unavailable', 'Silkworm is still starting; try again in a moment.');
      if (level === null) availability.monitor.followSchedule();
      else {
        try {
          availability.monitor.setLevel(
            level,
            forMs !== undefined ? { forMs } : until === 'tomorrow' ? 'tomorrow' : 'until-changed',
          );
        } catch (err) {
          if (err instanceof OverrideError) throw new ApiError('bad_request', err.message, 'level');
          throw err;
        }
      }
      await d.worker.settled();
      d.state.flush();
      return d.state.get();
    },
    'bench:level-estimates': async (req) => {
      const s = d.settings.get();
      const levels = await levelEstimates(s.availability.levels, s.coefficient, req, (r) =>
        d.bench.estimate(r),
      );
      return { levels };
    },
  };
}
