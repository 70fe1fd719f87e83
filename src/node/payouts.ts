// Claims on chain: every signed payment the ledger holds is offered to the payout service, which claims
// when the fee (from the chain, just before) is at most the allowed share of what it collects, or at once
// when the owner presses "Claim now" — unless that fee is too large a share: then it is refused with the
// figures until the owner insists. The worker contract a claim goes to is derived from the network's root
// config (its code and params), the proxy contract, the proxy's key and the owner, exactly as Cocoon does,
// so the first claim deploys it; a payment whose contract is not the one derived waits and is never sent.
import { Address } from '@ton/core';
import { formatTon } from '../api/money.js';
import type { EarningsLedger } from '../earnings/ledger.js';
import type { PaymentRecord } from '../earnings/payment-book.js';
import { deriveWorkerContract, PayoutError, type ProxyPayment, type RootParams } from '../chain/index.js';
import type { ClaimRecord } from '../chain/index.js';
import { errorMessage, type Logger } from '../logging/logger.js';
import type { Money } from './money.js';
import {
  payoutsStatus,
  type CheckOutcome,
  type PayoutsStatus,
  type UnclaimableReason,
} from './payouts-status.js';

export interface PayoutsOptions {
  ledger: EarningsLedger;
  money: Pick<Money, 'payouts' | 'nodeWallet' | 'owner'>;
  log: Logger;
  onClaim: (c: ClaimRecord) => void;
  /** The owner's setting payouts.maxFeeShare, read at every decision. */
  maxFeeShare?: () => number;
  /** The network's root params (worker contract code, prices), as its root contract holds them; null until read. */
  rootParams: () => RootParams | null;
  now?: () => number;
}

export type PaymentCheck = { payment: ProxyPayment } | { unclaimable: UnclaimableReason; detail: string };

/** Unchanged payments that were only below the threshold are looked at again after this (fees move). */
const RECHECK_MS = 5 * 60_000;

export class Payouts {
  readonly #o: PayoutsOptions;
  readonly #maxFeeShare: () => number;
  readonly #now: () => number;
  #timer: NodeJS.Timeout | null = null;
  #status: PayoutsStatus | null = null;
  /** The ledger's payments as of the last check that only had to wait for more; unchanged ones decide the same. */
  #checked = { seen: '', at: 0 };
  #lastDetail = new Map<string, string>();
  readonly #listeners = new Set<(s: PayoutsStatus) => void>();

  constructor(o: PayoutsOptions) {
    this.#o = o;
    this.#maxFeeShare = o.maxFeeShare ?? (() => o.money.payouts.policy.maxFeeShare);
    this.#now = o.now ?? Date.now;
  }

  /** The owner's setting applies to the next decision, automatic or not. */
  #applyPolicy(): void {
    const share = this.#maxFeeShare();
    const service = this.#o.money.payouts;
    if (service.policy.maxFeeShare !== share) service.setPolicy({ ...service.policy, maxFeeShare: share });
  }

  start(everyMs = 15_000): void {
    this.#timer = setInterval(() => void this.tick(), everyMs);
    this.#timer.unref();
  }

  stop(): void {
    if (this.#timer) clearInterval(this.#timer);
  }

  /** The last tick's status (null before the first). */
  status(): PayoutsStatus | null {
    return this.#status;
  }

  /** Calls `fn` with every tick's status (next claim, node wallet funding); returns the unsubscribe. */
  onStatus(fn: (s: PayoutsStatus) => void): () => void {
    this.#listeners.add(fn);
    return () => this.#listeners.delete(fn);
  }

  /** The claimable payment for a ledger record, with the worker contract derived from the root config. */
  payment(record: PaymentRecord): PaymentCheck {
    const params = this.#o.rootParams();
    if (!params?.workerCode)
      return {
        unclaimable: 'root-params-unknown',
        detail:
          "the network's root contract is not read yet: its worker contract code and prices are unknown",
      };
    const proxySc = Address.parseRaw(record.proxySc);
    const workerSc = Address.parseRaw(record.workerSc);
    const proxyPublicKey = Buffer.from(record.proxyPublicKey, 'hex');
    const owners = [this.#o.money.owner(), this.#o.money.nodeWallet.address];
    for (const owner of owners) {
      const derived = deriveWorkerContract(params, { owner, proxySc, proxyPublicKey });
      if (!derived.address.equals(workerSc)) continue;
      return {
        payment: {
          proxySc,
          workerSc,
          proxyPublicKey,
          data: record.boc,
          workerFeePerToken: params.workerFeePerToken,
          workerStateInit: derived.stateInit,
        },
      };
    }
    // Signed while another wallet was linked: its worker contract pays only that wallet. Nothing is sent
    // to a wallet the owner has moved away from; linking it again makes the payment claimable.
    const earlier = record.owner ? Address.parseRaw(record.owner) : null;
    if (
      earlier &&
      deriveWorkerContract(params, { owner: earlier, proxySc, proxyPublicKey }).address.equals(workerSc)
    )
      return {
        unclaimable: 'earlier-wallet',
        detail: `earned while wallet ${earlier.toString({ bounceable: false })} was linked: only that wallet can receive it (link it again to claim)`,
      };
    return {
      unclaimable: 'worker-contract-mismatch',
      detail: `worker contract ${record.workerSc.slice(0, 14)}… of proxy ${record.proxySc.slice(0, 14)}… is not the one the root config gives for this owner or the node wallet: not claimed`,
    };
  }

  /** Signed but not yet claimed, in nanotons (payments that cannot be claimed count nothing). */
  async pendingNano(): Promise<bigint> {
    let sum = 0n;
    for (const record of this.#o.ledger.payments.all()) {
      const c = this.payment(record);
      if (!('payment' in c)) continue;
      try {
        sum += (await this.#o.money.payouts.state(c.payment)).pendingNano;
      } catch (err) {
        this.#o.log.warn(`pending for ${record.workerSc.slice(0, 14)}…: ${errorMessage(err)}`);
      }
    }
    return sum;
  }

  async tick(): Promise<void> {
    const records = this.#o.ledger.payments.all();
    const seen = `${this.#maxFeeShare()}|${records.map((r) => `${r.workerSc}:${r.tokens}`).join(',')}`;
    if (seen === this.#checked.seen && this.#now() - this.#checked.at < RECHECK_MS) return;
    this.#applyPolicy();
    const outcomes: CheckOutcome[] = [];
    let settled = true; // only "nothing new" and "below the threshold" decide the same next time
    for (const record of records) {
      try {
        const c = this.payment(record);
        const out = 'payment' in c ? await this.#o.money.payouts.check(c.payment) : c;
        outcomes.push(out);
        if ('record' in out && out.record) this.#o.onClaim(out.record);
        const wait = 'unclaimable' in out ? out.unclaimable : out.wait;
        if (wait !== 'nothing-pending' && wait !== 'below-threshold') settled = false;
        this.#explain(record.workerSc, wait === null ? null : out.detail);
      } catch (err) {
        this.#o.log.warn(`claim check: ${errorMessage(err)}`);
        settled = false; // look again next time
      }
    }
    this.#checked = settled ? { seen, at: this.#now() } : { seen: '', at: 0 };
    await this.#publish(outcomes);
  }

  /** A waiting claim says why once, and again only when the reason changes. */
  #explain(workerSc: string, detail: string | null): void {
    const reason = detail?.replace(/\d+/g, '#') ?? null;
    if ((this.#lastDetail.get(workerSc) ?? null) === reason) return;
    if (reason === null) this.#lastDetail.delete(workerSc);
    else this.#lastDetail.set(workerSc, reason);
    if (detail !== null) this.#o.log.info(`claim on ${workerSc.slice(0, 14)}… waits: ${detail}`);
  }

  async #publish(outcomes: CheckOutcome[]): Promise<void> {
    const wallet = this.#o.money.nodeWallet;
    const balanceNano = await wallet.balance().catch(() => null);
    this.#status = payoutsStatus(outcomes, { nodeWallet: wallet.address, balanceNano, now: this.#now() });
    for (const fn of this.#listeners) fn(this.#status);
  }

  /** Claims every payment with something pending; a claim that cannot or should not go is listed, not sent. */
  async claimNow(force = false): Promise<{ claims: ClaimRecord[]; refused: ClaimRefusal[] }> {
    this.#applyPolicy();
    const claims: ClaimRecord[] = [];
    const refused: ClaimRefusal[] = [];
    const service = this.#o.money.payouts;
    for (const record of this.#o.ledger.payments.all()) {
      const c = this.payment(record);
      if (!('payment' in c)) {
        refused.push({
          ...NO_FIGURES,
          reason: 'not-claimable',
          maxFeeShare: this.#maxFeeShare(),
          message: c.detail,
        });
        continue;
      }
      const state = await service.state(c.payment, true);
      if (state.pendingNano <= 0n) continue;
      try {
        const claim = await service.claimNow(c.payment, { force });
        claims.push(claim);
        this.#o.onClaim(claim);
      } catch (err) {
        const r = err instanceof PayoutError ? refusal(err, this.#maxFeeShare()) : null;
        if (!r) throw err;
        refused.push(r);
      }
    }
    this.#checked = { seen: '', at: 0 }; // the next tick publishes the new state
    // A claim the node wallet cannot pay: the dashboard says so now, not at the next tick.
    if (refused.some((r) => r.reason === 'needs-funding')) await this.tick();
    return { claims, refused };
  }
}

export interface ClaimRefusal {
  reason: 'fee-too-high' | 'needs-funding' | 'not-claimable';
  amountNano: bigint;
  feeNano: bigint;
  maxFeeShare: number;
  /** needs-funding: what the node wallet must hold (attached value + fee). */
  requiredNano: bigint | null;
  message: string;
}

const NO_FIGURES = { amountNano: 0n, feeNano: 0n, requiredNano: null };

function refusal(err: PayoutError, share: number): ClaimRefusal | null {
  const f = err.figures;
  if (!f) return null;
  if (err.code === 'node-wallet-low') {
    const required = f.topUpToNano ?? null;
    const message = `the node wallet cannot pay this claim: it needs ${formatTon(required ?? 0n)} TON (the value a claim attaches, returned less the fee of ${formatTon(f.feeNano)} TON); top it up and the claim goes through`;
    return {
      reason: 'needs-funding',
      amountNano: f.amountNano,
      feeNano: f.feeNano,
      maxFeeShare: share,
      requiredNano: required,
      message,
    };
  }
  if (err.code !== 'fee-too-high') return null;
  const maxFeeShare = f.maxFeeShare ?? share;
  const percent = Math.round(maxFeeShare * 1000) / 10;
  const message = `this claim would cost ${formatTon(f.feeNano)} TON to collect ${formatTon(f.amountNano)} TON (more than ${percent} %); claim anyway to send it`;
  return {
    reason: 'fee-too-high',
    amountNano: f.amountNano,
    feeNano: f.feeNano,
    maxFeeShare,
    requiredNano: null,
    message,
  };
}
