// Claims and sweeps on chain: when, who received the money (your wallet or the node wallet), what
// arrived there, the fee the node wallet paid, and the transaction hash — all as the chain shows them.
import { useTranslation } from 'react-i18next';
import type { EarningsView } from '../../../src/api/index.js';
import { formatDateTime, tonText } from '../format.js';

export function PayoutsTable({ view, devnet }: { view: EarningsView; devnet: boolean }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  return (
    <section className="card span-all" aria-labelledby="payouts-title">
      <h2 id="payouts-title">{t('earnings.payouts')}</h2>
      {devnet && (
        <p className="muted small" data-testid="play-money">
          {t('earnings.playMoney')}
        </p>
      )}
      {view.claims.length === 0 ? (
        <p className="empty">{t('earnings.noPayouts')}</p>
      ) : (
        <div className="table-wrap">
          <table data-testid="payouts">
            <thead>
              <tr>
                <th scope="col">{t('earnings.time')}</th>
                <th scope="col">{t('earnings.result')}</th>
                <th scope="col">{t('earnings.recipient')}</th>
                <th scope="col" className="num">
                  {t('earnings.received')}
                </th>
                <th scope="col" className="num">
                  {t('earnings.fees')}
                </th>
                <th scope="col">{t('earnings.tx')}</th>
              </tr>
            </thead>
            <tbody>
              {view.claims.map((c) => (
                <tr key={`${c.time}-${c.txHash ?? c.detail}`}>
                  <td>{formatDateTime(c.time, lang)}</td>
                  <td className={c.status === 'paid' ? 'ok' : 'err'} title={c.detail}>
                    {t(`earnings.claimStatus.${c.status}`)}
                    {c.kind === 'sweep' ? ` · ${t('earnings.sweepRow')}` : ''}
                  </td>
                  <td data-testid="payout-recipient" data-kind={c.recipientKind ?? 'unknown'}>
                    {c.recipientKind === null ? (
                      <span className="muted">{c.status === 'paid' ? t('earnings.unverified') : '—'}</span>
                    ) : (
                      <span title={c.recipient ?? ''} className={c.recipientKind === 'owner' ? 'ok' : 'warn'}>
                        {c.recipientKind === 'owner' ? t('earnings.toOwner') : t('earnings.toNodeWallet')}
                      </span>
                    )}
                  </td>
                  <td className="num" data-testid="payout-received">
                    {tonText(c.receivedNano, lang, 9)}
                  </td>
                  <td className="num">{tonText(c.feesNano, lang, 9)}</td>
                  <td>
                    {c.txHash ? (
                      <code className="hash" translate="no" title={c.txHash} data-testid="tx-hash">
                        {c.txHash}
                      </code>
                    ) : (
                      '—'
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
