// The chain side of the network a node serves: TON's HTTP API at the target's endpoints (with fallback),
// and the root contract read through it — cached, refreshed, and mapped to what the dashboard shows. The
// first read is awaited (bounded), so the network's prices and test flag are known before serving is planned.
import path from 'node:path';
import type { Logger } from '../logging/logger.js';
import type { Chain, RootParams } from '../chain/index.js';
import { TonClientChain } from '../chain/ton-client-chain.js';
import type { NetworkTarget } from '../discovery/network-target.js';
import { RootWatcher, type RootSnapshot } from '../discovery/root-watcher.js';
import type { StateFileNotices } from '../state-files/notices.js';
import type { StateSnapshot } from '../api/state.js';
import { multipliersOf } from './money.js';

/** How long start-up waits for the first root read before going on with the cache (or nothing). */
const FIRST_READ_MS = 20_000;

export interface NetworkRoot {
  readonly watcher: RootWatcher | null;
  params(): RootParams | null;
  view(): StateSnapshot['network']['root'];
  start(): void;
  stop(): void;
}

export interface NetworkChain {
  chain: Chain;
  root: NetworkRoot;
}

export function rootView(target: NetworkTarget, snap: RootSnapshot | null): StateSnapshot['network']['root'] {
  const config = snap?.config ?? null;
  const p = config?.params ?? null;
  return {
    address: target.rootAddress,
    status: snap ? snap.status : 'not-configured',
    detail: snap ? snap.detail : 'no root contract is configured for this network',
    readAt: snap?.readAt ?? null,
    version: config?.version ?? null,
    isTest: p?.isTest ?? null,
    pricePerToken: p ? p.pricePerToken.toString() : null,
    workerFeePerToken: p ? p.workerFeePerToken.toString() : null,
    multipliers: p ? multipliersOf(p) : null,
    registeredProxies: config?.proxies.size ?? 0,
  };
}

export async function openNetworkChain(o: {
  target: NetworkTarget;
  dataDir: string;
  log: Logger;
  notices?: StateFileNotices;
}): Promise<NetworkChain> {
  const { target } = o;
  const chain = new TonClientChain({
    network: target.kind === 'mainnet' ? 'mainnet' : 'testnet',
    endpoints: target.endpoints,
    apiKey: target.apiKey,
    log: o.log,
  });
  const watcher = target.rootAddress
    ? new RootWatcher({
        chain,
        rootAddress: target.rootAddress,
        log: o.log.child('root'),
        cacheFile: path.join(o.dataDir, 'network', 'root-config.json'),
        ...(o.notices ? { notices: o.notices } : {}),
      })
    : null;
  if (watcher) {
    const first = watcher.start();
    await Promise.race([first, new Promise((r) => setTimeout(r, FIRST_READ_MS).unref())]);
    const snap = watcher.snapshot();
    if (snap.status !== 'ok') o.log.warn(`root contract ${target.rootAddress}: ${snap.detail}`);
  }
  return {
    chain,
    root: {
      watcher,
      params: () => watcher?.config?.params ?? null,
      view: () => rootView(target, watcher?.snapshot() ?? null),
      start: () => undefined,
      stop: () => watcher?.stop(),
    },
  };
}
