import { useTranslation } from 'react-i18next';
import { formatTon, type StateSnapshot } from '../../../src/api/index.js';

export function EarningsCard({ state }: { state: StateSnapshot }) {
  const { t } = useTranslation();
  const e = state.earnings;
  return (
    <section className="card" aria-labelledby="earn-title" data-testid="earnings">
      <h2 id="earn-title">{t('home.earnedToday')}</h2>
      <p className="big">
        {formatTon(e.todayNano)} <span className="unit">{t('units.ton')}</span>
      </p>
      <dl>
        <dt>{t('home.earnedTotal')}</dt>
        <dd>
          {formatTon(e.totalNano)} {t('units.ton')}
        </dd>
        <dt>{t('home.requests')}</dt>
        <dd data-testid="requests-served">{e.requestsServed}</dd>
        <dt>{t('home.activeRequests')}</dt>
        <dd>{state.worker.activeRequests}</dd>
        <dt>{t('home.tokensPerSecond')}</dt>
        <dd>{state.worker.tokensPerSecond.toFixed(1)}</dd>
      </dl>
    </section>
  );
}
