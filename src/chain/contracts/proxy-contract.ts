// The proxy contract (contracts/proxy.tolk): init data of docs/protocol.md §5.5 and the messages it accepts.
import { type Address, beginCell, type Cell, contractAddress, type StateInit } from '@ton/core';
import { ChainError } from '../errors.js';
import { paramsCellFor, type RootParams } from './root-config.js';
import type { DerivedContract } from './worker-contract.js';

export const OP_CLIENT_TOP_UP = 0x3bd8b1f2;
export const OP_WORKER_PAYOUT = 0x2e0a7b1f; // proxy contract → owner
export const OP_EXCESSES = 0xd53276db;

export interface ProxyInit {
  owner: Address;
  proxyPublicKey: Buffer;
  root: Address;
  params: RootParams; // must carry workerCode
}

/** owner ‖ proxy key(256) ‖ root ‖ state u2 ‖ balance coins ‖ stake coins ‖ unlock_ts u32 ‖ ^params (worker+client code). */
export function proxyInitData(p: ProxyInit): Cell {
  return beginCell()
    .storeAddress(p.owner)
    .storeBuffer(p.proxyPublicKey, 32)
    .storeAddress(p.root)
    .storeUint(0, 2)
    .storeCoins(0n)
    .storeCoins(0n)
    .storeUint(0, 32)
    .storeRef(paramsCellFor('proxy', p.params))
    .endCell();
}

export function proxyStateInit(code: Cell, p: ProxyInit): StateInit {
  return { code, data: proxyInitData(p) };
}

export function proxyAddress(code: Cell, p: ProxyInit, workchain = 0): Address {
  return contractAddress(workchain, proxyStateInit(code, p));
}

/**
 * The proxy contract of (proxy owner, proxy key, root), exactly as Cocoon checks it (docs/protocol.md §5.5):
 * code = the root config's proxy code, data = `proxyInitData` with the root params as the proxy contract
 * receives them (worker and client code only), workchain 0.
 */
export function deriveProxyContract(
  root: RootParams,
  p: { owner: Address; proxyPublicKey: Buffer; root: Address },
): DerivedContract {
  if (!root.proxyCode) throw new ChainError('bad-config', 'the root config carries no proxy contract code');
  if (!root.workerCode) throw new ChainError('bad-config', 'the root config carries no worker contract code');
  const stateInit = proxyStateInit(root.proxyCode, { ...p, params: root });
  return { address: contractAddress(0, stateInit), stateInit };
}

export function clientTopUpBody(qid = 0n): Cell {
  return beginCell().storeUint(OP_CLIENT_TOP_UP, 32).storeUint(qid, 64).endCell();
}
