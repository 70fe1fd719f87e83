// The devnet's chain: the TON emulator (@ton/sandbox) executing real contract code. Its whole state
// (accounts, transactions, logical time) is written to a snapshot file after every change, atomically, so
// the default run keeps its history across restarts.
import {
  type Address,
  beginCell,
  type Cell,
  external,
  storeMessage,
  type StateInit,
  type Transaction,
  type TupleItem,
  type TupleReader,
  type Message,
  toNano,
} from '@ton/core';
import {
  Blockchain,
  snapshotFromSerializable,
  snapshotToSerializable,
  type SandboxContract,
  type TreasuryContract,
} from '@ton/sandbox';
import { errorMessage, type Logger } from '../../logging/logger.js';
import type { AccountInfo, Chain, ChainStatus, WaitOptions } from '../../chain/chain.js';
import { ChainError } from '../../chain/errors.js';
import { prevName, readSnapshotFile, writeSnapshotFile } from './snapshot-file.js';
import type { Damage } from '../../state-files/state-file.js';

export interface SandboxChainOptions {
  log: Logger;
  /** Snapshot file; omitted = in memory only (tests). */
  snapshotFile?: string;
}

export class SandboxChain implements Chain {
  readonly network = 'devnet' as const;
  readonly #log: Logger;
  readonly #file: string | undefined;
  readonly #bc: Blockchain;
  #saving: Promise<void> = Promise.resolve();
  /** Set when the snapshot could not be restored (the owner should be told). */
  restoreProblem: string | null = null;
  /** The damaged snapshot file, when there was one. */
  damage: Damage | null = null;

  private constructor(bc: Blockchain, opts: SandboxChainOptions) {
    this.#bc = bc;
    this.#log = opts.log;
    this.#file = opts.snapshotFile;
  }

  /** Opens the emulator, restoring the snapshot file when there is one. */
  static async open(opts: SandboxChainOptions): Promise<SandboxChain> {
    const bc = await Blockchain.create();
    const chain = new SandboxChain(bc, opts);
    if (opts.snapshotFile) await chain.#restore(opts.snapshotFile);
    return chain;
  }

  /** The emulator itself, for devnet helpers and tests. */
  get blockchain(): Blockchain {
    return this.#bc;
  }

  status(): Promise<ChainStatus> {
    return Promise.resolve({
      network: this.network,
      reachable: true,
      detail: 'embedded emulator',
      checkedAt: Date.now(),
    });
  }

  async getAccount(address: Address): Promise<AccountInfo> {
    const c = await this.#bc.getContract(address);
    const st = c.accountState;
    if (!st) return { status: 'nonexist', balance: c.balance, data: null };
    if (st.type === 'active') return { status: 'active', balance: c.balance, data: st.state.data ?? null };
    return { status: st.type === 'frozen' ? 'frozen' : 'uninit', balance: c.balance, data: null };
  }

  async getBalance(address: Address): Promise<bigint> {
    return (await this.#bc.getContract(address)).balance;
  }

  async runGetMethod(address: Address, method: string, args: TupleItem[] = []): Promise<TupleReader> {
    const r = await this.#bc.runGetMethod(address, method, args);
    return r.stackReader;
  }

  async sendExternal(to: Address, body: Cell, init?: StateInit | null): Promise<Buffer> {
    const msg: Message = external({ to, body, init: init ?? undefined });
    const hash = beginCell().store(storeMessage(msg)).endCell().hash();
    await this.#run(() => this.#bc.sendMessage(msg));
    return hash;
  }

  async emulateExternal(to: Address, body: Cell, init?: StateInit | null): Promise<Transaction[]> {
    // A throwaway emulator loaded with this one's snapshot (same accounts, config and clock): the trace and
    // its fees are what sending would produce, and the real chain is untouched.
    return this.emulateMessage(external({ to, body, init: init ?? undefined }));
  }

  /**
   * Executes one whole inbound message (as a client submitted it in a BOC) and persists the result, like
   * `sendExternal`; returns every transaction it caused, in order. Rejection throws the emulator's error.
   */
  async sendMessage(msg: Message): Promise<Transaction[]> {
    return (await this.#run(() => this.#bc.sendMessage(msg))).transactions;
  }

  /** Like `emulateExternal`, for a whole message; `ignoreChksig` makes signature checks pass (fee estimates). */
  async emulateMessage(msg: Message, params: { ignoreChksig?: boolean } = {}): Promise<Transaction[]> {
    const copy = await Blockchain.create();
    await copy.loadFrom(this.#bc.snapshot());
    return (await copy.sendMessage(msg, params)).transactions;
  }

  /** Devnet faucet: sends `value` from a treasury (optionally deploying `init`). */
  async fund(
    to: Address,
    value: bigint,
    opts: { init?: StateInit; body?: Cell; bounce?: boolean } = {},
  ): Promise<void> {
    const faucet = await this.faucet();
    await this.#run(() =>
      faucet.send({ to, value, init: opts.init, body: opts.body, bounce: opts.bounce ?? false }),
    );
  }

  async faucet(): Promise<SandboxContract<TreasuryContract>> {
    return this.#bc.treasury('silkworm-devnet-faucet', {
      balance: toNano('1000000'),
      resetBalanceIfZero: true,
    });
  }

  async transactions(address: Address, limit = 50): Promise<Transaction[]> {
    // the emulator lists oldest first; the interface promises newest first, like the real API
    const all = await this.#bc.getTransactions(address);
    return all.sort((a, b) => (a.lt === b.lt ? 0 : a.lt > b.lt ? -1 : 1)).slice(0, limit);
  }

  async waitForTransaction(
    address: Address,
    match: (tx: Transaction) => boolean,
    opts: WaitOptions = {},
  ): Promise<Transaction> {
    // The emulator runs message chains to completion before sendMessage returns: look, don't poll.
    for (const tx of await this.transactions(address, 200)) {
      if (opts.afterLt !== undefined && tx.lt <= opts.afterLt) break;
      if (match(tx)) return tx;
    }
    throw new ChainError('timeout', `no matching transaction on ${address.toString()}`);
  }

  /** Waits for pending snapshot writes. */
  async flush(): Promise<void> {
    await this.#saving;
  }

  async close(): Promise<void> {
    await this.flush();
  }

  async #run<T>(op: () => Promise<T>): Promise<T> {
    const result = await op();
    this.#persist();
    return result;
  }

  #persist(): void {
    const file = this.#file;
    if (!file) return;
    const snap = snapshotToSerializable(this.#bc.snapshot());
    // writes are chained so a later snapshot never lands before an earlier one
    this.#saving = this.#saving
      .then(() => writeSnapshotFile(file, snap))
      .catch((err: unknown) => {
        this.#log.error(`snapshot write failed: ${errorMessage(err)}`);
      });
  }

  async #restore(file: string): Promise<void> {
    const read = await readSnapshotFile(file, (snap) => this.#bc.loadFrom(snapshotFromSerializable(snap)));
    this.damage = read.damage;
    if (read.damage) {
      this.restoreProblem =
        read.from === 'prev'
          ? `the emulated chain snapshot was damaged (${read.damage.detail}); its copy was restored`
          : `the emulated chain snapshot was damaged (${read.damage.detail}) and no earlier one could be read; a new chain was started`;
      this.#log.error(this.restoreProblem);
    }
    if (read.from)
      this.#log.info(`restored emulated chain from ${read.from === 'prev' ? prevName(file) : file}`);
  }
}
