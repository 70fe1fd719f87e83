// The dashboard shell: header with the devnet badge, the screen navigation, banners, and the open screen.
import { useTranslation } from 'react-i18next';
import type { ApiClient } from './api/client.js';
import { useSilkworm } from './hooks/useSilkworm.js';
import { useScreen, screens } from './hooks/useScreen.js';
import { Home } from './screens/Home.js';
import { Earnings } from './screens/Earnings.js';
import { Wallet } from './screens/Wallet.js';
import { Schedule } from './screens/Schedule.js';
import { SettingsScreen } from './screens/SettingsScreen.js';
import { Logs } from './screens/Logs.js';
import { Bench } from './screens/Bench.js';
import { Models } from './screens/Models.js';
import { useModels } from './hooks/useModels.js';
import { Banners } from './components/Banners.js';

export function App({ client }: { client: ApiClient }) {
  const { t } = useTranslation();
  const view = useSilkworm(client);
  const [screen, open] = useScreen();
  const { state, settings } = view;
  const models = useModels(client, state, view.run);
  return (
    <div className="app">
      <a
        className="skip"
        href="#main"
        onClick={(e) => {
          e.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        {t('app.skip')}
      </a>
      <header className="top">
        <div className="brand">
          <span className="logo" aria-hidden="true">
            ◍
          </span>
          <div>
            <p className="title">{t('app.title')}</p>
            <p className="muted small">{t('app.tagline')}</p>
          </div>
        </div>
        {state?.network.mode === 'devnet' && (
          <p className="pill devnet" title={t('home.devnetLong')} data-testid="devnet-badge">
            {t('home.devnet')}
            {state.network.clientUrl && <code translate="no">{state.network.clientUrl}</code>}
          </p>
        )}
      </header>
      <nav className="nav" aria-label={t('nav.label')}>
        {screens.map((s) => (
          <a
            key={s}
            href={`#/${s}`}
            className={s === screen ? 'tab active' : 'tab'}
            aria-current={s === screen ? 'page' : undefined}
            data-testid={`nav-${s}`}
            onClick={(e) => {
              e.preventDefault();
              open(s);
            }}
          >
            {t(`nav.${s}`)}
          </a>
        ))}
      </nav>
      <main id="main" tabIndex={-1} aria-labelledby="screen-title">
        <h1 id="screen-title" className="screen-title">
          {t(`nav.${screen}`)}
        </h1>
        <Banners view={view} />
        {state && screen === 'home' && (
          <Home
            state={state}
            settings={settings}
            client={client}
            run={view.run}
            models={models}
            update={view.updateSettings}
            openWallet={() => open('wallet')}
            openModels={() => open('models')}
          />
        )}
        {state && screen === 'earnings' && <Earnings state={state} client={client} />}
        {state && screen === 'wallet' && <Wallet state={state} client={client} run={view.run} />}
        {settings && screen === 'schedule' && <Schedule settings={settings} save={view.saveSettings} />}
        {state && screen === 'bench' && <Bench state={state} client={client} run={view.run} />}
        {state && screen === 'models' && (
          <Models
            state={state}
            settings={settings}
            client={client}
            models={models}
            update={view.updateSettings}
          />
        )}
        {settings && screen === 'settings' && (
          <SettingsScreen settings={settings} update={view.updateSettings} save={view.saveSettings} />
        )}
        {screen === 'logs' && <Logs client={client} />}
      </main>
    </div>
  );
}
