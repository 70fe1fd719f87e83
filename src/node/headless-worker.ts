// A worker without the app around it: the sandboxed engine, attested sessions to the given proxies and
// the durable ledger — what `silkworm worker` runs, one process per worker (the devnet's N workers).
import path from 'node:path';
import { Address } from '@ton/core';
import type { Logger } from '../logging/logger.js';
import { EarningsLedger } from '../earnings/ledger.js';
import { FileSecretStore } from '../attestation/secret-store.js';
import { loadOrCreateDeviceKey } from '../attestation/device-key.js';
import { WorkerNetwork } from '../net/worker-network.js';
import { AttestedIdentity, proxyDial } from '../net/dial.js';
import { UNIT_MULTIPLIERS } from '../net/token-counter.js';
import { EventHub } from './event-hub.js';
import { StateStore } from './state-store.js';
import { initialState } from './initial-state.js';
import { createEngineRuntime, type EngineRuntime } from './runtime.js';
import { planServing } from './serving-plan.js';
import { ModelStore } from '../engine/models/model-store.js';

export interface HeadlessWorkerOptions {
  dataDir: string;
  proxies: string[];
  owner: Address;
  feePerToken: bigint;
  coefficient: number;
  maxActiveRequests: number;
  isTest: boolean;
  /** The model to serve (a model store id in this data folder); default: the demo model. */
  model?: string;
  log: Logger;
}

export interface HeadlessWorker {
  network: WorkerNetwork;
  ledger: EarningsLedger;
  runtime: EngineRuntime;
  stop(): Promise<void>;
}

export async function startHeadlessWorker(o: HeadlessWorkerOptions): Promise<HeadlessWorker> {
  const state = new StateStore({ initial: initialState('worker'), hub: new EventHub() });
  const ledger = await EarningsLedger.open({ dir: path.join(o.dataDir, 'earnings'), log: o.log.child('ledger') });
  const store = await ModelStore.open({ dir: path.join(o.dataDir, 'models'), log: o.log.child('models') });
  const plan = await planServing({ selected: o.model ?? 'tiny', demoAllowed: false, store, hardware: null, host: null, threads: null, sequences: o.maxActiveRequests });
  if (!plan.ok) throw new Error(plan.message);
  const runtime = createEngineRuntime({ log: o.log.child('runtime'), dataDir: o.dataDir, state, plan, fallback: plan.config, yieldDeadlineMs: 500 });
  const deviceKey = await loadOrCreateDeviceKey(new FileSecretStore({ path: path.join(o.dataDir, 'secrets.json') }));
  const identity = AttestedIdentity.forEngine(deviceKey, runtime.engine);
  const network = new WorkerNetwork({
    proxies: o.proxies.map((address) => ({ address, dial: proxyDial({ address, identity, policy: 'any', log: o.log.child('dial') }) })),
    identity: { ownerAddress: o.owner.toString({ bounceable: false, testOnly: o.isTest }), model: runtime.modelName, isTest: o.isTest, maxActiveRequests: o.maxActiveRequests },
    coefficient: o.coefficient,
    ledger,
    backend: runtime.engine,
    multipliers: () => UNIT_MULTIPLIERS,
    feePerToken: () => o.feePerToken,
    log: o.log.child('net'),
    onChange: () => undefined,
    backoff: { initialMs: 200, maxMs: 5000 },
  });
  runtime.attachNetwork(network, () => identity.invalidate());
  await runtime.start();
  return {
    network,
    ledger,
    runtime,
    async stop() {
      network.disconnect('worker stopping');
      await runtime.engine.stop();
      await ledger.close();
      await store.close();
    },
  };
}
