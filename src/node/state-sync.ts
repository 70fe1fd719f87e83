// Keeps the snapshot's earnings and wallet parts in step with the ledger, the payouts and the wallet
// link. Chain reads are throttled: balances at most every few seconds, never per request.
import type { LinkState } from '../chain/index.js';
import type { EarningsLedger } from '../earnings/ledger.js';
import { earnedTotalNano } from '../earnings/summary.js';
import { drop, errorMessage, type Logger } from '../logging/logger.js';
import type { Money } from './money.js';
import type { Payouts } from './payouts.js';
import { payoutsStatusPatch, type PayoutsStatus } from './payouts-status.js';
import type { StateStore } from './state-store.js';

export class StateSync {
  readonly #o: {
    state: StateStore;
    ledger: EarningsLedger;
    money: Money;
    payouts: Payouts;
    log: Logger;
    testOnly: boolean;
  };
  #earningsTimer: NodeJS.Timeout | null = null;
  #balanceTimer: NodeJS.Timeout | null = null;
  /** Received by the node wallet for the owner, not swept yet (from the claim store). */
  #held = 0n;

  constructor(o: {
    state: StateStore;
    ledger: EarningsLedger;
    money: Money;
    payouts: Payouts;
    log: Logger;
    testOnly: boolean;
  }) {
    this.#o = o;
  }

  start(): void {
    this.#o.money.linker.onChange((s) => {
      this.wallet(s);
      this.refreshBalances();
    });
    this.wallet(this.#o.money.linker.state());
    this.#o.payouts.onStatus((p) => this.payouts(p));
    this.earningsSoon();
    this.refreshBalances();
    // Balances change through our own claims and links (refreshed then) or, on real TON, by transfers.
    this.#balanceTimer = setInterval(() => this.refreshBalances(), 60_000);
    this.#balanceTimer.unref();
  }

  stop(): void {
    if (this.#earningsTimer) clearTimeout(this.#earningsTimer);
    if (this.#balanceTimer) clearInterval(this.#balanceTimer);
  }

  address(a: { toString(o: { bounceable: boolean; testOnly: boolean }): string }): string {
    return a.toString({ bounceable: false, testOnly: this.#o.testOnly });
  }

  wallet(s: LinkState): void {
    this.#o.state.patch((st) => ({
      wallet: {
        ...st.wallet,
        linked: s.status === 'linked',
        address: s.status === 'linked' ? this.address(s.owner) : null,
        balanceNano: s.status === 'linked' ? st.wallet.balanceNano : null,
        pending: s.status === 'pending',
        error: s.status === 'failed' ? s.error.message : null,
        errorCode: s.status === 'failed' ? s.error.code : null,
      },
    }));
  }

  /** Recomputes the earnings summary shortly (coalesces bursts of finished requests). */
  earningsSoon(): void {
    if (this.#earningsTimer) return;
    this.#earningsTimer = setTimeout(() => {
      this.#earningsTimer = null;
      drop(this.#earnings(), this.#o.log, 'earnings summary');
    }, 250);
    this.#earningsTimer.unref();
  }

  async #earnings(): Promise<void> {
    const t = this.#o.ledger.totals();
    const pending = await this.#o.payouts.pendingNano();
    const money = await this.#o.money.payouts.totals();
    // "claimed" on the dashboard reads "paid to your wallet": only what arrived at the owner's address
    const claimed = money.paidToOwnerNano;
    this.#held = money.heldForOwnerNano;
    this.#o.state.patch((s) => ({
      earnings: {
        todayNano: t.todayNano.toString(),
        totalNano: earnedTotalNano(t.totalNano, claimed + money.heldForOwnerNano, pending).toString(),
        pendingNano: pending.toString(),
        claimedNano: claimed.toString(),
        requestsServed: t.requestsServed,
        tokensServed: t.tokensServed,
        nextClaim: s.earnings.nextClaim,
      },
    }));
    this.#o.state.patch((s) =>
      s.wallet.nodeWallet
        ? {
            wallet: {
              ...s.wallet,
              nodeWallet: { ...s.wallet.nodeWallet, heldForOwnerNano: this.#held.toString() },
            },
          }
        : {},
    );
  }

  /** The payouts' latest check: the next claim (fee, threshold, why it waits) and the node wallet's funding. */
  payouts(p: PayoutsStatus): void {
    this.#o.state.patch((st) => payoutsStatusPatch(p, st, (a) => this.address(a)));
  }

  refreshBalances(): void {
    const { money, state } = this.#o;
    const owner = money.linker.owner;
    Promise.all([owner ? money.chain.getBalance(owner) : Promise.resolve(null), money.nodeWallet.balance()])
      .then(([ownerBalance, nodeBalance]) => {
        state.patch((s) => ({
          wallet: {
            ...s.wallet,
            balanceNano: ownerBalance === null ? null : ownerBalance.toString(),
            nodeWallet: {
              ...NOT_WAITING,
              ...s.wallet.nodeWallet,
              address: this.address(money.nodeWallet.address),
              topUpAddress: this.address(money.nodeWallet.address),
              balanceNano: nodeBalance.toString(),
              heldForOwnerNano: this.#held.toString(),
              shortNano: shortOf(s.wallet.nodeWallet?.requiredNano ?? null, nodeBalance),
            },
          },
        }));
      })
      .catch((err: unknown) => {
        this.#o.log.debug(`balance refresh: ${errorMessage(err)}`);
      });
  }
}

const NOT_WAITING = { needsFunding: false, requiredNano: null, shortNano: null };

/** What a waiting claim still lacks at this balance (the payouts' next check clears needsFunding). */
function shortOf(required: string | null, balance: bigint): string | null {
  if (required === null) return null;
  const short = BigInt(required) - balance;
  return (short > 0n ? short : 0n).toString();
}
