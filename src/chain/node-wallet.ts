// The node's own wallet (a V5R1 wallet): it submits claims and pays their fees. Its key is a 32-byte seed
// kept by the injected SecretStore (the node's stores encrypt it: safeStorage or a 0600 file); the owner's wallet key is
// never here. Sends are serialized so seqnos never collide.
import { randomBytes } from 'node:crypto';
import {
  type Address,
  beginCell,
  type Cell,
  internal,
  SendMode,
  type StateInit,
  storeMessage,
  type Transaction,
} from '@ton/core';
import { keyPairFromSeed, type KeyPair } from '@ton/crypto';
import { WalletContractV5R1 } from '@ton/ton';
import type { Logger } from '../logging/logger.js';
import { type Chain, transactionSucceeded } from './chain.js';
import { ChainError } from './errors.js';

export interface SecretStore {
  get(name: string): Promise<Uint8Array | null>;
  set(name: string, bytes: Uint8Array): Promise<void>;
}

export const NODE_WALLET_SECRET = 'node-wallet-seed';

export interface OutgoingMessage {
  to: Address;
  value: bigint;
  body?: Cell;
  bounce?: boolean;
  init?: StateInit;
}

export interface NodeWalletOptions {
  chain: Chain;
  secrets: SecretStore;
  log: Logger;
  /** How long to wait for the wallet's own transaction (real TON: ~5–30 s). */
  timeoutMs?: number;
}

export class NodeWallet {
  readonly #chain: Chain;
  readonly #keys: KeyPair;
  readonly #wallet: WalletContractV5R1;
  readonly #log: Logger;
  readonly #timeoutMs: number;
  #queue: Promise<unknown> = Promise.resolve();

  private constructor(opts: NodeWalletOptions, keys: KeyPair) {
    this.#chain = opts.chain;
    this.#keys = keys;
    this.#log = opts.log;
    this.#timeoutMs = opts.timeoutMs ?? 90_000;
    const networkGlobalId = opts.chain.network === 'testnet' ? -3 : -239;
    this.#wallet = WalletContractV5R1.create({
      workchain: 0,
      publicKey: keys.publicKey,
      walletId: { networkGlobalId },
    });
  }

  /** Loads the node key from the secret store, creating and storing a fresh one on first run. */
  static async open(opts: NodeWalletOptions): Promise<NodeWallet> {
    let seed = await opts.secrets.get(NODE_WALLET_SECRET);
    if (seed === null) {
      seed = randomBytes(32);
      await opts.secrets.set(NODE_WALLET_SECRET, seed);
      opts.log.info('created a new node wallet key');
    }
    if (seed.length !== 32)
      throw new ChainError('no-wallet', `node wallet seed has ${seed.length} bytes, expected 32`);
    return new NodeWallet(opts, keyPairFromSeed(Buffer.from(seed)));
  }

  get address(): Address {
    return this.#wallet.address;
  }

  balance(): Promise<bigint> {
    return this.#chain.getBalance(this.address);
  }

  /** Signs and sends up to 255 messages in one wallet transaction; resolves with that transaction. */
  send(messages: OutgoingMessage[]): Promise<Transaction> {
    const run = this.#queue.then(() => this.#send(messages));
    this.#queue = run.catch(() => undefined);
    return run;
  }

  /**
   * What sending these messages now would do, without sending: every transaction of the trace, from an
   * emulation of the current state (ChainError 'unsupported' where the chain cannot emulate).
   */
  emulate(messages: OutgoingMessage[]): Promise<Transaction[]> {
    const run = this.#queue.then(async () => {
      const t = await this.#transfer(messages);
      return this.#chain.emulateExternal(this.address, t.body, t.init);
    });
    this.#queue = run.catch(() => undefined);
    return run;
  }

  /**
   * What the node wallet's own transaction for these messages would cost (import, gas, storage and the
   * forward fees of the messages), from the chain's fee estimate; ChainError 'unsupported' where it has none.
   */
  estimateOwnFee(messages: OutgoingMessage[]): Promise<bigint> {
    const estimate = this.#chain.estimateExternalFee?.bind(this.#chain);
    if (!estimate) return Promise.reject(new ChainError('unsupported', 'this chain cannot estimate fees'));
    const run = this.#queue.then(async () => {
      const t = await this.#transfer(messages);
      return estimate(this.address, t.body, t.init);
    });
    this.#queue = run.catch(() => undefined);
    return run;
  }

  async #send(messages: OutgoingMessage[]): Promise<Transaction> {
    const lastLt = await this.#lastLt();
    const { body, init, seqno } = await this.#transfer(messages);
    const hash = await this.#chain.sendExternal(this.address, body, init);
    const tx = await this.#chain.waitForTransaction(
      this.address,
      (t) => t.inMessage?.info.type === 'external-in' && (inboundHash(t)?.equals(hash) ?? false),
      { timeoutMs: this.#timeoutMs, afterLt: lastLt },
    );
    if (!transactionSucceeded(tx))
      throw new ChainError('rejected', `node wallet transaction ${tx.hash().toString('hex')} failed`);
    this.#log.debug(`node wallet sent ${messages.length} message(s), seqno ${seqno}`);
    return tx;
  }

  /** The signed external message for the next seqno (with the wallet's init while it is not deployed). */
  async #transfer(
    messages: OutgoingMessage[],
  ): Promise<{ body: Cell; init: StateInit | null; seqno: number }> {
    const account = await this.#chain.getAccount(this.address);
    const deployed = account.status === 'active';
    const seqno = deployed ? (await this.#chain.runGetMethod(this.address, 'seqno')).readNumber() : 0;
    const body = this.#wallet.createTransfer({
      seqno,
      secretKey: this.#keys.secretKey,
      sendMode: SendMode.PAY_GAS_SEPARATELY | SendMode.IGNORE_ERRORS,
      messages: messages.map((m) =>
        internal({
          to: m.to,
          value: m.value,
          body: m.body ?? beginCell().endCell(),
          bounce: m.bounce ?? true,
          init: m.init,
        }),
      ),
      timeout: Math.floor(Date.now() / 1000) + 120,
    });
    return { body, init: deployed ? null : this.#wallet.init, seqno };
  }

  async #lastLt(): Promise<bigint | undefined> {
    const [last] = await this.#chain.transactions(this.address, 1);
    return last?.lt;
  }
}

/** Hash of a transaction's inbound message, as `sendExternal` returned it. */
function inboundHash(t: Transaction): Buffer | null {
  const m = t.inMessage;
  return m ? beginCell().store(storeMessage(m)).endCell().hash() : null;
}
