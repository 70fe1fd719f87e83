// Attaches the worker to its network: the embedded devnet (proxy, client endpoint and a trickle of client
// requests, all in-process on 127.0.0.1) or the Cocoon proxies named in the settings. The owner address is
// the linked wallet (else the node wallet); a new link reconnects every session under the new owner.
import path from 'node:path';
import type { Logger } from '../logging/logger.js';
import type { SettingsService } from '../settings/settings-service.js';
import type { EarningsLedger } from '../earnings/ledger.js';
import type { SecretStore } from '../attestation/secret-store.js';
import type { WorkerNetwork } from '../net/worker-network.js';
import { attachWorkerNetwork } from './attach-network.js';
import { multipliersOf, type Money } from './money.js';
import type { EngineRuntime } from './runtime.js';
import type { StateStore } from './state-store.js';
import { startEmbeddedDevnet, type EmbeddedDevnet } from './devnet.js';
import type { BooksRecovery } from '../devnet/proxy/books-file.js';

export interface NetworkHandle {
  network: WorkerNetwork;
  devnet: EmbeddedDevnet | null;
  close(): Promise<void>;
}

export interface NetworkDeps {
  settings: SettingsService;
  state: StateStore;
  ledger: EarningsLedger;
  money: Money;
  runtime: EngineRuntime;
  secrets: SecretStore;
  log: Logger;
  dataDir: string;
  onRequestDone: () => void;
  /** The owner's cap, lowered to what the benchmark sustains. */
  maxActiveRequests: number;
  /** How the devnet proxy's books start again when their file is damaged. */
  booksRecovery?: BooksRecovery;
}

export async function startNetwork(d: NetworkDeps): Promise<NetworkHandle> {
  const s = d.settings.get();
  let devnet: EmbeddedDevnet | null = null;
  let addresses: readonly string[];
  if (s.network.mode === 'devnet') {
    if (!d.money.devnet) throw new Error('devnet mode without the devnet chain');
    devnet = await startEmbeddedDevnet({
      log: d.log.child('devnet'),
      chain: d.money.devnet.chain,
      dataDir: path.join(d.dataDir, 'devnet'),
      model: d.runtime.modelName,
      requestsPerMinute: s.network.devnetRequestsPerMinute,
      reference: d.runtime.engine,
      ...(d.booksRecovery ? { booksRecovery: d.booksRecovery } : {}),
    });
    addresses = [devnet.workerAddress];
    d.state.patch((st) => ({
      network: { ...st.network, mode: 'devnet', devnetClientUrl: devnet?.clientUrl ?? null },
    }));
  } else {
    addresses = s.network.proxies;
    d.state.patch((st) => ({ network: { ...st.network, mode: 'remote', devnetClientUrl: null } }));
  }

  const isTest = s.network.mode === 'devnet' || s.network.tonNetwork === 'testnet';
  const network = await attachWorkerNetwork({
    addresses,
    secrets: d.secrets,
    runtime: d.runtime,
    owner: () => d.money.owner().toString({ bounceable: false, testOnly: isTest }),
    isTest,
    maxActiveRequests: d.maxActiveRequests,
    coefficient: s.coefficient,
    ledger: d.ledger,
    multipliers: () => multipliersOf(d.money.params()),
    feePerToken: () => d.money.params()?.workerFeePerToken ?? 0n,
    log: d.log,
    onChange: (n) => {
      d.state.patch((st) => ({
        network: { ...st.network, proxies: n.views() },
        worker: {
          ...st.worker,
          activeRequests: n.activeRequests,
          tokensPerSecond: Number(n.tokensPerSecond().toFixed(1)),
        },
      }));
    },
    onRequestDone: d.onRequestDone,
    // The devnet asks for the new model's name.
    onModelChange: () => devnet?.setModel(d.runtime.modelName),
  }).catch(async (err: unknown) => {
    await devnet?.close();
    throw err;
  });

  const offSettings = d.settings.onChange((next, prev) => {
    if (next.coefficient !== prev.coefficient) network.setCoefficient(next.coefficient);
  });
  let owner = d.money.owner().toRawString();
  const offLink = d.money.linker.onChange(() => {
    const now = d.money.owner().toRawString();
    if (now === owner) return;
    owner = now;
    d.log.info('the owner address changed; reconnecting to every proxy under the new owner');
    network.disconnect('owner changed');
    network.connect();
  });
  return {
    network,
    devnet,
    async close() {
      offSettings();
      offLink();
      network.disconnect('shutting down');
      await devnet?.close();
    },
  };
}
