// Builds the API's read models (earnings, claims, wallet) from the services. Amounts are what the chain
// shows: "claimed" is what arrived at the owner's address, each row names who received it.
import { Address } from '@ton/core';
import type { EarningsView } from '../api/earnings.js';
import type { ClaimRecord } from '../chain/index.js';
import type { EarningsLedger } from '../earnings/ledger.js';
import type { Money } from './money.js';
import type { Payouts } from './payouts.js';

export function claimView(c: ClaimRecord, testOnly = true): EarningsView['claims'][number] {
  return {
    time: c.at,
    kind: c.kind,
    status: c.status,
    amountNano: c.amountNano.toString(),
    recipient: c.recipient ? Address.parseRaw(c.recipient).toString({ bounceable: false, testOnly }) : null,
    recipientKind: c.recipientKind,
    receivedNano: c.receivedNano.toString(),
    feesNano: c.feesNano.toString(),
    txHash: c.txHash || null,
    detail: c.detail,
  };
}

export interface EarningsQuery {
  bucket: 'hour' | 'day';
  span: number;
  receiptsLimit: number;
  receiptsOffset: number;
  okOnly: boolean;
  proxy?: string | undefined;
}

export async function earningsView(
  q: EarningsQuery,
  d: { ledger: EarningsLedger; money: Money; payouts: Payouts },
): Promise<EarningsView> {
  const now = Date.now();
  const step = q.bucket === 'hour' ? 3_600_000 : 86_400_000;
  const receipts = d.ledger.receipts;
  const filter = { okOnly: q.okOnly, proxy: q.proxy };
  const page = await receipts.page({ ...filter, offset: q.receiptsOffset, limit: q.receiptsLimit });
  const claims = await d.money.claims.list();
  const totals = await d.money.payouts.totals();
  return {
    buckets: receipts
      .buckets(q.bucket, now - (q.span - 1) * step, now + 1, filter)
      .map((b) => ({ ...b, earnedNano: b.earnedNano.toString() })),
    receipts: page.map((r) => ({
      requestId: r.requestId,
      time: r.time,
      proxy: r.proxy,
      model: r.model,
      ok: r.ok,
      tokens: r.tokens.total,
      earnedNano: r.earnedNano,
      durationMs: r.durationMs,
      encrypted: r.encrypted ?? false,
    })),
    receiptsOffset: q.receiptsOffset,
    receiptsTotal: receipts.matching(filter),
    proxies: receipts.proxies(),
    pendingNano: (await d.payouts.pendingNano()).toString(),
    claimedNano: totals.paidToOwnerNano.toString(),
    heldForOwnerNano: totals.heldForOwnerNano.toString(),
    feesNano: totals.feesNano.toString(),
    unverifiedClaims: totals.unverified,
    claims: claims
      .slice(-50)
      .reverse()
      .map((c) => claimView(c, d.money.chain.network !== 'mainnet')),
    feePerTokenNano: (d.money.params()?.workerFeePerToken ?? 0n).toString(),
  };
}
