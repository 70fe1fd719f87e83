import { useTranslation } from 'react-i18next';
import type { Settings, SettingsPatch, StateSnapshot } from '../../../src/api/index.js';
import type { ApiClient } from '../api/client.js';
import { StatusCard } from '../components/StatusCard.js';
import { LevelCard } from '../components/LevelCard.js';
import { HardwareCard } from '../components/HardwareCard.js';
import { EarningsCard } from '../components/EarningsCard.js';
import { NetworkCard } from '../components/NetworkCard.js';
import { VerificationCard } from '../components/VerificationCard.js';
import { FirstRunCard, dismissPatch, proposalToShow } from '../components/FirstRunCard.js';
import type { ModelsView } from '../hooks/useModels.js';

interface Props {
  state: StateSnapshot;
  settings: Settings | null;
  client: ApiClient;
  run: (a: () => Promise<unknown>) => void;
  models: ModelsView;
  update: (patch: SettingsPatch) => void;
  openWallet: () => void;
  openModels: () => void;
}

export function Home(props: Props) {
  const { t } = useTranslation();
  const { client, run, state, settings } = props;
  const proposal = proposalToShow(state, settings);
  return (
    <div className="grid">
      {proposal && settings && (
        <FirstRunCard
          state={state}
          proposal={proposal}
          client={client}
          models={props.models}
          onDismiss={() => props.update(dismissPatch(settings))}
        />
      )}
      {state.models.needsChoice && !proposal && (
        <section className="card hint span-all" aria-labelledby="choose-title" data-testid="needs-choice">
          <h2 id="choose-title">{t('models.needsChoice')}</h2>
          <button type="button" className="primary" onClick={props.openModels}>
            {t('models.chooseGo')}
          </button>
        </section>
      )}
      <StatusCard
        state={state}
        onPause={(choice) => run(() => client.call('worker:pause', choice))}
        onResume={() => run(() => client.call('worker:resume', {}))}
      />
      {settings && (
        <LevelCard
          state={state}
          settings={settings}
          onThrottle={(choice) => run(() => client.call('worker:throttle', choice))}
        />
      )}
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
      <VerificationCard state={state} />
    </div>
  );
}
