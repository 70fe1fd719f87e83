// Today's earnings and the live work counters, and why nothing is earned while a proxy's checks hold pay back.
import { useTranslation } from 'react-i18next';
import type { StateSnapshot } from '../../../src/api/index.js';
import { numberText, tonText } from '../format.js';
import { verificationView } from './verification-view.js';
import { UnpaidNote } from './verification-lines.js';

export function EarningsCard({ state }: { state: StateSnapshot }) {
  const { t, i18n } = useTranslation();
  const e = state.earnings;
  const lang = i18n.language;
  return (
    <section className="card" aria-labelledby="earn-title" data-testid="earnings">
      <h2 id="earn-title">{t('home.earnedToday')}</h2>
      {state.network.mode === 'devnet' && <p className="muted small">{t('earnings.playMoney')}</p>}
      <UnpaidNote row={verificationView(state).unpaid} />
      <p className="big" data-testid="earned-today">
        {tonText(e.todayNano, lang, 6)} <span className="unit">{t('units.ton')}</span>
      </p>
      <dl>
        <dt>{t('home.earnedTotal')}</dt>
        <dd data-testid="earned-total">
          {tonText(e.totalNano, lang, 6)} {t('units.ton')}
        </dd>
        <dt>{t('home.pending')}</dt>
        <dd>
          {tonText(e.pendingNano, lang, 6)} {t('units.ton')}
        </dd>
        <dt>{t('home.requests')}</dt>
        <dd data-testid="requests-served">{numberText(e.requestsServed, lang, 0)}</dd>
        <dt>{t('home.activeRequests')}</dt>
        <dd data-testid="active-requests">{state.worker.activeRequests}</dd>
        <dt>{t('home.tokensPerSecond')}</dt>
        <dd data-testid="tokens-per-second" title={t('home.tokensPerSecondHint')}>
          {numberText(state.worker.tokensPerSecond, lang, 1)}
        </dd>
      </dl>
    </section>
  );
}
