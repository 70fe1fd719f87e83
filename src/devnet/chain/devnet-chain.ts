// Stands up the devnet's money side on the emulated chain: a root contract with the network config, a
// proxy contract funded by a "client" treasury, and worker contracts per owner. The devnet proxy (network
// capability) calls `signPayment` to produce proxy.signedPayment.data exactly as a Cocoon proxy does.
import { createHash, randomBytes } from 'node:crypto';
import { type Address, contractAddress, type StateInit, toNano } from '@ton/core';
import { keyPairFromSeed, type KeyPair } from '@ton/crypto';
import type { Logger } from '../../logging/logger.js';
import { compileContracts, type CompiledContracts } from '../../chain/contracts/compile.js';
import { defaultRootParams, rootDataCell, type RootParams } from '../../chain/contracts/root-config.js';
import {
  clientTopUpBody,
  proxyAddress,
  proxyStateInit,
  type ProxyInit,
} from '../../chain/contracts/proxy-contract.js';
import { workerAddress, workerStateInit, type WorkerInit } from '../../chain/contracts/worker-contract.js';
import { signPayment } from '../../chain/contracts/signed-payment.js';
import type { SandboxChain } from './sandbox-chain.js';
import type { ProxyPayment } from '../../chain/payout/payout-service.js';

export interface DevnetChainOptions {
  chain: SandboxChain;
  log: Logger;
  /** Devnet prices; default worker fee 100 000 nano (0.0001 TON) per token so claims happen in minutes. */
  params?: Partial<RootParams>;
  /** What the client treasury deposits into the proxy contract when it is first deployed. */
  clientFundsNano?: bigint;
  /** Seed of the devnet proxy's signing key; default is a fixed devnet seed (the devnet is simulated). */
  proxySeed?: Buffer;
  /** Proxy address string registered in the root config. */
  proxyEndpoint?: string;
}

export const DEVNET_FEE_PER_TOKEN = 100_000n;

export class DevnetChain {
  readonly chain: SandboxChain;
  readonly params: RootParams;
  readonly code: CompiledContracts;
  readonly proxyKeys: KeyPair;
  readonly proxyInit: ProxyInit;
  readonly proxySc: Address;
  readonly rootSc: Address;
  readonly #log: Logger;

  private constructor(o: {
    chain: SandboxChain;
    params: RootParams;
    code: CompiledContracts;
    keys: KeyPair;
    init: ProxyInit;
    rootSc: Address;
    log: Logger;
  }) {
    this.chain = o.chain;
    this.params = o.params;
    this.code = o.code;
    this.proxyKeys = o.keys;
    this.proxyInit = o.init;
    this.proxySc = proxyAddress(o.code.proxy, o.init);
    this.rootSc = o.rootSc;
    this.#log = o.log;
  }

  /** Idempotent: on a restored chain the contracts are already there and nothing is redeployed. */
  static async start(opts: DevnetChainOptions): Promise<DevnetChain> {
    const code = await compileContracts();
    const params = defaultRootParams({
      // Version 5: the root can list verified proxy keys, how workers recognise a home-tier proxy.
      structVersion: 5,
      workerFeePerToken: DEVNET_FEE_PER_TOKEN,
      pricePerToken: 2n * DEVNET_FEE_PER_TOKEN,
      ...opts.params,
      workerCode: code.worker,
    });
    const keys = keyPairFromSeed(
      opts.proxySeed ?? createHash('sha256').update('silkworm devnet proxy key').digest(),
    );
    const faucet = await opts.chain.faucet();
    const rootOwner = faucet.address;
    const rootInit: StateInit = {
      code: code.root,
      data: rootDataCell({
        owner: rootOwner,
        proxyHashes: [],
        proxies: new Map([[1, opts.proxyEndpoint ?? '127.0.0.1:11001']]),
        lastProxySeqno: 1,
        workerHashes: [],
        modelHashes: [],
        params: { ...params, workerCode: code.worker, proxyCode: code.proxy },
        version: 1,
      }),
    };
    const rootSc = contractAddress(0, rootInit);
    const init: ProxyInit = { owner: rootOwner, proxyPublicKey: keys.publicKey, root: rootSc, params };
    const devnet = new DevnetChain({ chain: opts.chain, params, code, keys, init, rootSc, log: opts.log });
    if ((await opts.chain.getAccount(rootSc)).status !== 'active') {
      await opts.chain.fund(rootSc, toNano('1'), { init: rootInit });
    }
    if ((await opts.chain.getAccount(devnet.proxySc)).status !== 'active') {
      await devnet.topUpProxy(opts.clientFundsNano ?? toNano('1000'), proxyStateInit(code.proxy, init));
      opts.log.info(`devnet proxy contract ${devnet.proxySc.toString()} deployed and funded`);
    }
    return devnet;
  }

  /** A client deposit into the proxy contract (the "client treasury"). */
  async topUpProxy(value: bigint, init?: StateInit): Promise<void> {
    await this.chain.fund(this.proxySc, value, { init, body: clientTopUpBody(), bounce: false });
  }

  workerInit(owner: Address): WorkerInit {
    return { owner, proxySc: this.proxySc, proxyPublicKey: this.proxyKeys.publicKey, params: this.params };
  }

  workerSc(owner: Address): Address {
    return workerAddress(this.code.worker, this.workerInit(owner));
  }

  workerStateInit(owner: Address): StateInit {
    return workerStateInit(this.code.worker, this.workerInit(owner));
  }

  /** Deploys the worker contract for `owner` (the worker would do it on first registration; 0.3 TON). */
  async deployWorker(owner: Address): Promise<Address> {
    const sc = this.workerSc(owner);
    if ((await this.chain.getAccount(sc)).status !== 'active')
      await this.chain.fund(sc, toNano('0.3'), { init: this.workerStateInit(owner) });
    return sc;
  }

  /** proxy.signedPayment.data for `tokens` committed to `owner`'s worker contract: a BOC of the wrapper of docs/protocol.md §5.2. */
  signPayment(owner: Address, tokens: bigint): Buffer {
    const cell = signPayment({
      qid: randomBytes(8).readBigUInt64BE(),
      tokens,
      workerSc: this.workerSc(owner),
      returnExcessesTo: this.proxyInit.owner, // the proxy's own wallet, as Cocoon's proxy does
      secretKey: this.proxyKeys.secretKey,
    });
    return cell.toBoc({ idx: false, crc32: false });
  }

  /** Everything PayoutService needs for this proxy and owner, given the latest signed data. */
  payment(owner: Address, data: Buffer): ProxyPayment {
    return {
      proxySc: this.proxySc,
      workerSc: this.workerSc(owner),
      proxyPublicKey: this.proxyKeys.publicKey,
      data,
      workerFeePerToken: this.params.workerFeePerToken,
      workerStateInit: this.workerStateInit(owner),
    };
  }

  get log(): Logger {
    return this.#log;
  }
}
