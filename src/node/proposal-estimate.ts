// Expected earnings for the first-run proposal, before any benchmark of that model: the decode speed
// predicted from the GPU's memory bandwidth and the model's size, the network's prices, the owner's
// schedule and price coefficient, and the estimate's usual utilisation. Gross TON per day (electricity is
// the Benchmark screen's business, once the owner has measured).
import type { ModelEntry } from '../api/models.js';
import type { ModelHostFacts } from '../engine/models/model-store-types.js';
import { estimateEarnings } from '../bench/estimate.js';
import { DEFAULT_WATTS } from '../bench/estimate-from-bench.js';
import { predictSpeed } from '../bench/predicted-speed.js';
import type { SettingsService } from '../settings/settings-service.js';
import { multipliersOf, type Money } from './money.js';
import { scheduleHoursPerWeek } from './bench.js';

export function proposalEstimate(d: {
  money: Money;
  settings: SettingsService;
}): (model: ModelEntry, host: ModelHostFacts | null) => bigint | null {
  return (model, host) => {
    const params = d.money.params();
    if (!params || model.sizeBytes === null) return null;
    const onGpu = host?.gpu === true;
    const speed = predictSpeed(onGpu ? host.gpuName : null, model.sizeBytes);
    const s = d.settings.get();
    return estimateEarnings({
      ppTps: speed.ppTps,
      tgTps: speed.tgTps,
      pricePerTokenNano: params.pricePerToken,
      workerFeePerTokenNano: params.workerFeePerToken,
      multipliers: multipliersOf(params),
      coefficient: s.coefficient,
      hoursPerWeek: scheduleHoursPerWeek(s.availability),
      gpuWatts: onGpu ? DEFAULT_WATTS.gpu : DEFAULT_WATTS.cpu,
      kwhPrice: 0,
      currency: 'EUR',
      tonPrice: null,
    }).grossNanoPerDay;
  };
}
