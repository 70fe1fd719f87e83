import { useTranslation } from 'react-i18next';
import type { StateSnapshot } from '../../../src/api/index.js';
import type { ApiClient } from '../api/client.js';
import { StatusCard } from '../components/StatusCard.js';
import { HardwareCard } from '../components/HardwareCard.js';
import { EarningsCard } from '../components/EarningsCard.js';
import { NetworkCard } from '../components/NetworkCard.js';

export function Home(props: { state: StateSnapshot; client: ApiClient; run: (a: () => Promise<unknown>) => void; openWallet: () => void }) {
  const { t } = useTranslation();
  const { client, run, state } = props;
  return (
    <div className="grid">
      <StatusCard
        state={state}
        onPause={(choice) => run(() => client.call('worker:pause', choice))}
        onResume={() => run(() => client.call('worker:resume', {}))}
      />
      <EarningsCard state={state} />
      {!state.wallet.linked && (
        <section className="card hint span-2" aria-labelledby="hint-title">
          <h2 id="hint-title">{t('home.walletHint')}</h2>
          <p className="muted">{t('wallet.emptyHelp')}</p>
          <button type="button" className="primary" onClick={props.openWallet}>
            {t('home.walletGo')}
          </button>
        </section>
      )}
      <HardwareCard state={state} />
      <NetworkCard state={state} />
    </div>
  );
}
