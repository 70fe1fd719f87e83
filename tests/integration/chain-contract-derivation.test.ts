// The worker and proxy contracts derived from the root config alone (what a worker on a real network has)
// are the ones the devnet deploys, and the one the proxy contract itself computes on chain.
import { Address, beginCell, toNano } from '@ton/core';
import { keyPairFromSeed } from '@ton/crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/logging/logger.js';
import { SandboxChain } from '../../src/devnet/chain/sandbox-chain.js';
import { parseRootData, type RootConfig } from '../../src/chain/contracts/root-config.js';
import { deriveWorkerContract } from '../../src/chain/contracts/worker-contract.js';
import { deriveProxyContract } from '../../src/chain/contracts/proxy-contract.js';
import { ChainError } from '../../src/chain/errors.js';
import { DevnetChain } from '../../src/devnet/chain/devnet-chain.js';

describe('contracts derived from the root config', () => {
  let chain: SandboxChain;
  let devnet: DevnetChain;
  let root: RootConfig;
  const owner = Address.parseRaw(`0:${'ab'.repeat(32)}`);

  beforeAll(async () => {
    chain = await SandboxChain.open({ log: silentLogger });
    devnet = await DevnetChain.start({ chain, log: silentLogger });
    const account = await chain.getAccount(devnet.rootSc);
    if (!account.data) throw new Error('root contract has no data');
    root = parseRootData(account.data); // what a worker reads from the chain, nothing else
  });

  it('gives the proxy contract the devnet deployed', async () => {
    const proxy = deriveProxyContract(root.params, {
      owner: devnet.proxyInit.owner,
      proxyPublicKey: devnet.proxyKeys.publicKey,
      root: devnet.rootSc,
    });
    expect(proxy.address.equals(devnet.proxySc)).toBe(true);
    expect((await chain.getAccount(proxy.address)).status).toBe('active');
  });

  it('gives the worker contract and StateInit the devnet (and the proxy contract) compute', async () => {
    const w = deriveWorkerContract(root.params, {
      owner,
      proxySc: devnet.proxySc,
      proxyPublicKey: devnet.proxyKeys.publicKey,
    });
    expect(w.address.equals(devnet.workerSc(owner))).toBe(true);
    const expected = devnet.workerStateInit(owner);
    expect(w.stateInit.code?.hash().equals(expected.code?.hash() ?? Buffer.alloc(0))).toBe(true);
    expect(w.stateInit.data?.hash().equals(expected.data?.hash() ?? Buffer.alloc(0))).toBe(true);
    // the proxy contract's own get method derives the same address on chain
    const onChain = await chain.runGetMethod(devnet.proxySc, 'get_worker_address', [
      { type: 'slice', cell: beginCell().storeAddress(owner).endCell() },
    ]);
    expect(onChain.readAddress().equals(w.address)).toBe(true);
    // and deploying that StateInit puts a contract exactly there
    await chain.fund(w.address, toNano('0.1'), { init: w.stateInit });
    expect((await chain.getAccount(w.address)).status).toBe('active');
  });

  it('depends on the owner, the proxy key and the root params', () => {
    const base = { owner, proxySc: devnet.proxySc, proxyPublicKey: devnet.proxyKeys.publicKey };
    const a = deriveWorkerContract(root.params, base).address;
    const otherOwner = Address.parseRaw(`0:${'cd'.repeat(32)}`);
    expect(deriveWorkerContract(root.params, { ...base, owner: otherOwner }).address.equals(a)).toBe(false);
    const otherKey = keyPairFromSeed(Buffer.alloc(32, 9)).publicKey;
    expect(deriveWorkerContract(root.params, { ...base, proxyPublicKey: otherKey }).address.equals(a)).toBe(
      false,
    );
    const bumped = { ...root.params, paramsVersion: root.params.paramsVersion + 1 };
    expect(deriveWorkerContract(bumped, base).address.equals(a)).toBe(false);
  });

  it('refuses a root config without contract code, with a clear error', () => {
    const base = { owner, proxySc: devnet.proxySc, proxyPublicKey: devnet.proxyKeys.publicKey };
    expect(() => deriveWorkerContract({ ...root.params, workerCode: null }, base)).toThrow(ChainError);
    expect(() => deriveWorkerContract({ ...root.params, workerCode: null }, base)).toThrow(
      /worker contract code/,
    );
    expect(() =>
      deriveProxyContract(
        { ...root.params, proxyCode: null },
        { owner, proxyPublicKey: base.proxyPublicKey, root: devnet.rootSc },
      ),
    ).toThrow(/proxy contract code/);
  });
});
