// toncenter v2 calls that read the emulated chain: masterchain info, account state, get methods and an
// account's transactions (newest first, paged by lt + hash the way toncenter pages them).
import type { Transaction } from '@ton/core';
import { GetMethodError } from '@ton/sandbox';
import type { SandboxChain } from '../chain/sandbox-chain.js';
import { type Params, readAddress, readBool, readHash, readUint, RpcError } from './params.js';
import { readStack, writeStack } from './stack-codec.js';
import { addressInformation, blockId, chainHead, masterchainInfo, transactionJson } from './ton-json.js';

export interface MethodContext {
  chain: SandboxChain;
  /** Runs chain operations that execute messages one at a time (the emulator's queue is shared). */
  serial: <T>(op: () => Promise<T>) => Promise<T>;
}

export type Method = (params: Params, ctx: MethodContext) => Promise<unknown>;

/** Most transactions one getTransactions call returns. */
export const MAX_TRANSACTIONS = 500;

async function runGetMethod(p: Params, { chain }: MethodContext): Promise<unknown> {
  const address = readAddress(p);
  const method = p.method;
  if (!(typeof method === 'string' && method !== '') && !Number.isSafeInteger(method))
    throw new RpcError(422, 'method is required (a get method name or its numeric id)');
  const stack = readStack(p.stack);
  const contract = await chain.blockchain.getContract(address);
  const state = contract.accountState?.type;
  if (state !== 'active') {
    const what =
      state === 'frozen' ? 'frozen' : contract.lastTransactionLt === 0n ? 'nonexistent' : 'not initialized';
    throw new RpcError(500, `cannot run get methods on ${address.toString()}: the account is ${what}`);
  }
  const head = chainHead(chain);
  const result = await chain.blockchain.runGetMethod(address, method as string | number, stack).then(
    (r) => ({ exitCode: r.exitCode, gasUsed: r.gasUsed, stack: writeStack(r.stack) }),
    (err: unknown) => {
      // a get method that throws is an answer with its exit code, not a failed call (as toncenter reports it)
      if (err instanceof GetMethodError) return { exitCode: err.exitCode, gasUsed: err.gasUsed, stack: [] };
      throw err;
    },
  );
  return {
    '@type': 'smc.runResult',
    gas_used: Number(result.gasUsed),
    stack: result.stack,
    exit_code: result.exitCode,
    block_id: blockId(head.seqno, address.workChain),
  };
}

async function getTransactions(p: Params, { chain }: MethodContext): Promise<unknown> {
  const address = readAddress(p);
  const limit = Number(readUint(p, 'limit') ?? 10n);
  if (limit < 1 || limit > MAX_TRANSACTIONS)
    throw new RpcError(422, `limit must be between 1 and ${MAX_TRANSACTIONS}`);
  const lt = readUint(p, 'lt');
  const hash = readHash(p, 'hash');
  const toLt = readUint(p, 'to_lt') ?? 0n;
  readBool(p, 'archival', false); // the emulator keeps its whole history: every call is archival
  if ((lt === undefined) !== (hash === undefined))
    throw new RpcError(422, 'lt and hash go together: give both to start from a transaction, or neither');
  let txs: Transaction[] = await chain.transactions(address, Number.MAX_SAFE_INTEGER);
  if (lt !== undefined && hash) {
    const start = txs.findIndex((t) => t.lt === lt && t.hash().equals(hash));
    if (start < 0)
      throw new RpcError(
        404,
        `no transaction with lt ${lt} and hash ${hash.toString('hex')} on ${address.toString()}`,
      );
    txs = txs.slice(start);
  }
  // to_lt is exclusive: the walk stops at the first transaction at or below it
  const end = txs.findIndex((t) => t.lt <= toLt);
  return (end < 0 ? txs : txs.slice(0, end)).slice(0, limit).map((t) => transactionJson(address, t));
}

export const readMethods: Record<string, Method> = {
  getMasterchainInfo: (_p, { chain }) => Promise.resolve(masterchainInfo(chain)),
  getAddressInformation: (p, { chain }) => addressInformation(chain, readAddress(p)),
  getAddressBalance: async (p, { chain }) => (await chain.getBalance(readAddress(p))).toString(),
  getAddressState: async (p, { chain }) => {
    const status = (await chain.getAccount(readAddress(p))).status;
    return status === 'active' || status === 'frozen' ? status : 'uninitialized';
  },
  runGetMethod,
  getTransactions,
};
