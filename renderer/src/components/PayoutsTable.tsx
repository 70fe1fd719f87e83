// Claims sent on chain: when, how much, the fee paid by the node wallet, and the transaction hash.
import { useTranslation } from 'react-i18next';
import type { EarningsView } from '../../../src/api/index.js';
import { formatDateTime, tonText } from '../format.js';

export function PayoutsTable({ view }: { view: EarningsView }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  return (
    <section className="card span-all" aria-labelledby="payouts-title">
      <h2 id="payouts-title">{t('earnings.payouts')}</h2>
      {view.claims.length === 0 ? (
        <p className="empty">{t('earnings.noPayouts')}</p>
      ) : (
        <div className="table-wrap">
          <table data-testid="payouts">
            <thead>
              <tr>
                <th scope="col">{t('earnings.time')}</th>
                <th scope="col">{t('earnings.result')}</th>
                <th scope="col" className="num">{t('earnings.amount')}</th>
                <th scope="col" className="num">{t('earnings.fees')}</th>
                <th scope="col">{t('earnings.tx')}</th>
              </tr>
            </thead>
            <tbody>
              {view.claims.map((c) => (
                <tr key={`${c.time}-${c.txHash ?? c.detail}`}>
                  <td>{formatDateTime(c.time, lang)}</td>
                  <td className={c.status === 'paid' ? 'ok' : 'err'} title={c.detail}>
                    {t(`earnings.claimStatus.${c.status}`)}
                  </td>
                  <td className="num">{tonText(c.amountNano, lang, 9)}</td>
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
