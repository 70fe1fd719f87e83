// Claims on chain: every signed payment the ledger holds is offered to the payout service, which claims
// when the pending amount passes the threshold and the fee is a small share (src/chain/payout/policy.ts),
// or at once when the owner presses "Claim now" — unless that claim's fee (emulated before sending) is too
// large a share of what it collects: then it is refused with the figures until the owner insists.
import { Address } from '@ton/core';
import { formatTon } from '../api/money.js';
import type { EarningsLedger } from '../earnings/ledger.js';
import type { PaymentRecord } from '../earnings/payment-book.js';
import { PayoutError, type ClaimRecord, type ProxyPayment } from '../chain/index.js';
import { errorMessage, type Logger } from '../logging/logger.js';
import type { Money } from './money.js';

export class Payouts {
  readonly #ledger: EarningsLedger;
  readonly #money: Money;
  readonly #log: Logger;
  readonly #onClaim: (claim: ClaimRecord) => void;
  #timer: NodeJS.Timeout | null = null;

  readonly #maxFeeShare: () => number;

  constructor(o: {
    ledger: EarningsLedger;
    money: Money;
    log: Logger;
    onClaim: (c: ClaimRecord) => void;
    maxFeeShare?: () => number;
  }) {
    this.#ledger = o.ledger;
    this.#money = o.money;
    this.#log = o.log;
    this.#onClaim = o.onClaim;
    this.#maxFeeShare = o.maxFeeShare ?? (() => this.#money.payouts.policy.maxFeeShare);
  }

  /** The owner's setting applies to the next decision, automatic or not. */
  #applyPolicy(): void {
    const share = this.#maxFeeShare();
    const policy = this.#money.payouts.policy;
    if (policy.maxFeeShare !== share) this.#money.payouts.setPolicy({ ...policy, maxFeeShare: share });
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
        if (devnet.chain.workerSc(owner).equals(workerSc))
          workerStateInit = devnet.chain.workerStateInit(owner);
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
    this.#applyPolicy();
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

  /** Claims every payment with something pending; a fee-too-high claim is listed, not sent, unless `force`. */
  async claimNow(force = false): Promise<{ claims: ClaimRecord[]; refused: ClaimRefusal[] }> {
    this.#applyPolicy();
    const claims: ClaimRecord[] = [];
    const refused: ClaimRefusal[] = [];
    for (const record of this.#ledger.payments.all()) {
      const p = this.payment(record);
      const state = await this.#money.payouts.state(p, true);
      if (state.pendingNano <= 0n) continue;
      try {
        const claim = await this.#money.payouts.claimNow(p, { force });
        claims.push(claim);
        this.#onClaim(claim);
      } catch (err) {
        if (!(err instanceof PayoutError) || err.code !== 'fee-too-high' || !err.figures) throw err;
        refused.push(
          refusal(
            err.figures.amountNano,
            err.figures.feeNano,
            err.figures.maxFeeShare ?? this.#maxFeeShare(),
          ),
        );
      }
    }
    return { claims, refused };
  }
}

export interface ClaimRefusal {
  reason: 'fee-too-high';
  amountNano: bigint;
  feeNano: bigint;
  maxFeeShare: number;
  message: string;
}

function refusal(amountNano: bigint, feeNano: bigint, maxFeeShare: number): ClaimRefusal {
  const percent = Math.round(maxFeeShare * 1000) / 10;
  const message = `this claim would cost ${formatTon(feeNano)} TON to collect ${formatTon(amountNano)} TON (more than ${percent} %); claim anyway to send it`;
  return { reason: 'fee-too-high', amountNano, feeNano, maxFeeShare, message };
}
