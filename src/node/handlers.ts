// The API's command handlers: thin adapters from the contract to the services of one node.
import type { Handlers } from '../transport/dispatch.js';
import type { SettingsService } from '../settings/settings-service.js';
import { ApiError } from '../api/envelope.js';
import type { LogRing } from '../logging/logger.js';
import type { EarningsLedger } from '../earnings/ledger.js';
import type { StateStore } from './state-store.js';
import type { WorkerController } from './worker-controller.js';
import type { Money } from './money.js';
import type { Payouts } from './payouts.js';
import { earningsView } from './views.js';
import { claimNow, sweep, sweepQuote } from './money-handlers.js';
import type { Availability } from './availability.js';
import type { BenchWiring } from './bench.js';
import type { ModelsWiring } from './models.js';
import { throttleHandlers } from './throttle-handlers.js';

export interface HandlerDeps {
  state: StateStore;
  worker: WorkerController;
  settings: SettingsService;
  logs: LogRing;
  ledger: EarningsLedger;
  money: Money;
  payouts: Payouts;
  /** Holds the owner's pause/resume overrides; set once the node has started. */
  availability: () => Availability | null;
  bench: BenchWiring;
  models: ModelsWiring;
}

async function qrDataUrl(text: string): Promise<string> {
  const QRCode = (await import('qrcode')).default;
  const svg = await QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
}

export function createHandlers(d: HandlerDeps): Handlers {
  const { state, worker, settings } = d;
  const snapshot = async () => {
    state.flush();
    return Promise.resolve(state.get());
  };
  return {
    'state:get': snapshot,
    'worker:start': async () => {
      await d.availability()?.activate();
      await worker.start();
      return snapshot();
    },
    'worker:pause': async ({ forMs, until }) => {
      const availability = d.availability();
      if (!availability)
        throw new ApiError('unavailable', 'Silkworm is still starting; try again in a moment.');
      availability.monitor.pause(
        forMs !== undefined ? { forMs } : until === 'tomorrow' ? 'tomorrow' : 'until-resumed',
      );
      await worker.settled();
      return snapshot();
    },
    'worker:resume': async () => {
      const availability = d.availability();
      if (!availability)
        throw new ApiError('unavailable', 'Silkworm is still starting; try again in a moment.');
      await availability.activate();
      availability.monitor.resume();
      await worker.start();
      return snapshot();
    },
    'settings:get': () => Promise.resolve(settings.get()),
    'settings:update': ({ patch }) => settings.update(patch),
    'logs:get': () => Promise.resolve({ lines: d.logs.lines() }),
    'earnings:get': (q) => earningsView(q, d),
    'earnings:claim': ({ force }) => claimNow(d, force),
    'wallet:link': async () => {
      const offer = await d.money.linker.beginLink();
      return { ...offer, qrDataUrl: await qrDataUrl(offer.universalLink) };
    },
    'wallet:unlink': async () => {
      await d.money.linker.unlink();
      return snapshot();
    },
    'wallet:sweep-quote': () => sweepQuote(d),
    'wallet:sweep': (confirmed) => sweep(d, confirmed),
    'bench:run': async () => {
      await d.bench.run();
      return snapshot();
    },
    'bench:cancel': () => {
      d.bench.cancel();
      return snapshot();
    },
    'bench:hardware': () => d.bench.service.hardware(),
    'bench:estimate': (req) => d.bench.estimate(req),
    'models:list': () => d.models.list(),
    'models:download': ({ id, allowUnverified }) => d.models.download(id, allowUnverified),
    'models:pause': ({ id }) => d.models.pause(id),
    'models:cancel': ({ id }) => d.models.cancel(id),
    'models:import': ({ path, name }) => d.models.importFile(path, name),
    'models:use': async ({ id }) => {
      await d.models.use(id);
      return d.models.list();
    },
    'models:remove': ({ id }) => d.models.remove(id),
    'models:proposal': ({ probeSpeed }) => d.models.proposal(probeSpeed),
    ...throttleHandlers(d),
  };
}
