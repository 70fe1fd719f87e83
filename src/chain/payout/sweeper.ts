// Sends the owner what the node wallet received for them: payouts of a worker contract the node wallet
// owned before a wallet was linked. Always two steps: a quote (amount and fee, emulated) the owner sees,
// then the sweep the owner confirmed with those figures. The node wallet pays the fee on top, so the
// owner receives exactly the amount.
import { randomUUID } from 'node:crypto';
import { type Address, beginCell, type Transaction } from '@ton/core';
import type { Logger } from '../../logging/logger.js';
import type { Chain } from '../chain.js';
import { ChainError } from '../errors.js';
import type { NodeWallet } from '../node-wallet.js';
import type { ClaimRecord, ClaimStore } from './claim-store.js';
import { moneyTotals } from './money-totals.js';
import { PayoutError } from './payout-error.js';
import { arrivedFrom, transferFee } from './trace.js';

export interface SweepQuote {
  to: Address;
  amountNano: bigint;
  feeNano: bigint;
  source: 'emulated' | 'estimated';
}

export interface SweeperOptions {
  chain: Chain;
  wallet: NodeWallet;
  store: ClaimStore;
  log: Logger;
  /** Kept on the node wallet so it can still pay claim fees (the attached 0.5 TON comes back). */
  reserveNano?: bigint;
  /** A sweep's fee where the chain can neither emulate nor estimate (a plain transfer costs well under this). */
  fallbackFeeNano?: bigint;
  now?: () => number;
}

export class Sweeper {
  readonly #o: Required<SweeperOptions>;

  constructor(opts: SweeperOptions) {
    this.#o = { reserveNano: 600_000_000n, fallbackFeeNano: 10_000_000n, now: Date.now, ...opts };
  }

  async quote(owner: Address | null): Promise<SweepQuote> {
    if (owner === null)
      throw new PayoutError('no-owner', 'link a wallet first: there is nowhere to sweep to');
    if (owner.equals(this.#o.wallet.address))
      throw new PayoutError('no-owner', 'the node wallet is not an owner wallet');
    const held = moneyTotals(await this.#o.store.list()).heldForOwnerNano;
    if (held <= 0n)
      throw new PayoutError('nothing-to-sweep', 'the node wallet holds nothing received for you');
    const { feeNano, source } = await this.#fee(owner, held);
    const spare = (await this.#o.wallet.balance()) - feeNano - this.#o.reserveNano;
    const amountNano = held < spare ? held : spare;
    if (amountNano <= 0n) {
      throw new PayoutError(
        'nothing-to-sweep',
        'the node wallet cannot spare it now: it needs its balance for claim fees',
        { amountNano: held, feeNano },
      );
    }
    return { to: owner, amountNano, feeNano, source };
  }

  /** Sweeps what the owner confirmed; a fresh quote with another amount or a higher fee is refused. */
  async sweep(
    owner: Address | null,
    confirmed: { amountNano: bigint; feeNano: bigint },
  ): Promise<ClaimRecord> {
    const q = await this.quote(owner);
    if (q.amountNano !== confirmed.amountNano || q.feeNano > confirmed.feeNano) {
      throw new PayoutError('offer-changed', 'the sweep offer changed: review the new figures', {
        amountNano: q.amountNano,
        feeNano: q.feeNano,
      });
    }
    const { wallet } = this.#o;
    const tx = await wallet.send([this.#message(q.to, q.amountNano)]);
    const arrival = await this.#arrival(q.to, tx);
    const trace = arrival ? [tx, arrival] : [tx];
    const receivedNano = arrivedFrom(trace, wallet.address, q.to);
    const record: ClaimRecord = {
      id: randomUUID(),
      kind: 'sweep',
      at: this.#o.now(),
      proxySc: '',
      workerSc: '',
      qid: 0n,
      tokensFrom: 0n,
      tokensTo: 0n,
      amountNano: q.amountNano,
      recipient: q.to.toRawString(),
      recipientKind: 'owner',
      receivedNano,
      feesNano: transferFee(trace, wallet.address, q.amountNano),
      status: receivedNano > 0n ? 'paid' : 'failed',
      txHash: tx.hash().toString('hex'),
      workerTxHash: null,
      detail: receivedNano > 0n ? 'swept from the node wallet to the owner' : 'no arrival seen at the owner',
    };
    await this.#o.store.add(record);
    this.#o.log.info(
      `sweep ${record.status}: ${receivedNano} nano to the owner, fee ${record.feesNano} nano, tx ${record.txHash.slice(0, 16)}`,
    );
    return record;
  }

  #message(to: Address, value: bigint) {
    // not bounceable: an owner wallet that was never used is still uninitialised and must accept it
    const body = beginCell()
      .storeUint(0, 32)
      .storeStringTail('Silkworm: earnings held by the node wallet')
      .endCell();
    return { to, value, body, bounce: false };
  }

  async #fee(owner: Address, amount: bigint): Promise<{ feeNano: bigint; source: SweepQuote['source'] }> {
    try {
      const trace = await this.#o.wallet.emulate([this.#message(owner, amount)]);
      return { feeNano: transferFee(trace, this.#o.wallet.address, amount), source: 'emulated' };
    } catch (err) {
      if (!(err instanceof ChainError && err.code === 'unsupported')) throw err;
    }
    try {
      // a plain transfer's whole fee is the node wallet's own transaction: the chain's estimate of it
      const feeNano = await this.#o.wallet.estimateOwnFee([this.#message(owner, amount)]);
      return { feeNano, source: 'estimated' };
    } catch (err) {
      if (!(err instanceof ChainError && err.code === 'unsupported')) throw err;
      return { feeNano: this.#o.fallbackFeeNano, source: 'estimated' };
    }
  }

  async #arrival(to: Address, tx: Transaction): Promise<Transaction | null> {
    const out = [...tx.outMessages.values()][0];
    const createdLt = out?.info.type === 'internal' ? out.info.createdLt : null;
    return this.#o.chain
      .waitForTransaction(
        to,
        (t) =>
          t.inMessage?.info.type === 'internal' &&
          t.inMessage.info.createdLt === createdLt &&
          t.inMessage.info.src.equals(this.#o.wallet.address),
        { timeoutMs: 60_000 },
      )
      .catch(() => null);
  }
}
