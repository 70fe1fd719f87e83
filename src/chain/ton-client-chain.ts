// TON through a toncenter-compatible HTTP API v2 (@ton/ton TonClient): mainnet, testnet, or any network
// served the same way (the devnet's emulated chain on 127.0.0.1). Several endpoints are tried in order: when
// one is unreachable the next takes over and stays in use until it fails in turn; only when every one is
// down does a call fail, with ChainError('unreachable') naming each. Answers we cannot use are 'bad-response',
// an external message the chain refused is 'rejected'.
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
import type { AccountInfo, Chain, ChainNetwork, ChainStatus, WaitOptions } from './chain.js';
import { ChainError } from './errors.js';
import { apiKeyFor, endpointLabel, resolveTonEndpoints, type TonEndpoint } from './ton-endpoints.js';

export interface TonClientChainOptions {
  network: ChainNetwork;
  /**
   * Tried in order. Plain strings get `apiKey` as apiKeyFor scopes it; entries with their own key keep it. Default:
   * `endpoint` (if given) then the network's preset (a devnet has none: give its endpoint).
   */
  endpoints?: readonly (string | TonEndpoint)[];
  /** One endpoint tried before the preset (older settings). */
  endpoint?: string;
  apiKey?: string | null;
  log: Logger;
  /** HTTP timeout per request (default 10 s). */
  timeoutMs?: number;
  /** Poll interval while waiting for a transaction (default 2 s; the public API rate-limits). */
  pollMs?: number;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
}

interface Endpoint {
  label: string;
  client: TonClient;
}

/** toncenter answers at most 100 transactions a call. */
const TX_PAGE = 100;

export class TonClientChain implements Chain {
  readonly network: ChainNetwork;
  readonly #endpoints: readonly Endpoint[];
  /** Index of the endpoint that answered last; calls start there. */
  #current = 0;
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
    const list: TonEndpoint[] = opts.endpoints
      ? opts.endpoints.map((e) => (typeof e === 'string' ? { url: e, apiKey: apiKeyFor(e, opts.apiKey) } : e))
      : resolveTonEndpoints({ network: opts.network, override: opts.endpoint, apiKey: opts.apiKey });
    if (list.length === 0)
      throw new ChainError('bad-config', `no TON API endpoint is configured for the ${opts.network} network`);
    this.#endpoints = list.map((e) => ({
      label: endpointLabel(e.url),
      client: new TonClient({ endpoint: e.url, apiKey: e.apiKey, timeout: opts.timeoutMs ?? 10_000 }),
    }));
  }

  /** The endpoint calls go to now (the last one that answered). */
  get endpoint(): string {
    return this.#endpoints[this.#current]?.label ?? '';
  }

  async status(): Promise<ChainStatus> {
    const checkedAt = this.#now();
    try {
      const info = await this.#call('status', (c) => c.getMasterchainInfo());
      return {
        network: this.network,
        reachable: true,
        detail: `masterchain seqno ${info.latestSeqno} via ${this.endpoint}`,
        endpoint: this.endpoint,
        checkedAt,
      };
    } catch (err) {
      return { network: this.network, reachable: false, detail: errorMessage(err), checkedAt };
    }
  }

  async getAccount(address: Address): Promise<AccountInfo> {
    const st = await this.#call('getAccount', (c) => c.getContractState(address));
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
    return this.#call('getBalance', (c) => c.getBalance(address));
  }

  async runGetMethod(address: Address, method: string, args: TupleItem[] = []): Promise<TupleReader> {
    const r = await this.#call(`runGetMethod ${method}`, (c) => c.runMethod(address, method, args));
    return r.stack;
  }

  async sendExternal(to: Address, body: Cell, init?: StateInit | null): Promise<Buffer> {
    const cell = beginCell()
      .store(storeMessage(external({ to, body, init: init ?? undefined })))
      .endCell();
    await this.#call('sendExternal', (c) => c.sendFile(cell.toBoc()));
    return cell.hash();
  }

  /** toncenter's estimateFee: what the target pays in its own transaction (import, storage, gas, forwarding). */
  async estimateExternalFee(to: Address, body: Cell, init?: StateInit | null): Promise<bigint> {
    const r = await this.#call('estimateExternalFee', (c) =>
      c.estimateExternalMessageFee(to, {
        body,
        initCode: init?.code ?? null,
        initData: init?.data ?? null,
        ignoreSignature: true,
      }),
    );
    const f = r.source_fees;
    return BigInt(f.in_fwd_fee) + BigInt(f.storage_fee) + BigInt(f.gas_fee) + BigInt(f.fwd_fee);
  }

  emulateExternal(): Promise<Transaction[]> {
    // toncenter's estimateFee prices only the sender's own transaction, not the contracts it wakes up.
    return Promise.reject(new ChainError('unsupported', 'this TON endpoint cannot emulate a message trace'));
  }

  /** Newest first, `limit` of them, fetched in pages the public APIs accept (each continues by lt + hash). */
  async transactions(address: Address, limit = 20): Promise<Transaction[]> {
    const out: Transaction[] = [];
    let from: { lt: string; hash: string } | null = null;
    while (out.length < limit) {
      const want = Math.min(TX_PAGE, limit - out.length + (from ? 1 : 0));
      const at: { lt: string; hash: string } | null = from;
      const page: Transaction[] = await this.#call('transactions', (c): Promise<Transaction[]> =>
        c.getTransactions(address, {
          limit: want,
          archival: true,
          ...(at ? { lt: at.lt, hash: at.hash } : {}),
        }),
      );
      // A continued page starts with the transaction the last one ended on.
      const fresh = at ? page.filter((tx) => tx.lt.toString() !== at.lt) : page;
      out.push(...fresh.slice(0, limit - out.length));
      const last = page.at(-1);
      if (page.length < want || !last || fresh.length === 0) break;
      from = { lt: last.lt.toString(), hash: last.hash().toString('base64') };
    }
    return out;
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

  /** Runs `op` on the current endpoint, then on each other one while they are unreachable. */
  async #call<T>(what: string, op: (client: TonClient) => Promise<T>): Promise<T> {
    const n = this.#endpoints.length;
    const failures: string[] = [];
    for (let k = 0; k < n; k++) {
      const i = (this.#current + k) % n;
      const e = this.#endpoints[i];
      if (!e) continue;
      try {
        const result = await op(e.client);
        if (i !== this.#current) {
          this.#log.warn(`TON endpoint ${e.label} took over (${failures.join('; ')})`);
          this.#current = i;
        }
        return result;
      } catch (err) {
        const failure = classify(what, err);
        if (failure.code !== 'unreachable') throw failure;
        failures.push(`${e.label}: ${failure.message}`);
      }
    }
    if (n === 1) throw new ChainError('unreachable', failures[0] ?? 'TON endpoint unreachable');
    throw new ChainError(
      'unreachable',
      `all ${n} TON endpoints are unreachable (${what}): ${failures.join('; ')}`,
    );
  }
}

/** The error text of a toncenter envelope `{ok: false, error, code}` the endpoint answered with, if any. */
function envelopeError(err: unknown): string | null {
  const data = (err as { response?: { data?: unknown } }).response?.data;
  if (typeof data === 'object' && data !== null && typeof (data as { error?: unknown }).error === 'string')
    return (data as { error: string }).error;
  const m = /^Received error: (.*)$/s.exec(errorMessage(err));
  if (!m?.[1]) return null;
  try {
    const body = JSON.parse(m[1]) as { error?: unknown };
    return typeof body.error === 'string' ? body.error : null;
  } catch {
    return null;
  }
}

const NETWORK_CODES = [
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

/**
 * No answer, an overloaded endpoint (429, 502–504) or a lite server it could not reach: "unreachable", so
 * the next endpoint is tried. The chain refusing an external message: "rejected". Anything else the
 * endpoint answered: "bad-response", with the endpoint's own error text.
 */
export function classify(what: string, err: unknown): ChainError {
  const e = err as { code?: string; response?: { status?: number } };
  const message = errorMessage(err);
  const said = envelopeError(err);
  const status = e.response?.status;
  if (
    (e.code && NETWORK_CODES.includes(e.code)) ||
    (status === undefined && /timeout|network error|socket hang up/i.test(message))
  ) {
    return new ChainError('unreachable', `TON endpoint unreachable (${what}): ${message}`, { cause: err });
  }
  if (said && /cannot apply external message|not accepted/i.test(said))
    return new ChainError('rejected', `the chain refused the message (${what}): ${said}`, { cause: err });
  const overloaded = status === 429 || (status !== undefined && status >= 502);
  if (overloaded || (said && /LITE_SERVER_NETWORK|timed? ?out/i.test(said)) || (status === 500 && !said)) {
    return new ChainError(
      'unreachable',
      `TON endpoint unavailable (${what}): HTTP ${status ?? '?'}${said ? ` ${said}` : ''}`,
      {
        cause: err,
      },
    );
  }
  return new ChainError('bad-response', `TON endpoint error (${what}): ${said ?? message}`, { cause: err });
}
