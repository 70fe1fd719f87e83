// The local network started for a Cocoon worker-runner (`devnet serve --cocoon-config DIR`): the files are
// written, their root address is the network's, and the proxy contract the runner derives from them (as
// Cocoon's ProxyContract does, via src/chain/contracts) is the one the network's proxy signs for.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Address, beginCell, Cell } from '@ton/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deriveProxyContract } from '../../src/chain/contracts/proxy-contract.js';
import { defaultRootParams } from '../../src/chain/contracts/root-config.js';
import {
  cocoonView,
  FAKE_TON_PARAMS,
  FAKE_TON_FILE,
  WORKER_RUNNER_FILE,
} from '../../src/devnet/cocoon-config/index.js';
import { startLocalNetwork, type LocalNetwork } from '../../src/devnet/network/local-network.js';
import { silentLogger } from '../../src/logging/logger.js';

let dir: string;
let net: LocalNetwork;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'sw-cocoon-serve-'));
  net = await startLocalNetwork({ dir: null, log: silentLogger, powDifficulty: 4, cocoonConfigDir: dir });
}, 120_000);

afterAll(async () => {
  await net.close();
  await rm(dir, { recursive: true, force: true });
});

const cell = (hex: string): Cell =>
  hex === '' ? beginCell().endCell() : (Cell.fromBoc(Buffer.from(hex, 'hex'))[0] as Cell);

describe('devnet serve --cocoon-config', () => {
  it('writes files from which the runner derives the proxy contract the network uses', async () => {
    const pseudo = JSON.parse(await readFile(path.join(dir, FAKE_TON_FILE), 'utf8')) as Record<
      string,
      string | number
    >;
    const worker = JSON.parse(await readFile(path.join(dir, WORKER_RUNNER_FILE), 'utf8')) as Record<
      string,
      string
    >;
    const root = Address.parse(String(worker.root_contract_address));
    expect(root.equals(Address.parse(net.info.root_address))).toBe(true);
    expect(pseudo.registered_proxies).toEqual([
      { seqno: 1, address: `${net.info.proxy_worker_address} ${new URL(net.info.client_url).host}` },
    ]);
    const params = defaultRootParams({
      ...FAKE_TON_PARAMS,
      paramsVersion: Number(pseudo.params_version),
      pricePerToken: BigInt(Number(pseudo.price_per_token)),
      workerFeePerToken: BigInt(Number(pseudo.worker_fee_per_token)),
      proxyCode: cell(String(pseudo.proxy_sc_code)),
      workerCode: cell(String(pseudo.worker_sc_code)),
      clientCode: cell(String(pseudo.client_sc_code)),
    });
    const derived = deriveProxyContract(params, {
      owner: net.devnet.proxyInit.owner,
      proxyPublicKey: net.devnet.proxyKeys.publicKey,
      root,
    });
    expect(derived.address.equals(cocoonView(net.devnet).proxySc)).toBe(true);
    expect(derived.address.equals(net.devnet.proxySc)).toBe(false); // the network's own contract stays v5
  }, 60_000);
});
