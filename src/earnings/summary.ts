// Earnings figures shared by the rollups and the views: receipts (what was served), signed payments (what
// the proxy owes) and claims (what reached the owner's wallet). Amounts are bigint nanotons.

export interface EarningsTotals {
  todayNano: bigint;
  totalNano: bigint;
  requestsServed: number;
  tokensServed: number;
}

/** Local midnight of `now` in the process's time zone. */
export function startOfLocalDay(now: number): number {
  const d = new Date(now);
  d.setHours(0, 0, 0, 0);
  return d.getTime();
}

export interface EarningsBucket {
  start: number;
  earnedNano: bigint;
  requests: number;
  tokens: number;
}

/**
 * "Earned in total" as shown: what the receipts add up to, but never less than what was claimed plus
 * what is signed and pending — receipts are history (a damaged log can lose lines), signed payments and
 * claims are money, so the total can never read lower than the money.
 */
export function earnedTotalNano(receiptsNano: bigint, claimedNano: bigint, pendingNano: bigint): bigint {
  const floor = claimedNano + pendingNano;
  return receiptsNano > floor ? receiptsNano : floor;
}
