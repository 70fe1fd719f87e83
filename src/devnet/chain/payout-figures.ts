// Figures of a devnet run for `silkworm devnet --json` ("payouts"): what was claimed, and what the owner's
// account shows for it on the emulated chain.
import type { Address } from '@ton/core';
import type { Chain } from '../../chain/chain.js';
import { OP_WORKER_PAYOUT } from '../../chain/contracts/proxy-contract.js';
import type { PayoutService } from '../../chain/payout/payout-service.js';

export interface DevnetPayoutFigures {
  claims: number;
  claimed_nano: string;
  /** Sum of payout messages that arrived at the owner (must equal claimed_nano). */
  owner_received_nano: string;
  /** The owner's balance now minus at start. */
  owner_balance_delta_nano: string;
  /** Rent and receive gas the owner's own account paid while receiving; delta + this = received. */
  owner_fees_nano: string;
  /** What the node wallet spent on claims (the owner pays none of it). */
  fees_nano: string;
}

export async function devnetPayoutFigures(o: {
  chain: Chain;
  payouts: PayoutService;
  owner: Address;
  ownerBalanceAtStart: bigint;
  proxySc: Address;
  /** The owner's last transaction lt when the run started: earlier payouts are not this run's. */
  ownerLtAtStart?: bigint;
}): Promise<DevnetPayoutFigures> {
  const totals = await o.payouts.totals();
  let received = 0n;
  let ownerFees = 0n;
  for (const tx of await o.chain.transactions(o.owner, 500)) {
    if (o.ownerLtAtStart !== undefined && tx.lt <= o.ownerLtAtStart) break;
    const m = tx.inMessage;
    if (m?.info.type !== 'internal' || !m.info.src.equals(o.proxySc)) continue;
    const s = m.body.beginParse();
    if (s.remainingBits < 32 || s.loadUint(32) !== OP_WORKER_PAYOUT) continue;
    received += m.info.value.coins;
    ownerFees += tx.totalFees.coins;
  }
  const balance = await o.chain.getBalance(o.owner);
  return {
    claims: totals.claims,
    claimed_nano: totals.claimedNano.toString(),
    owner_received_nano: received.toString(),
    owner_balance_delta_nano: (balance - o.ownerBalanceAtStart).toString(),
    owner_fees_nano: ownerFees.toString(),
    fees_nano: totals.feesNano.toString(),
  };
}
