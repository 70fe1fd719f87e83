// TON access behind one interface, so the worker runs the same against real TON (@ton/ton) and the
// devnet's embedded emulator (@ton/sandbox). Senders (the node wallet) sit above it and only need
// `sendExternal` + `waitForTransaction`.
import type { Address, Cell, StateInit, Transaction, TupleItem, TupleReader } from '@ton/core';

export type ChainNetwork = 'mainnet' | 'testnet' | 'devnet';

export interface ChainStatus {
  network: ChainNetwork;
  reachable: boolean;
  /** Human text for the dashboard, e.g. "unreachable: getaddrinfo ENOTFOUND toncenter.com". */
  detail: string;
  /** Which TON API endpoint answered (chains reached over HTTP), without query string or credentials. */
  endpoint?: string;
  checkedAt: number;
}

export type AccountStatus = 'active' | 'uninit' | 'frozen' | 'nonexist';

export interface AccountInfo {
  status: AccountStatus;
  balance: bigint;
  data: Cell | null;
}

export interface WaitOptions {
  timeoutMs?: number;
  /** Only transactions with a logical time above this count (e.g. the account's last lt before sending). */
  afterLt?: bigint;
}

export interface Chain {
  readonly network: ChainNetwork;
  /** Cheap probe; never throws: an unreachable endpoint is a state, not a crash. */
  status(): Promise<ChainStatus>;
  getAccount(address: Address): Promise<AccountInfo>;
  getBalance(address: Address): Promise<bigint>;
  runGetMethod(address: Address, method: string, args?: TupleItem[]): Promise<TupleReader>;
  /** Sends a signed external message to `to` (with `init` when deploying); returns the message cell hash. */
  sendExternal(to: Address, body: Cell, init?: StateInit | null): Promise<Buffer>;
  /**
   * Runs a signed external message against a copy of the current state and returns every transaction it
   * would cause, in order; nothing is committed. This is how a fee is known before it is paid. Throws
   * ChainError('unsupported') where the chain cannot emulate a whole trace (callers then use measured fees).
   */
  emulateExternal(to: Address, body: Cell, init?: StateInit | null): Promise<Transaction[]>;
  /**
   * What `to` itself would pay to process this external message (import, storage, gas and the forward
   * fees of the messages it sends), in nanotons; for chains that cannot emulate a whole trace.
   */
  estimateExternalFee?(to: Address, body: Cell, init?: StateInit | null): Promise<bigint>;
  /** Newest first. */
  transactions(address: Address, limit?: number): Promise<Transaction[]>;
  /** Resolves with the first transaction of `address` that matches, or throws ChainError('timeout'). */
  waitForTransaction(
    address: Address,
    match: (tx: Transaction) => boolean,
    opts?: WaitOptions,
  ): Promise<Transaction>;
  close(): Promise<void>;
}

/** Exit code of a transaction's compute phase; undefined when it was skipped. */
export function computeExitCode(tx: Transaction): number | undefined {
  const d = tx.description;
  if (d.type !== 'generic' || d.computePhase.type !== 'vm') return undefined;
  return d.computePhase.exitCode;
}

/** True when compute succeeded and all actions applied. */
export function transactionSucceeded(tx: Transaction): boolean {
  const d = tx.description;
  if (d.type !== 'generic' || d.computePhase.type !== 'vm') return false;
  return d.computePhase.success && (d.actionPhase?.success ?? true) && !d.aborted;
}
