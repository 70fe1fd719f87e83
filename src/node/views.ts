// Builds the API's read models (earnings, claims, wallet) from the services.
import type { EarningsView } from '../api/earnings.js';
import type { ClaimRecord } from '../chain/index.js';
import type { EarningsLedger } from '../earnings/ledger.js';
import { bucketize } from '../earnings/summary.js';
import type { Money } from './money.js';
import type { Payouts } from './payouts.js';

export function claimView(c: ClaimRecord): EarningsView['claims'][number] {
  return { time: c.at, status: c.status, amountNano: c.amountNano.toString(), feesNano: c.feesNano.toString(), txHash: c.txHash || null, detail: c.detail };
}

export interface EarningsQuery {
  bucket: 'hour' | 'day';
  span: number;
  receiptsLimit: number;
  okOnly: boolean;
  proxy?: string | undefined;
}

export async function earningsView(q: EarningsQuery, d: { ledger: EarningsLedger; money: Money; payouts: Payouts }): Promise<EarningsView> {
  const now = Date.now();
  const step = q.bucket === 'hour' ? 3_600_000 : 86_400_000;
  const all = d.ledger.receipts.all();
  const filtered = all.filter((r) => (!q.okOnly || r.ok) && (q.proxy === undefined || r.proxy === q.proxy));
  const claims = await d.money.claims.list();
  const totals = await d.money.payouts.totals();
  return {
    buckets: bucketize(filtered, q.bucket, now - (q.span - 1) * step, now + 1).map((b) => ({ ...b, earnedNano: b.earnedNano.toString() })),
    receipts: filtered
      .slice(-q.receiptsLimit)
      .reverse()
      .map((r) => ({ requestId: r.requestId, time: r.time, proxy: r.proxy, model: r.model, ok: r.ok, tokens: r.tokens.total, earnedNano: r.earnedNano, durationMs: r.durationMs })),
    receiptsTotal: filtered.length,
    proxies: [...new Set(all.map((r) => r.proxy))],
    pendingNano: (await d.payouts.pendingNano()).toString(),
    claimedNano: totals.claimedNano.toString(),
    claims: claims.slice(-50).reverse().map(claimView),
    feePerTokenNano: (d.money.params()?.workerFeePerToken ?? 0n).toString(),
  };
}
