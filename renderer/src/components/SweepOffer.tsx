// The offer to send on what the node wallet received for the owner (payouts of the worker contract it
// owned before the link): the amount and the fee come from the core's quote and are shown before the
// owner confirms; the sweep is sent with exactly those figures (the core refuses if they changed).
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommandResponse } from '../../../src/api/index.js';
import type { ApiClient } from '../api/client.js';
import { tonText } from '../format.js';

type Quote = CommandResponse<'wallet:sweep-quote'>;

export function SweepOffer({
  client,
  heldNano,
  devnet,
}: {
  client: ApiClient;
  heldNano: string;
  devnet: boolean;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [quote, setQuote] = useState<Quote | null>(null);
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState<{ ok: boolean; text: string } | null>(null);
  useEffect(() => {
    let live = true;
    client
      .call('wallet:sweep-quote', {})
      .then((q) => live && setQuote(q))
      .catch(
        (err: unknown) =>
          live && setNote({ ok: false, text: err instanceof Error ? err.message : String(err) }),
      );
    return () => {
      live = false;
    };
  }, [client, heldNano]);
  const confirm = (q: Quote): void => {
    setBusy(true);
    client
      .call('wallet:sweep', { amountNano: q.amountNano, feeNano: q.feeNano })
      .then(({ sweep }) => {
        setQuote(null);
        setNote({
          ok: sweep.status === 'paid',
          text: t('wallet.sweepDone', {
            amount: tonText(sweep.receivedNano, lang, 6),
            fee: tonText(sweep.feesNano, lang, 6),
          }),
        });
      })
      .catch((err: unknown) => setNote({ ok: false, text: err instanceof Error ? err.message : String(err) }))
      .finally(() => setBusy(false));
  };
  return (
    <section className="card span-2" aria-labelledby="sweep-title" data-testid="sweep-offer">
      <h2 id="sweep-title">{t('wallet.sweepTitle')}</h2>
      <p className="muted">{t('wallet.sweepHelp')}</p>
      {devnet && <p className="muted small">{t('earnings.playMoney')}</p>}
      {quote && (
        <>
          <p data-testid="sweep-figures">
            {t('wallet.sweepOffer', {
              amount: tonText(quote.amountNano, lang, 6),
              fee: tonText(quote.feeNano, lang, 6),
              to: quote.to,
            })}
            {quote.source === 'estimated' ? ` ${t('wallet.sweepEstimated')}` : ''}
          </p>
          <div className="actions">
            <button
              type="button"
              className="primary"
              disabled={busy}
              onClick={() => confirm(quote)}
              data-testid="sweep-confirm"
            >
              {t('wallet.sweepConfirm')}
            </button>
          </div>
        </>
      )}
      {note && (
        <p
          className={note.ok ? 'note ok' : 'note error'}
          role={note.ok ? 'status' : 'alert'}
          data-testid="sweep-result"
        >
          {note.text}
        </p>
      )}
    </section>
  );
}
