// Earnings views computed from receipts (what was served), signed payments (what the proxy owes) and
// claims (what reached the owner's wallet). Amounts are bigint nanotons.
import type { Receipt } from './receipts-log.js';

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

export function totalsOf(receipts: readonly Receipt[], now: number): EarningsTotals {
  const dayStart = startOfLocalDay(now);
  let todayNano = 0n;
  let totalNano = 0n;
  let tokensServed = 0;
  let requestsServed = 0;
  for (const r of receipts) {
    const earned = BigInt(r.earnedNano);
    totalNano += earned;
    if (r.time >= dayStart) todayNano += earned;
    tokensServed += r.tokens.total;
    if (r.ok) requestsServed += 1;
  }
  return { todayNano, totalNano, requestsServed, tokensServed };
}

export interface EarningsBucket {
  start: number;
  earnedNano: bigint;
  requests: number;
  tokens: number;
}

/** Groups receipts into fixed buckets (hour = 3.6e6 ms, day = 8.64e7 ms in local days) for charts. */
export function bucketize(receipts: readonly Receipt[], size: 'hour' | 'day', from: number, to: number): EarningsBucket[] {
  const step = size === 'hour' ? 3_600_000 : 86_400_000;
  const first = size === 'hour' ? Math.floor(from / step) * step : startOfLocalDay(from);
  const buckets: EarningsBucket[] = [];
  for (let t = first; t < to; t += step) buckets.push({ start: t, earnedNano: 0n, requests: 0, tokens: 0 });
  for (const r of receipts) {
    if (r.time < first || r.time >= to) continue;
    const b = buckets[Math.floor((r.time - first) / step)];
    if (!b) continue;
    b.earnedNano += BigInt(r.earnedNano);
    b.requests += 1;
    b.tokens += r.tokens.total;
  }
  return buckets;
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
