// Real TON through a toncenter-compatible HTTP API (@ton/ton TonClient). Endpoint and API key are
// configurable; mainnet and testnet have defaults. Network failures become ChainError('unreachable').
import {
  type Address,
  beginCell,
  Cell,
  external,
  type StateInit,
  storeMessage,
  type Transaction,
  type TupleItem,
  type TupleReader,
} from '@ton/core';
import { TonClient } from '@ton/ton';
import type { Logger } from '../logging/logger.js';
import { errorMessage } from '../logging/logger.js';
import type { AccountInfo, Chain, ChainStatus, WaitOptions } from './chain.js';
import { ChainError } from './errors.js';

export const DEFAULT_ENDPOINTS = {
  mainnet: 'https://toncenter.com/api/v2/jsonRPC',
  testnet: 'https://testnet.toncenter.com/api/v2/jsonRPC',
} as const;

export interface TonClientChainOptions {
  network: 'mainnet' | 'testnet';
  endpoint?: string;
  apiKey?: string;
  log: Logger;
  /** HTTP timeout per request (default 10 s). */
  timeoutMs?: number;
  /** Poll interval while waiting for a transaction (default 2 s; the public API rate-limits). */
  pollMs?: number;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
}

export class TonClientChain implements Chain {
  readonly network: 'mainnet' | 'testnet';
  readonly #client: TonClient;
  readonly #log: Logger;
  readonly #pollMs: number;
  readonly #sleep: (ms: number) => Promise<void>;
  readonly #now: () => number;

  constructor(opts: TonClientChainOptions) {
    this.network = opts.network;
    this.#log = opts.log;
    this.#pollMs = opts.pollMs ?? 2000;
    this.#sleep = opts.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
    this.#now = opts.now ?? Date.now;
    this.#client = new TonClient({
      endpoint: opts.endpoint ?? DEFAULT_ENDPOINTS[opts.network],
      apiKey: opts.apiKey,
      timeout: opts.timeoutMs ?? 10_000,
    });
  }

  async status(): Promise<ChainStatus> {
    const checkedAt = this.#now();
    try {
      const info = await this.#call('status', () => this.#client.getMasterchainInfo());
      return {
        network: this.network,
        reachable: true,
        detail: `masterchain seqno ${info.latestSeqno}`,
        checkedAt,
      };
    } catch (err) {
      return { network: this.network, reachable: false, detail: errorMessage(err), checkedAt };
    }
  }

  async getAccount(address: Address): Promise<AccountInfo> {
    const st = await this.#call('getAccount', () => this.#client.getContractState(address));
    const data = st.data ? (Cell.fromBoc(st.data)[0] ?? null) : null;
    const status =
      st.state === 'active'
        ? 'active'
        : st.state === 'frozen'
          ? 'frozen'
          : st.lastTransaction
            ? 'uninit'
            : 'nonexist';
    return { status, balance: st.balance, data };
  }

  getBalance(address: Address): Promise<bigint> {
    return this.#call('getBalance', () => this.#client.getBalance(address));
  }

  async runGetMethod(address: Address, method: string, args: TupleItem[] = []): Promise<TupleReader> {
    const r = await this.#call(`runGetMethod ${method}`, () => this.#client.runMethod(address, method, args));
    return r.stack;
  }

  async sendExternal(to: Address, body: Cell, init?: StateInit | null): Promise<Buffer> {
    const cell = beginCell()
      .store(storeMessage(external({ to, body, init: init ?? undefined })))
      .endCell();
    await this.#call('sendExternal', () => this.#client.sendFile(cell.toBoc()));
    return cell.hash();
  }

  emulateExternal(): Promise<Transaction[]> {
    // toncenter's estimateFee prices only the sender's own transaction, not the contracts it wakes up.
    return Promise.reject(new ChainError('unsupported', 'this TON endpoint cannot emulate a message trace'));
  }

  transactions(address: Address, limit = 20): Promise<Transaction[]> {
    return this.#call('transactions', () => this.#client.getTransactions(address, { limit, archival: true }));
  }

  async waitForTransaction(
    address: Address,
    match: (tx: Transaction) => boolean,
    opts: WaitOptions = {},
  ): Promise<Transaction> {
    const deadline = this.#now() + (opts.timeoutMs ?? 90_000);
    for (;;) {
      try {
        for (const tx of await this.transactions(address, 20)) {
          if (opts.afterLt !== undefined && tx.lt <= opts.afterLt) break;
          if (match(tx)) return tx;
        }
      } catch (err) {
        // a transient outage while waiting is not the end: keep trying until the deadline
        this.#log.warn(`waiting for a transaction on ${address.toString()}: ${errorMessage(err)}`);
      }
      if (this.#now() >= deadline)
        throw new ChainError('timeout', `no matching transaction on ${address.toString()} in time`);
      await this.#sleep(this.#pollMs);
    }
  }

  close(): Promise<void> {
    return Promise.resolve();
  }

  async #call<T>(what: string, op: () => Promise<T>): Promise<T> {
    try {
      return await op();
    } catch (err) {
      throw classify(what, err);
    }
  }
}

/** Network-level failures (no answer) are "unreachable"; answers we cannot use are "bad-response". */
export function classify(what: string, err: unknown): ChainError {
  const e = err as { code?: string; response?: { status?: number }; message?: string };
  const message = errorMessage(err);
  const network = [
    'ENOTFOUND',
    'ECONNREFUSED',
    'ECONNRESET',
    'ETIMEDOUT',
    'EAI_AGAIN',
    'ECONNABORTED',
    'ENETUNREACH',
    'EHOSTUNREACH',
    'ERR_NETWORK',
  ];
  if ((e.code && network.includes(e.code)) || /timeout|network error|socket hang up/i.test(message)) {
    return new ChainError('unreachable', `TON endpoint unreachable (${what}): ${message}`, { cause: err });
  }
  const status = e.response?.status;
  if (status !== undefined && (status === 429 || status >= 500)) {
    return new ChainError('unreachable', `TON endpoint unavailable (${what}): HTTP ${status}`, {
      cause: err,
    });
  }
  return new ChainError('bad-response', `TON endpoint error (${what}): ${message}`, { cause: err });
}
