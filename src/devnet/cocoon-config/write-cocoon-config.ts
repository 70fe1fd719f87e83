// `silkworm devnet serve --cocoon-config DIR`: the files a Cocoon worker-runner in test mode needs to join
// this local network — `fake-ton-config.json` (rootConfig.pseudo, for `--disable-ton`) and
// `worker-runner-config.json` (a workerRunner.config naming this network's root address, in test mode with
// testnet-form addresses as the devnet proxy sends them). From them the runner derives the proxy and worker
// contracts of the network's Cocoon view (cocoon-view.ts), which the devnet proxy's cocoon-test tier uses.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { Address } from '@ton/core';
import { parseRootData } from '../../chain/contracts/root-config.js';
import { writeFileAtomic } from '../../settings/atomic-file.js';
import type { DevnetChain } from '../chain/devnet-chain.js';
import type { PublishedKey } from '../proxy/request-keys.js';
import type { CocoonView } from './cocoon-view.js';
import { pseudoRootConfig, type PseudoRootConfig } from './pseudo-config.js';

export interface CocoonConfigInput {
  dir: string;
  devnet: DevnetChain;
  view: CocoonView;
  /** `"ip:port_workers ip:port_clients"` of the devnet proxy. */
  proxyEntry: string;
  publicKeys: readonly PublishedKey[];
  /** The model the C++ worker will announce (its backend must serve it). */
  model?: string;
}

export interface CocoonConfigFiles {
  rootConfig: string;
  workerConfig: string;
  pseudo: PseudoRootConfig;
}

export const FAKE_TON_FILE = 'fake-ton-config.json';
export const WORKER_RUNNER_FILE = 'worker-runner-config.json';
const DEFAULT_MODEL = 'Qwen/Qwen3-0.6B'; // what Cocoon's own local test network serves
/**
 * The 9060ce5 worker-runner dials proxies only through Cocoon's router (`router -S 8116@any --serialize-info`):
 * an empty `connect_to_proxy_via` fails its config ("expected <ip>:<port>").
 */
export const COCOON_ROUTER_SOCKS = '127.0.0.1:8116';
/**
 * With `http_port` 0 the runner starts no HTTP loop, so its backend check never runs and the worker stays
 * disabled; 12000 is the port Cocoon's own worker spec uses.
 */
export const COCOON_WORKER_HTTP_PORT = 12000;

/** A fixed, clearly fake owner for the C++ worker (a plain account: receiving costs it nothing). */
export function cocoonWorkerOwner(): Address {
  return new Address(0, createHash('sha256').update('silkworm-devnet-cocoon-worker-owner').digest());
}

export async function writeCocoonConfig(i: CocoonConfigInput): Promise<CocoonConfigFiles> {
  const account = await i.devnet.chain.getAccount(i.devnet.rootSc);
  if (!account.data) throw new Error('the local root contract has no data');
  const root = parseRootData(account.data);
  const pseudo = pseudoRootConfig({
    params: i.view.params,
    rootOwner: root.owner,
    proxyEntry: i.proxyEntry,
    publicKeys: i.publicKeys,
    version: root.version,
  });
  const form = { bounceable: false, testOnly: true };
  // workerRunner.config (9060ce5, id 41af605f), fields in schema order; int256 as base64.
  const worker = {
    is_test: true,
    is_testnet: true,
    http_port: COCOON_WORKER_HTTP_PORT,
    owner_address: cocoonWorkerOwner().toString(form),
    proxy_connections: 1,
    connect_to_proxy_via: COCOON_ROUTER_SOCKS,
    model_name: i.model ?? DEFAULT_MODEL,
    coefficient: 1000,
    root_contract_address: i.devnet.rootSc.toString(form),
    node_wallet_key: createHash('sha256').update('silkworm-devnet-cocoon-node-wallet').digest('base64'),
    forward_requests_to: '127.0.0.1:8000',
    ton_config_filename: '',
    check_proxy_hashes: false,
    max_active_requests: 4,
    image_hash: Buffer.alloc(32).toString('base64'),
    http_access_hash: '',
    change_model_script: '',
    machine_description_json: '{}',
  };
  await mkdir(i.dir, { recursive: true });
  const rootConfig = path.join(i.dir, FAKE_TON_FILE);
  const workerConfig = path.join(i.dir, WORKER_RUNNER_FILE);
  await writeFileAtomic(rootConfig, JSON.stringify(pseudo, null, 2) + '\n', 0o644);
  await writeFileAtomic(workerConfig, JSON.stringify(worker, null, 2) + '\n', 0o644);
  return { rootConfig, workerConfig, pseudo };
}
