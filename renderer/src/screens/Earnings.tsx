// Earnings: the chart per hour/day, pending vs paid with "Claim now", the receipts and the payouts.
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StateSnapshot } from '../../../src/api/index.js';
import type { ApiClient } from '../api/client.js';
import { useEarnings, type EarningsFilter } from '../hooks/useEarnings.js';
import { ClaimPanel } from '../components/ClaimPanel.js';
import { ReceiptsTable } from '../components/ReceiptsTable.js';
import { PayoutsTable } from '../components/PayoutsTable.js';

// recharts is most of the bundle's weight: load it with the screen that draws it, not at start-up.
const EarningsChart = lazy(async () => ({
  default: (await import('../components/EarningsChart.js')).EarningsChart,
}));

export function Earnings({ client, state }: { client: ApiClient; state: StateSnapshot }) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<EarningsFilter>({ bucket: 'hour', okOnly: false, proxy: null });
  const { view, error, reload, setOffset } = useEarnings(client, filter, state.earnings);
  if (error)
    return (
      <p className="banner error" role="alert">
        {error}
      </p>
    );
  if (!view)
    return (
      <p className="muted" role="status">
        …
      </p>
    );
  return (
    <div className="grid" data-testid="earnings-screen">
      <section className="card span-2" aria-labelledby="chart-title">
        <div className="card-head">
          <h2 id="chart-title">{t('earnings.chart')}</h2>
          <div className="segmented" role="radiogroup" aria-label={t('earnings.period')}>
            {(['hour', 'day'] as const).map((b) => (
              <button
                key={b}
                type="button"
                role="radio"
                aria-checked={filter.bucket === b}
                data-testid={`bucket-${b}`}
                onClick={() => setFilter({ ...filter, bucket: b })}
              >
                {b === 'hour' ? t('earnings.perHour') : t('earnings.perDay')}
              </button>
            ))}
          </div>
        </div>
        <Suspense fallback={<div className="chart-box" />}>
          <EarningsChart view={view} bucket={filter.bucket} />
        </Suspense>
      </section>
      <ClaimPanel
        view={view}
        client={client}
        onClaimed={reload}
        devnet={state.network.mode === 'devnet'}
        next={state.earnings.nextClaim}
      />
      <ReceiptsTable view={view} filter={filter} onFilter={setFilter} onPage={setOffset} />
      <PayoutsTable view={view} devnet={state.network.mode === 'devnet'} />
    </div>
  );
}
