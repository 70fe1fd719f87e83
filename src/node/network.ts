// Attaches the worker to its network, the same way for every network: the proxies the root contract lists
// (each verified against the root before it hears the owner's address), plus an expert's manual proxies,
// unverified. A change on the root — a proxy added or removed, a price, a key — applies without a restart;
// a new wallet link reconnects every session under the new owner.
import type { Logger } from '../logging/logger.js';
import type { SettingsService } from '../settings/settings-service.js';
import type { EarningsLedger } from '../earnings/ledger.js';
import type { SecretStore } from '../attestation/secret-store.js';
import type { WorkerNetwork } from '../net/worker-network.js';
import type { ChangeModel } from '../net/proxy-queries.js';
import type { NetworkTarget } from '../discovery/network-target.js';
import { rootProxies } from '../discovery/root-diff.js';
import { rootProxyCheck } from '../discovery/proxy-check.js';
import { errorMessage } from '../logging/logger.js';
import { attachWorkerNetwork, type ProxySpec } from './attach-network.js';
import { multipliersOf, type Money } from './money.js';
import type { NetworkRoot } from './network-chain.js';
import type { EngineRuntime } from './runtime.js';
import type { StateStore } from './state-store.js';

export interface NetworkHandle {
  network: WorkerNetwork;
  close(): Promise<void>;
}

export interface NetworkDeps {
  target: NetworkTarget;
  root: NetworkRoot;
  settings: SettingsService;
  state: StateStore;
  ledger: EarningsLedger;
  money: Money;
  runtime: EngineRuntime;
  secrets: SecretStore;
  log: Logger;
  onRequestDone: () => void;
  /** The owner's cap, lowered to what the benchmark sustains. */
  maxActiveRequests: number;
  changeModel?: ChangeModel;
  machineDescription?: () => Record<string, unknown> | null;
}

/** The proxies to serve now: every one the root lists, then the owner's manual ones not among them. */
export function proxySpecs(d: Pick<NetworkDeps, 'root' | 'target'>): ProxySpec[] {
  const config = d.root.watcher?.config ?? null;
  const listed = config
    ? rootProxies(config)
        .map((p) => p.workers)
        .filter((a) => a !== '')
    : [];
  const manual = d.target.manualProxies.filter((a) => !listed.includes(a));
  return [
    ...listed.map((address) => ({ address, listed: true })),
    ...manual.map((address) => ({ address, listed: false })),
  ];
}

export async function startNetwork(d: NetworkDeps): Promise<NetworkHandle> {
  const s = d.settings.get();
  const { target, root } = d;
  const isTest = target.kind !== 'mainnet';
  const showRoot = (): void => d.state.patch((st) => ({ network: { ...st.network, root: root.view() } }));
  d.state.patch((st) => ({
    network: {
      ...st.network,
      mode: s.network.mode,
      label: target.label,
      kind: target.kind,
      clientUrl: target.clientUrl ?? null,
      root: root.view(),
    },
  }));
  const rootLabel = target.rootAddress ?? '(none)';
  const attached = await attachWorkerNetwork({
    proxies: proxySpecs(d),
    rootCheck: (address) =>
      rootProxyCheck({ address, rootLabel, config: () => root.watcher?.config ?? null }),
    secrets: d.secrets,
    runtime: d.runtime,
    owner: () => d.money.owner().toString({ bounceable: false, testOnly: isTest }),
    isTest,
    maxActiveRequests: d.maxActiveRequests,
    coefficient: s.coefficient,
    ledger: d.ledger,
    multipliers: () => multipliersOf(d.money.params()),
    feePerToken: () => d.money.params()?.workerFeePerToken ?? 0n,
    pricePerToken: () => d.money.params()?.pricePerToken,
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
    ...(d.changeModel ? { changeModel: d.changeModel } : {}),
    ...(d.machineDescription ? { machineDescription: d.machineDescription } : {}),
  });
  const { network } = attached;
  // The root's proxies and keys are re-read in the background; a change applies to the next connection.
  const offDiff =
    root.watcher?.onDiff((diff) => {
      if (diff.empty) return;
      const specs = proxySpecs(d);
      d.log.info(
        `the root contract changed (v${diff.versionFrom ?? '?'} → v${diff.versionTo}); serving ${specs.length} proxies`,
      );
      attached
        .setProxies(specs)
        .catch((err: unknown) => d.log.warn(`applying the root's proxies: ${errorMessage(err)}`));
    }) ?? (() => undefined);
  const offSnap = root.watcher?.onSnapshot(() => showRoot()) ?? (() => undefined);

  // The price proxies are told follows the throttling level (src/node/throttle.ts), not this setting alone.
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
    close() {
      offDiff();
      offSnap();
      offLink();
      network.disconnect('shutting down');
      return Promise.resolve();
    },
  };
}
