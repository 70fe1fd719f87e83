// Claims on chain: every signed payment the ledger holds is offered to the payout service, which claims
// when the pending amount passes the threshold and the fee is a small share (src/chain/payout/policy.ts),
// or at once when the owner presses "Claim now".
import { Address } from '@ton/core';
import type { EarningsLedger } from '../earnings/ledger.js';
import type { PaymentRecord } from '../earnings/payment-book.js';
import type { ClaimRecord, ProxyPayment } from '../chain/index.js';
import { errorMessage, type Logger } from '../logging/logger.js';
import type { Money } from './money.js';

export class Payouts {
  readonly #ledger: EarningsLedger;
  readonly #money: Money;
  readonly #log: Logger;
  readonly #onClaim: (claim: ClaimRecord) => void;
  #timer: NodeJS.Timeout | null = null;

  constructor(o: { ledger: EarningsLedger; money: Money; log: Logger; onClaim: (c: ClaimRecord) => void }) {
    this.#ledger = o.ledger;
    this.#money = o.money;
    this.#log = o.log;
    this.#onClaim = o.onClaim;
  }

  start(everyMs = 15_000): void {
    this.#timer = setInterval(() => void this.tick(), everyMs);
    this.#timer.unref();
  }

  stop(): void {
    if (this.#timer) clearInterval(this.#timer);
  }

  payment(record: PaymentRecord): ProxyPayment {
    const workerSc = Address.parseRaw(record.workerSc);
    const devnet = this.#money.devnet;
    let workerStateInit: ProxyPayment['workerStateInit'];
    if (devnet) {
      // The worker contract is (this proxy × owner); find which of our owners it belongs to.
      for (const owner of [this.#money.owner(), this.#money.nodeWallet.address]) {
        if (devnet.chain.workerSc(owner).equals(workerSc)) workerStateInit = devnet.chain.workerStateInit(owner);
      }
    }
    return {
      proxySc: Address.parseRaw(record.proxySc),
      workerSc,
      proxyPublicKey: Buffer.from(record.proxyPublicKey, 'hex'),
      data: record.boc,
      workerFeePerToken: this.#money.params()?.workerFeePerToken ?? 0n,
      ...(workerStateInit ? { workerStateInit } : {}),
    };
  }

  /** Signed but not yet claimed, in nanotons. */
  async pendingNano(): Promise<bigint> {
    let sum = 0n;
    for (const record of this.#ledger.payments.all()) {
      try {
        sum += (await this.#money.payouts.state(this.payment(record))).pendingNano;
      } catch (err) {
        this.#log.warn(`pending for ${record.workerSc.slice(0, 14)}…: ${errorMessage(err)}`);
      }
    }
    return sum;
  }

  /** The ledger's payments as of the last check that claimed nothing; unchanged payments decide the same. */
  #checked = '';

  async tick(): Promise<void> {
    const records = this.#ledger.payments.all();
    const seen = records.map((r) => `${r.workerSc}:${r.tokens}`).join(',');
    if (seen === this.#checked) return;
    let claimed = false;
    for (const record of records) {
      try {
        const claim = await this.#money.payouts.maybeClaim(this.payment(record));
        if (claim) {
          claimed = true;
          this.#onClaim(claim);
        }
      } catch (err) {
        this.#log.warn(`claim check: ${errorMessage(err)}`);
        claimed = true; // look again next time
      }
    }
    this.#checked = claimed ? '' : seen;
  }

  async claimNow(): Promise<ClaimRecord[]> {
    const claims: ClaimRecord[] = [];
    for (const record of this.#ledger.payments.all()) {
      const p = this.payment(record);
      const state = await this.#money.payouts.state(p, true);
      if (state.pendingNano <= 0n) continue;
      const claim = await this.#money.payouts.claimNow(p);
      claims.push(claim);
      this.#onClaim(claim);
    }
    return claims;
  }
}
