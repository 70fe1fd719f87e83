// Pending vs paid, and "Claim now" with the core's answer shown in place: what arrived at your wallet (and
// what went to the node wallet), or a claim refused because its fee is too large a share, with the figures
// and a "Claim anyway" that sends it with `force`, or one the node wallet cannot pay (top it up). Below, the
// next claim's fee from the chain, the amount it is sent by itself from, and why it waits.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommandResponse, EarningsView, NextClaim } from '../../../src/api/index.js';
import type { ApiClient } from '../api/client.js';
import { tonText } from '../format.js';

type Result = { ok: boolean; text: string; canForce: boolean };

export function ClaimPanel({
  view,
  client,
  onClaimed,
  devnet,
  next,
}: {
  view: EarningsView;
  client: ApiClient;
  onClaimed: () => void;
  devnet: boolean;
  /** The next claim as the chain prices it (state.earnings.nextClaim). */
  next: NextClaim | null;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<Result | null>(null);
  const refusalText = (r: CommandResponse<'earnings:claim'>['refused'][number]): string => {
    switch (r.reason) {
      case 'fee-too-high':
        return t('earnings.refusedFee', {
          fee: tonText(r.feeNano, lang, 4),
          amount: tonText(r.amountNano, lang, 4),
          share: Math.round(r.maxFeeShare * 1000) / 10,
        });
      case 'needs-funding':
        return t('earnings.refusedFunding', { required: tonText(r.requiredNano ?? '0', lang, 4) });
      case 'not-claimable':
        return t('earnings.refusedNotClaimable');
    }
  };
  const describe = ({ claims, refused }: CommandResponse<'earnings:claim'>): Result => {
    const sum = (kind: 'owner' | 'node-wallet') =>
      claims
        .filter((c) => c.status === 'paid' && c.recipientKind === kind)
        .reduce((n, c) => n + BigInt(c.receivedNano), 0n);
    const parts: string[] = [];
    if (claims.length > 0)
      parts.push(t('earnings.claimedResult', { amount: tonText(sum('owner').toString(), lang, 6) }));
    if (sum('node-wallet') > 0n)
      parts.push(t('earnings.claimedToNode', { amount: tonText(sum('node-wallet').toString(), lang, 6) }));
    for (const r of refused) parts.push(refusalText(r));
    return {
      ok: refused.length === 0,
      text: parts.join(' '),
      canForce: refused.some((r) => r.reason === 'fee-too-high'),
    };
  };
  const claim = (force: boolean): void => {
    setBusy(true);
    setResult(null);
    client
      .call('earnings:claim', { force })
      .then((r) => {
        setResult(describe(r));
        if (r.claims.length > 0) onClaimed();
      })
      .catch((err: unknown) =>
        setResult({ ok: false, text: err instanceof Error ? err.message : String(err), canForce: false }),
      )
      .finally(() => setBusy(false));
  };
  return (
    <section className="card" aria-labelledby="claim-title">
      <h2 id="claim-title">{t('earnings.claimTitle')}</h2>
      {devnet && <p className="muted small">{t('earnings.playMoney')}</p>}
      <dl className="stack">
        <dt>{t('earnings.pending')}</dt>
        <dd data-testid="pending">
          {tonText(view.pendingNano, lang, 6)} {t('units.ton')}
        </dd>
        <dt>{t('earnings.claimed')}</dt>
        <dd data-testid="claimed">
          {tonText(view.claimedNano, lang, 6)} {t('units.ton')}
        </dd>
        {view.heldForOwnerNano !== '0' && (
          <>
            <dt>{t('earnings.heldForOwner')}</dt>
            <dd data-testid="held-for-owner">
              {tonText(view.heldForOwnerNano, lang, 6)} {t('units.ton')}
            </dd>
          </>
        )}
        <dt>{t('earnings.feesTotal')}</dt>
        <dd data-testid="fees-total">
          {tonText(view.feesNano, lang, 6)} {t('units.ton')}
        </dd>
        {next && next.feeNano !== '0' && (
          <>
            <dt>{t('earnings.nextClaimFee')}</dt>
            <dd data-testid="next-claim-fee">
              {tonText(next.feeNano, lang, 4)} {t('units.ton')}{' '}
              <span className="muted small">({t(`earnings.feeSource.${next.feeSource}`)})</span>
            </dd>
            <dt>{t('earnings.nextClaimThreshold')}</dt>
            <dd data-testid="next-claim-threshold">
              {tonText(next.thresholdNano, lang, 4)} {t('units.ton')}
            </dd>
          </>
        )}
      </dl>
      {next?.waiting && next.waiting !== 'claim-in-flight' && (
        <p
          className={next.waiting === 'below-threshold' ? 'muted small' : 'note error'}
          role={next.waiting === 'below-threshold' ? 'status' : 'alert'}
          data-testid="next-claim-waiting"
        >
          {t(`earnings.waiting.${next.waiting}`)}
        </p>
      )}
      <div className="actions">
        <button
          type="button"
          className="primary"
          onClick={() => claim(false)}
          disabled={busy}
          data-testid="claim"
        >
          {busy ? t('earnings.claiming') : t('earnings.claimNow')}
        </button>
        {result?.canForce && (
          <button type="button" onClick={() => claim(true)} disabled={busy} data-testid="claim-force">
            {t('earnings.claimAnyway')}
          </button>
        )}
      </div>
      {result && (
        <p
          className={result.ok ? 'note ok' : 'note error'}
          role={result.ok ? 'status' : 'alert'}
          data-testid="claim-result"
        >
          {result.text}
        </p>
      )}
    </section>
  );
}
