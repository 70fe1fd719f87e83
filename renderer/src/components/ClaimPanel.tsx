// Pending vs paid, and "Claim now" with the core's answer (e.g. "Nothing to claim yet") shown in place.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EarningsView } from '../../../src/api/index.js';
import type { ApiClient } from '../api/client.js';
import { tonText } from '../format.js';

export function ClaimPanel({ view, client, onClaimed }: { view: EarningsView; client: ApiClient; onClaimed: () => void }) {
  const { t, i18n } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const claim = (): void => {
    setBusy(true);
    setResult(null);
    client
      .call('earnings:claim', {})
      .then(({ claims }) => {
        const sum = claims.reduce((n, c) => n + BigInt(c.amountNano), 0n);
        setResult({ ok: true, text: t('earnings.claimedResult', { amount: tonText(sum.toString(), i18n.language, 6) }) });
        onClaimed();
      })
      .catch((err: unknown) => setResult({ ok: false, text: err instanceof Error ? err.message : String(err) }))
      .finally(() => setBusy(false));
  };
  return (
    <section className="card" aria-labelledby="claim-title">
      <h2 id="claim-title">{t('earnings.claimTitle')}</h2>
      <dl className="stack">
        <dt>{t('earnings.pending')}</dt>
        <dd data-testid="pending">
          {tonText(view.pendingNano, i18n.language, 6)} {t('units.ton')}
        </dd>
        <dt>{t('earnings.claimed')}</dt>
        <dd data-testid="claimed">
          {tonText(view.claimedNano, i18n.language, 6)} {t('units.ton')}
        </dd>
      </dl>
      <div className="actions">
        <button type="button" className="primary" onClick={claim} disabled={busy} data-testid="claim">
          {busy ? t('earnings.claiming') : t('earnings.claimNow')}
        </button>
      </div>
      {result && (
        <p className={result.ok ? 'note ok' : 'note error'} role={result.ok ? 'status' : 'alert'} data-testid="claim-result">
          {result.text}
        </p>
      )}
    </section>
  );
}
