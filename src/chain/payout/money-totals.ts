// Totals over the claim store, counted by where the money actually went.
import type { ClaimRecord } from './claim-store.js';

export interface MoneyTotals {
  /** Paid claims (to anyone). */
  claims: number;
  /** Σ claimed amounts of paid claims, whoever received them. */
  claimedNano: bigint;
  /** Σ what arrived at the owner's address: claims paid to the owner and sweeps. */
  paidToOwnerNano: bigint;
  /** Σ payouts that arrived at the node wallet (claims on a worker contract it owned). */
  nodeWalletReceivedNano: bigint;
  /** Σ what sweeps sent on to the owner. */
  sweptNano: bigint;
  /** Received by the node wallet for the owner and not swept yet. */
  heldForOwnerNano: bigint;
  /** Σ what the node wallet spent on claims and sweeps. */
  feesNano: bigint;
  /** Paid claims whose recipient was never read from the chain (older records). */
  unverified: number;
}

export function moneyTotals(records: ClaimRecord[]): MoneyTotals {
  const t: MoneyTotals = {
    claims: 0,
    claimedNano: 0n,
    paidToOwnerNano: 0n,
    nodeWalletReceivedNano: 0n,
    sweptNano: 0n,
    heldForOwnerNano: 0n,
    feesNano: 0n,
    unverified: 0,
  };
  for (const r of records) {
    t.feesNano += r.feesNano;
    if (r.status !== 'paid') continue;
    if (r.recipientKind === 'owner') t.paidToOwnerNano += r.receivedNano;
    if (r.kind === 'sweep') {
      t.sweptNano += r.amountNano;
      continue;
    }
    t.claims += 1;
    t.claimedNano += r.amountNano;
    if (r.recipientKind === 'node-wallet') t.nodeWalletReceivedNano += r.receivedNano;
    if (r.recipientKind === null) t.unverified += 1;
  }
  const held = t.nodeWalletReceivedNano - t.sweptNano;
  t.heldForOwnerNano = held > 0n ? held : 0n;
  return t;
}
