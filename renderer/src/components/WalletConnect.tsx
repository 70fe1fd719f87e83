// TON Connect offer: the QR code (an SVG data URL from the core) and one button per wallet. A button opens
// the wallet's link in a new window; the approval arrives as a pushed state change.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LinkOfferView } from '../../../src/api/index.js';
import type { ApiClient } from '../api/client.js';
import { formatTime } from '../format.js';

export function WalletConnect({ client }: { client: ApiClient }) {
  const { t, i18n } = useTranslation();
  const [offer, setOffer] = useState<LinkOfferView | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const begin = (): void => {
    setBusy(true);
    setError(null);
    client
      .call('wallet:link', {})
      .then(setOffer)
      .catch((err: unknown) => setError(err instanceof Error ? err.message : String(err)))
      .finally(() => setBusy(false));
  };
  const expired = offer !== null && offer.expiresAt < Date.now();
  return (
    <div className="connect">
      {(offer === null || expired) && (
        <button
          type="button"
          className="primary"
          onClick={begin}
          disabled={busy}
          data-testid="wallet-connect"
        >
          {busy ? t('wallet.preparing') : t('wallet.connect')}
        </button>
      )}
      {error && (
        <p className="note error" role="alert">
          {t('wallet.error', { message: error })}
        </p>
      )}
      {offer && !expired && (
        <div className="offer" data-testid="wallet-offer">
          <img className="qr" src={offer.qrDataUrl} alt={t('wallet.qrAlt')} width={200} height={200} />
          <div>
            <p>{t('wallet.scan')}</p>
            <div className="wallet-list" role="group" aria-label={t('wallet.choose')}>
              {offer.wallets.map((w) => (
                <button
                  key={w.appName}
                  type="button"
                  translate="no"
                  onClick={() => window.open(w.link, '_blank', 'noopener')}
                >
                  {w.name}
                </button>
              ))}
            </div>
            <p className="muted small">
              {t('wallet.expires', { time: formatTime(offer.expiresAt, i18n.language) })}
            </p>
          </div>
        </div>
      )}
    </div>
  );
}
