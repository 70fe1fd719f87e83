// The composition root: builds one worker node from its parts, in order, and is the only place that
// knows them all. The Electron shell and the headless daemon both call `createNode` with their adapters.
import path from 'node:path';
import { EventHub } from './event-hub.js';
import { StateStore } from './state-store.js';
import { createHandlers } from './handlers.js';
import { initialState } from './initial-state.js';
import { ModelsWiring } from './models.js';
import { proposalEstimate } from './proposal-estimate.js';
import { hostFacts } from './serving-plan.js';
import { followModelChoice } from './serving-setup.js';
import { setUpEngine } from './engine-setup.js';
import { setUpEarnings } from './earnings-setup.js';
import { createMoney, type Money } from './money.js';
import { mergeSettings, type DeepSettingsPatch } from './settings-patch.js';
import { openNetworkChain } from './network-chain.js';
import type { ResolvedNetwork } from '../discovery/network-target.js';
import type { Settings } from '../api/settings.js';
import type { Address } from '@ton/core';
import { startNetwork, type NetworkHandle } from './network.js';
import { changeModelHandler, machineDescription } from './proxy-requests.js';
import { createThrottle } from './throttle.js';
import { plannedVramShare } from '../availability/levels.js';
import { createAvailability, type Availability } from './availability.js';
import { BenchWiring } from './bench.js';
import { createGpuTelemetry } from '../sensors/gpu-telemetry.js';
import type { InputIdleSource } from '../availability/sensors.js';
import { createDispatcher, type Dispatch } from '../transport/dispatch.js';
import { SettingsService } from '../settings/settings-service.js';
import type { SettingsBackend } from '../settings/settings-backend.js';
import { EarningsLedger } from '../earnings/ledger.js';
import { StateFileNotices } from '../state-files/notices.js';
import { recoveredText, reportLedgerDamage } from './state-file-recovery.js';
import { step } from './startup-step.js';
import { FileSecretStore, type SecretStore } from '../attestation/secret-store.js';
import type { SandboxLauncher } from '../engine/sandbox/launcher.js';
import { createLogger, drop, LogRing, teeSink, type LogSink, type Logger } from '../logging/logger.js';
import type { Hardware } from '../api/state.js';

export interface NodeOptions {
  version: string;
  dataDir: string;
  settingsBackend: SettingsBackend;
  /** Where log lines go besides the dashboard (stderr in the daemon). */
  logSink?: LogSink;
  detectHardware: () => Promise<Hardware>;
  /** Encrypted secrets (Electron: safeStorage); default: a 0600 file in the data folder. */
  secrets?: SecretStore;
  /** How the engine process is started (Electron: utilityProcess); default: child_process. */
  sandboxLauncher?: SandboxLauncher;
  /** Input-idle time (Electron: powerMonitor). */
  inputIdle?: InputIdleSource;
  /** Resolves the settings' network choice to a TON endpoint and root contract (the entry point's job). */
  resolveNetwork: (network: Settings['network'], log: Logger) => Promise<ResolvedNetwork>;
  /** Saved into the settings before anything starts (entry-point flags such as --ton-endpoint). */
  settingsPatch?: DeepSettingsPatch;
  /** A fixed owner for the earnings instead of wallet linking (headless workers). */
  owner?: Address;
}

export interface SilkwormNode {
  dispatch: Dispatch;
  hub: EventHub;
  state: StateStore;
  log: Logger;
  logs: LogRing;
  settings: SettingsService;
  money: Money;
  start(): Promise<void>;
  stop(): Promise<void>;
}

export async function createNode(options: NodeOptions): Promise<SilkwormNode> {
  const hub = new EventHub();
  const logs = new LogRing(1000);
  const sinks: LogSink[] = [logs.sink, (line) => hub.emit('log:line', line)];
  if (options.logSink) sinks.push(options.logSink);
  const log = createLogger('silkworm', teeSink(...sinks));

  const settings = new SettingsService({ backend: options.settingsBackend, log: log.child('settings') });
  let s = await step('loading settings', () => settings.load());
  if (options.settingsPatch) s = await settings.update(mergeSettings(s, options.settingsPatch));
  const state = new StateStore({ initial: initialState(options.version), hub });
  state.patch({ notices: settings.notices() });
  // Damaged state files are moved aside and reported here; each notice reaches the dashboard as it comes.
  const fileNotices = new StateFileNotices(log.child('state-files'));
  fileNotices.onNotice((n) =>
    state.patch((st) => ({ notices: [...st.notices.filter((x) => x.id !== n.id), n] })),
  );

  const secrets =
    options.secrets ??
    new FileSecretStore({
      path: path.join(options.dataDir, 'secrets.json'),
      onDamage: (d) => fileNotices.damaged(d, recoveredText.secrets),
    });
  const ledger = await step('opening the earnings ledger', () =>
    EarningsLedger.open({ dir: path.join(options.dataDir, 'earnings'), log: log.child('ledger') }),
  );
  reportLedgerDamage(ledger, fileNotices);
  const net = s.network;
  const network = await step('finding the network', () => options.resolveNetwork(net, log.child('network')));
  const target = network.target;
  const chainSide = await step('reading the network from its root contract', () =>
    openNetworkChain({ target, dataDir: options.dataDir, log: log.child('chain'), notices: fileNotices }),
  );
  const money = await step('opening the node wallet and wallet link', () =>
    createMoney({
      dataDir: options.dataDir,
      log: log.child('money'),
      secrets,
      chain: chainSide.chain,
      target,
      params: () => chainSide.root.params(),
      notices: fileNotices,
      ...(options.owner ? { owner: options.owner } : {}),
    }),
  );
  network.onDamage?.((d) => fileNotices.damaged(d.damage, d.recovered));
  const { payouts, stateSync } = await setUpEarnings({
    ledger,
    money,
    settings,
    state,
    root: chainSide.root,
    notices: fileNotices,
    testOnly: target.kind !== 'mainnet',
    log,
  });

  const { modelDir, store, demoAllowed, probe, plan, maxActiveRequests, runtime, worker } = await setUpEngine(
    {
      dataDir: options.dataDir,
      settings,
      state,
      notices: fileNotices,
      // The demo model only where the network allows it: a local demo network, or a root marked as a test.
      demoAllowed: () => target.demoModel || chainSide.root.params()?.isTest === true,
      ...(options.sandboxLauncher ? { sandboxLauncher: options.sandboxLauncher } : {}),
      log,
    },
  );
  let attached: NetworkHandle | null = null;
  // The throttling level in force drives the engine's duty cap and admissions and what proxies are told.
  const throttle = createThrottle({
    engine: runtime.engine,
    network: () => attached?.network ?? null,
    settings,
    log: log.child('throttle'),
  });
  // One GPU sensor reader: the dashboard's telemetry and the availability thermal limit share its samples.
  const telemetry = createGpuTelemetry({ log: log.child('telemetry') });
  const bench = new BenchWiring({
    log: log.child('bench'),
    dataDir: options.dataDir,
    appVersion: options.version,
    state,
    worker,
    settings,
    money,
    telemetry,
    modelPath: () => runtime.modelPath,
    serving: () => runtime.config,
    hardware: probe,
  });
  const choice = followModelChoice({ settings, state, plan, runtime, worker, bench, log });
  const models = new ModelsWiring({
    store,
    settings,
    state,
    log: log.child('models'),
    dir: modelDir,
    hardware: () => probe().catch(() => null),
    host: (hw) => hostFacts(hw, plannedVramShare(settings.get().availability, Date.now()), maxActiveRequests),
    estimate: proposalEstimate({ money, settings }),
    demoNetwork: demoAllowed,
    switched: choice.switched,
  });
  let availability: Availability | null = null;

  const dispatch = createDispatcher(
    createHandlers({
      state,
      worker,
      settings,
      logs,
      ledger,
      money,
      payouts,
      availability: () => availability,
      bench,
      models,
    }),
    log.child('api'),
  );

  return {
    dispatch,
    hub,
    state,
    log,
    logs,
    settings,
    money,
    async start() {
      drop(
        options.detectHardware().then((hardware) => state.patch({ hardware })),
        log,
        'hardware detection',
      );
      stateSync.start();
      models.start();
      drop(bench.start(), log, 'loading the saved benchmark');
      chainSide.root.start();
      attached = await step('starting the network', () =>
        startNetwork({
          target,
          root: chainSide.root,
          settings,
          state,
          ledger,
          money,
          runtime,
          secrets,
          maxActiveRequests,
          log: log.child('net'),
          onRequestDone: () => stateSync.earningsSoon(),
          changeModel: changeModelHandler({ models, demoAllowed }),
          machineDescription: machineDescription(state),
        }),
      );
      payouts.start();
      availability = await step('starting the availability monitor', () =>
        createAvailability({
          settings,
          worker,
          state,
          log: log.child('availability'),
          dataDir: options.dataDir,
          ownPids: () => (runtime.engine.info?.pid !== undefined ? [runtime.engine.info.pid] : []),
          telemetry,
          throttle,
          ...(options.inputIdle ? { inputIdle: options.inputIdle } : {}),
        }),
      );
      if (settings.get().autoStart) {
        const a = availability;
        await step('activating availability', () => a.activate());
        await step('starting the worker', () => worker.start());
      }
    },
    async stop() {
      availability?.monitor.stop();
      choice.off();
      models.stop();
      bench.stop();
      await worker.shutdown();
      payouts.stop();
      stateSync.stop();
      await attached?.close();
      chainSide.root.stop();
      await runtime.engine.stop();
      await ledger.close();
      await money.close();
      await network.close();
      await store.close();
      state.flush();
    },
  };
}
