// The money commands (claim now, sweep quote, sweep) as thin adapters: payout errors become API errors
// by their code, and a claim refused for its fee comes back with the figures, not as a failure.
import { ApiError, type ApiErrorCode } from '../api/envelope.js';
import type { CommandResponse, ParsedRequest } from '../api/commands.js';
import { PayoutError, type PayoutErrorCode } from '../chain/index.js';
import type { EarningsLedger } from '../earnings/ledger.js';
import type { Money } from './money.js';
import type { Payouts } from './payouts.js';
import { claimView } from './views.js';

export interface MoneyDeps {
  ledger: EarningsLedger;
  money: Money;
  payouts: Payouts;
}

function apiCode(code: PayoutErrorCode): ApiErrorCode {
  switch (code) {
    case 'claims-blocked':
    case 'claim-in-flight':
      return 'unavailable';
    case 'nothing-pending':
    case 'node-wallet-low':
    case 'fee-too-high':
    case 'no-owner':
    case 'nothing-to-sweep':
    case 'offer-changed':
      return 'conflict';
  }
}

async function asApi<T>(op: () => Promise<T>): Promise<T> {
  try {
    return await op();
  } catch (err) {
    if (err instanceof PayoutError) throw new ApiError(apiCode(err.code), err.message);
    throw err;
  }
}

const testOnly = (d: MoneyDeps): boolean => d.money.chain.network !== 'mainnet';

export function claimNow(d: MoneyDeps, force: boolean): Promise<CommandResponse<'earnings:claim'>> {
  return asApi(async () => {
    if (d.ledger.payments.all().length === 0)
      throw new ApiError('conflict', 'Nothing to claim yet: no proxy has signed a payment.');
    const { claims, refused } = await d.payouts.claimNow(force);
    if (claims.length === 0 && refused.length === 0)
      throw new ApiError('conflict', 'Nothing to claim: every signed payment is already on chain.');
    return {
      claims: claims.map((c) => claimView(c, testOnly(d))),
      refused: refused.map((r) => ({
        ...r,
        amountNano: r.amountNano.toString(),
        feeNano: r.feeNano.toString(),
        requiredNano: r.requiredNano?.toString() ?? null,
      })),
    };
  });
}

export function sweepQuote(d: MoneyDeps): Promise<CommandResponse<'wallet:sweep-quote'>> {
  return asApi(async () => {
    const q = await d.money.sweeper.quote(d.money.linker.owner);
    return {
      to: q.to.toString({ bounceable: false, testOnly: testOnly(d) }),
      amountNano: q.amountNano.toString(),
      feeNano: q.feeNano.toString(),
      source: q.source,
    };
  });
}

export function sweep(
  d: MoneyDeps,
  confirmed: ParsedRequest<'wallet:sweep'>,
): Promise<CommandResponse<'wallet:sweep'>> {
  return asApi(async () => {
    const record = await d.money.sweeper.sweep(d.money.linker.owner, {
      amountNano: BigInt(confirmed.amountNano),
      feeNano: BigInt(confirmed.feeNano),
    });
    return { sweep: claimView(record, testOnly(d)) };
  });
}
