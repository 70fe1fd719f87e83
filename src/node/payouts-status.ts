// Where the node's claims stand, for the dashboard, `silkworm status` and the logs: the next claim (its
// fee from the chain, the amount automatic claims wait for, why it waits) and the node wallet (what it
// holds, where to top it up, whether a claim waits for funds). Pure: built from the checks of one tick.
import type { Address } from '@ton/core';
import type { NextClaim, StateSnapshot } from '../api/state.js';
import type { ClaimCheck } from '../chain/payout/payout-service.js';
import type { FeeSource } from '../chain/payout/claim-quote.js';

/** Why a signed payment cannot even be offered for a claim (the ledger keeps it). */
export type UnclaimableReason = 'root-params-unknown' | 'worker-contract-mismatch' | 'earlier-wallet';

export interface PayoutsStatus {
  nextClaim: {
    pendingNano: bigint;
    feeNano: bigint;
    feeSource: FeeSource;
    thresholdNano: bigint;
    waiting: NonNullable<NextClaim['waiting']> | null;
    detail: string;
  } | null;
  nodeWallet: {
    address: Address;
    balanceNano: bigint | null;
    needsFunding: boolean;
    requiredNano: bigint | null;
    shortNano: bigint | null;
  };
  checkedAt: number;
}

export type CheckOutcome = ClaimCheck | { unclaimable: UnclaimableReason; detail: string };

/** One status from the outcomes of a tick: the claim that decides what the owner sees comes first. */
export function payoutsStatus(
  outcomes: CheckOutcome[],
  o: { nodeWallet: Address; balanceNano: bigint | null; now: number },
): PayoutsStatus {
  let next: PayoutsStatus['nextClaim'] = null;
  let rank = -1;
  let required: bigint | null = null;
  let balance = o.balanceNano;
  for (const c of outcomes) {
    if ('unclaimable' in c) {
      if (rank < 0) {
        next = { ...EMPTY, waiting: c.unclaimable, detail: c.detail };
        rank = 0;
      }
      continue;
    }
    const s = c.state;
    if (!s || c.wait === 'nothing-pending') continue;
    balance = s.nodeWalletBalanceNano;
    // The wallet needs funding whenever it could not pay this claim, even one that waits for its threshold.
    if (s.pendingNano > 0n && s.nodeWalletBalanceNano < s.decision.requiredBalanceNano)
      required = max(required, s.decision.topUpToNano);
    const r = c.wait === null ? 3 : c.wait === 'node-wallet-low' ? 2 : 1;
    if (r > rank || (r === rank && next !== null && s.pendingNano > next.pendingNano)) {
      rank = r;
      next = {
        pendingNano: s.pendingNano,
        feeNano: s.feeNano,
        feeSource: s.feeSource,
        thresholdNano: s.decision.thresholdNano,
        waiting: c.wait,
        detail: c.detail,
      };
    }
  }
  const short = required !== null && balance !== null ? required - balance : required;
  return {
    nextClaim: next,
    nodeWallet: {
      address: o.nodeWallet,
      balanceNano: balance,
      needsFunding: required !== null,
      requiredNano: required,
      shortNano: short !== null && short > 0n ? short : required === null ? null : 0n,
    },
    checkedAt: o.now,
  };
}

const EMPTY = {
  pendingNano: 0n,
  feeNano: 0n,
  feeSource: 'measured' as const,
  thresholdNano: 0n,
};

const max = (a: bigint | null, b: bigint): bigint => (a === null || b > a ? b : a);

/** The snapshot's view of it: `earnings.nextClaim` and the funding fields of `wallet.nodeWallet`. */
export function payoutsStatusPatch(
  s: PayoutsStatus,
  st: StateSnapshot,
  address: (a: Address) => string,
): Pick<StateSnapshot, 'earnings' | 'wallet'> {
  const n = s.nextClaim;
  const w = s.nodeWallet;
  return {
    earnings: {
      ...st.earnings,
      nextClaim: n && {
        pendingNano: n.pendingNano.toString(),
        feeNano: n.feeNano.toString(),
        feeSource: n.feeSource,
        thresholdNano: n.thresholdNano.toString(),
        waiting: n.waiting,
        detail: n.detail,
        checkedAt: s.checkedAt,
      },
    },
    wallet: {
      ...st.wallet,
      nodeWallet: {
        address: address(w.address),
        heldForOwnerNano: st.wallet.nodeWallet?.heldForOwnerNano ?? '0',
        balanceNano: w.balanceNano?.toString() ?? st.wallet.nodeWallet?.balanceNano ?? null,
        topUpAddress: address(w.address),
        needsFunding: w.needsFunding,
        requiredNano: w.requiredNano?.toString() ?? null,
        shortNano: w.shortNano?.toString() ?? null,
      },
    },
  };
}
