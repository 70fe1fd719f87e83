// The composition root: builds one worker node from its parts, in order, and is the only place that
// knows them all. The Electron shell and the headless daemon both call `createNode` with their adapters.
import { EventHub } from './event-hub.js';
import { StateStore } from './state-store.js';
import { WorkerController, type WorkerRuntime } from './worker-controller.js';
import { createHandlers } from './handlers.js';
import { initialState } from './initial-state.js';
import { createDispatcher, type Dispatch } from '../transport/dispatch.js';
import { SettingsService } from '../settings/settings-service.js';
import type { SettingsBackend } from '../settings/settings-backend.js';
import { createLogger, drop, LogRing, teeSink, type LogSink, type Logger } from '../logging/logger.js';
import type { Hardware } from '../api/state.js';

export interface NodeOptions {
  version: string;
  dataDir: string;
  settingsBackend: SettingsBackend;
  /** Where log lines go besides the dashboard (stderr in the daemon). */
  logSink?: LogSink;
  detectHardware: () => Promise<Hardware>;
  /** Builds what actually serves (engine + network). */
  createRuntime: (deps: { log: Logger; dataDir: string; state: StateStore }) => WorkerRuntime;
}

export interface SilkwormNode {
  dispatch: Dispatch;
  hub: EventHub;
  state: StateStore;
  log: Logger;
  logs: LogRing;
  settings: SettingsService;
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
  await settings.load();

  const state = new StateStore({ initial: initialState(options.version), hub });
  state.patch({ notices: settings.notices() });

  const runtime = options.createRuntime({ log: log.child('runtime'), dataDir: options.dataDir, state });
  const worker = new WorkerController({
    runtime,
    log: log.child('worker'),
    onChange: (w) => state.patch((s) => ({ worker: { ...s.worker, ...w } })),
  });

  const dispatch = createDispatcher(createHandlers({ state, worker, settings }), log.child('api'));

  return {
    dispatch,
    hub,
    state,
    log,
    logs,
    settings,
    async start() {
      drop(
        options.detectHardware().then((hardware) => state.patch({ hardware })),
        log,
        'hardware detection',
      );
      if (settings.get().autoStart) await worker.start();
    },
    async stop() {
      await worker.shutdown();
      state.flush();
    },
  };
}
