// A worker without the app around it: the sandboxed engine, attested sessions to the given proxies and
// the durable ledger — what `silkworm worker` runs, one process per worker (the devnet's N workers).
import path from 'node:path';
import { Address } from '@ton/core';
import type { Logger } from '../logging/logger.js';
import { EarningsLedger } from '../earnings/ledger.js';
import { FileSecretStore } from '../attestation/secret-store.js';
import type { WorkerNetwork } from '../net/worker-network.js';
import { UNIT_MULTIPLIERS } from '../net/token-counter.js';
import { EventHub } from './event-hub.js';
import { StateStore } from './state-store.js';
import { initialState } from './initial-state.js';
import { createEngineRuntime, type EngineRuntime } from './runtime.js';
import { planServing } from './serving-plan.js';
import { ModelStore } from '../engine/models/model-store.js';
import { attachWorkerNetwork } from './attach-network.js';

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
  const ledger = await EarningsLedger.open({
    dir: path.join(o.dataDir, 'earnings'),
    log: o.log.child('ledger'),
  });
  const store = await ModelStore.open({ dir: path.join(o.dataDir, 'models'), log: o.log.child('models') });
  const plan = await planServing({
    selected: o.model ?? 'tiny',
    demoAllowed: false,
    store,
    hardware: null,
    host: null,
    threads: null,
    sequences: o.maxActiveRequests,
  });
  if (!plan.ok) throw new Error(plan.message);
  const runtime = createEngineRuntime({
    log: o.log.child('runtime'),
    dataDir: o.dataDir,
    state,
    plan,
    fallback: plan.config,
    yieldDeadlineMs: 500,
  });
  const owner = o.owner.toString({ bounceable: false, testOnly: o.isTest });
  const network = await attachWorkerNetwork({
    addresses: o.proxies,
    secrets: new FileSecretStore({ path: path.join(o.dataDir, 'secrets.json') }),
    runtime,
    owner: () => owner,
    isTest: o.isTest,
    maxActiveRequests: o.maxActiveRequests,
    coefficient: o.coefficient,
    ledger,
    multipliers: () => UNIT_MULTIPLIERS,
    feePerToken: () => o.feePerToken,
    log: o.log.child('net'),
    backoff: { initialMs: 200, maxMs: 5000 },
  });
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
