// Keeps the local network's root contract true to its proxy: the proxy entry ("workers_ip:port
// clients_ip:port", as Cocoon's root lists proxies) and the proxy's TLS key among the root's verified proxy
// keys (params struct version 5), which is how a worker recognises a home-tier proxy. The root's owner (the
// emulator's faucet treasury) sends UpdateRootConfig when either changed, e.g. after a port moved.
import { beginCell, toNano } from '@ton/core';
import { parseRootData, rootDataCell, type RootConfig } from '../../chain/contracts/root-config.js';
import type { DevnetChain } from '../chain/devnet-chain.js';

export const UPDATE_ROOT_CONFIG = 0x7b6a0a4e;

export interface PublishedProxy {
  workers: string;
  clients: string;
  tlsKey: Buffer;
}

/** The root config with exactly this proxy registered and verified. */
export function withProxy(config: RootConfig, p: PublishedProxy): RootConfig {
  const entry = `${p.workers} ${p.clients}`;
  return {
    ...config,
    proxies: new Map([[config.lastProxySeqno > 0 ? config.lastProxySeqno : 1, entry]]),
    lastProxySeqno: config.lastProxySeqno > 0 ? config.lastProxySeqno : 1,
    verifiedProxyKeys: [p.tlsKey],
  };
}

function sameProxy(config: RootConfig, p: PublishedProxy): boolean {
  const entries = [...config.proxies.values()];
  return (
    entries.length === 1 &&
    entries[0] === `${p.workers} ${p.clients}` &&
    config.verifiedProxyKeys.length === 1 &&
    config.verifiedProxyKeys[0]?.equals(p.tlsKey) === true
  );
}

/** Registers the proxy in the root when the root does not list it as it is now. */
export async function publishProxy(devnet: DevnetChain, p: PublishedProxy): Promise<void> {
  const account = await devnet.chain.getAccount(devnet.rootSc);
  if (!account.data) throw new Error('the local root contract has no data');
  const current = parseRootData(account.data);
  if (sameProxy(current, p)) return;
  // The params (and so every contract address derived from them) never change here: only the data and the
  // verified keys do, and those exist from params struct version 5.
  if (current.params.structVersion < 5)
    throw new Error(
      `the local root has params struct version ${current.params.structVersion}; it cannot list proxy keys (5 needed)`,
    );
  const next = rootDataCell({ ...withProxy(current, p), version: current.version }).beginParse();
  next.loadAddress();
  const data = next.loadRef();
  const params = next.loadRef();
  next.loadUint(32);
  const body = beginCell().storeUint(UPDATE_ROOT_CONFIG, 32).storeRef(data).storeRef(params).storeSlice(next);
  await devnet.chain.fund(devnet.rootSc, toNano('0.05'), { body: body.endCell(), bounce: true });
  devnet.log.info(`root lists the proxy at ${p.workers} (clients ${p.clients})`);
}
