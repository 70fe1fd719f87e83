// One row per served request (its signed receipt), newest first, with "successful only" and proxy filters,
// a page at a time: older pages are read from the log on disk, so years of history page as fast as a day.
import { useTranslation } from 'react-i18next';
import type { EarningsView } from '../../../src/api/index.js';
import { formatDateTime, tonText } from '../format.js';
import { RECEIPTS_PAGE, type EarningsFilter } from '../hooks/useEarnings.js';

export function ReceiptsTable(props: {
  view: EarningsView;
  filter: EarningsFilter;
  onFilter: (f: EarningsFilter) => void;
  onPage: (offset: number) => void;
}) {
  const { t, i18n } = useTranslation();
  const { view, filter } = props;
  const lang = i18n.language;
  const filtered = filter.okOnly || filter.proxy !== null;
  const from = view.receiptsOffset;
  const to = from + view.receipts.length;
  return (
    <section className="card span-all" aria-labelledby="receipts-title">
      <h2 id="receipts-title">{t('earnings.receipts')}</h2>
      <div className="filters">
        <label className="check">
          <input
            type="checkbox"
            checked={filter.okOnly}
            data-testid="ok-only"
            onChange={(e) => props.onFilter({ ...filter, okOnly: e.target.checked })}
          />
          <span>{t('earnings.okOnly')}</span>
        </label>
        <label className="inline-field">
          <span>{t('earnings.proxy')}</span>
          <select
            value={filter.proxy ?? ''}
            data-testid="proxy-filter"
            onChange={(e) => props.onFilter({ ...filter, proxy: e.target.value || null })}
          >
            <option value="">{t('earnings.allProxies')}</option>
            {view.proxies.map((p) => (
              <option key={p} value={p} translate="no">
                {p}
              </option>
            ))}
          </select>
        </label>
      </div>
      {view.receipts.length === 0 ? (
        <p className="empty" data-testid="receipts-empty">
          {filtered ? t('earnings.emptyFiltered') : t('earnings.empty')}
        </p>
      ) : (
        <>
          <div className="table-wrap">
            <table data-testid="receipts">
              <thead>
                <tr>
                  <th scope="col">{t('earnings.time')}</th>
                  <th scope="col">{t('earnings.proxy')}</th>
                  <th scope="col">{t('earnings.model')}</th>
                  <th scope="col">{t('earnings.result')}</th>
                  <th scope="col">{t('earnings.encryption')}</th>
                  <th scope="col" className="num">
                    {t('earnings.tokens')}
                  </th>
                  <th scope="col" className="num">
                    {t('earnings.duration')}
                  </th>
                  <th scope="col" className="num">
                    {t('earnings.earned')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {view.receipts.map((r) => (
                  <tr key={r.requestId}>
                    <td>{formatDateTime(r.time, lang)}</td>
                    <td>
                      <code className="hash" translate="no" title={r.proxy}>
                        {r.proxy}
                      </code>
                    </td>
                    <td translate="no">{r.model}</td>
                    <td className={r.ok ? 'ok' : 'err'}>{r.ok ? t('earnings.ok') : t('earnings.failed')}</td>
                    <td
                      data-testid="receipt-encryption"
                      title={r.encrypted ? t('earnings.encryptedHint') : undefined}
                    >
                      {r.encrypted ? t('earnings.encrypted') : t('earnings.plain')}
                    </td>
                    <td className="num">{r.tokens}</td>
                    <td className="num">{t('units.ms', { value: Math.round(r.durationMs) })}</td>
                    <td className="num">{tonText(r.earnedNano, lang, 9)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div className="actions">
            <p className="muted small" data-testid="receipts-count">
              {from === 0
                ? t('earnings.shown', { shown: view.receipts.length, total: view.receiptsTotal })
                : t('earnings.shownRange', { from: from + 1, to, total: view.receiptsTotal })}
            </p>
            <button
              type="button"
              data-testid="receipts-newer"
              disabled={from === 0}
              onClick={() => props.onPage(Math.max(0, from - RECEIPTS_PAGE))}
            >
              {t('earnings.newer')}
            </button>
            <button
              type="button"
              data-testid="receipts-older"
              disabled={to >= view.receiptsTotal}
              onClick={() => props.onPage(to)}
            >
              {t('earnings.older')}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
