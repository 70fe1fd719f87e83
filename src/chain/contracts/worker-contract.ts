// The worker contract (contracts/worker.tolk): init data of docs/protocol.md §5.4, address derivation, state reading.
import { type Address, beginCell, type Cell, contractAddress, type StateInit } from '@ton/core';
import { ChainError } from '../errors.js';
import { paramsCellFor, type RootParams } from './root-config.js';

export interface WorkerInit {
  owner: Address;
  proxySc: Address;
  proxyPublicKey: Buffer;
  params: RootParams;
}

/** owner ‖ proxy_sc ‖ proxy_public_key(256) ‖ state u2 = 0 ‖ tokens_processed u64 = 0 ‖ ^params (no code). */
export function workerInitData(w: WorkerInit): Cell {
  return beginCell()
    .storeAddress(w.owner)
    .storeAddress(w.proxySc)
    .storeBuffer(w.proxyPublicKey, 32)
    .storeUint(0, 2)
    .storeUint(0, 64)
    .storeRef(paramsCellFor('worker', w.params))
    .endCell();
}

export function workerStateInit(code: Cell, w: WorkerInit): StateInit {
  return { code, data: workerInitData(w) };
}

export function workerAddress(code: Cell, w: WorkerInit, workchain = 0): Address {
  return contractAddress(workchain, workerStateInit(code, w));
}

/** A contract as the chain will know it: its address and the StateInit that deploys it there. */
export interface DerivedContract {
  address: Address;
  stateInit: StateInit;
}

/**
 * The worker contract of (proxy contract, owner), exactly as Cocoon derives it (docs/protocol.md §5.4):
 * code = the root config's worker code, data = `workerInitData` with the root params as the worker
 * contract receives them (no code refs), workchain 0. Pure: the same root config always gives the same
 * contract, so the first claim can deploy it and a proxy cannot point the worker at another contract.
 */
export function deriveWorkerContract(
  root: RootParams,
  w: { owner: Address; proxySc: Address; proxyPublicKey: Buffer },
): DerivedContract {
  if (!root.workerCode) throw new ChainError('bad-config', 'the root config carries no worker contract code');
  if (w.proxyPublicKey.length !== 32)
    throw new ChainError('bad-config', `proxy public key has ${w.proxyPublicKey.length} bytes, expected 32`);
  const stateInit = workerStateInit(root.workerCode, { ...w, params: root });
  return { address: contractAddress(0, stateInit), stateInit };
}

export type WorkerContractState = 'open' | 'closing' | 'closed' | 'unknown';

export interface WorkerData {
  owner: Address;
  proxySc: Address;
  proxyPublicKey: Buffer;
  state: WorkerContractState;
  tokensProcessed: bigint;
}

/** Reads the contract data cell (what the C++ worker reads: state and tokens_processed). */
export function parseWorkerData(data: Cell): WorkerData {
  const s = data.beginParse();
  const owner = s.loadAddress();
  const proxySc = s.loadAddress();
  const proxyPublicKey = s.loadBuffer(32);
  const raw = s.loadUint(2);
  const tokensProcessed = s.loadUintBig(64);
  const state: WorkerContractState =
    raw === 0 ? 'open' : raw === 1 ? 'closing' : raw === 2 ? 'closed' : 'unknown';
  return { owner, proxySc, proxyPublicKey, state, tokensProcessed };
}
