import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiClient } from './api/client.js';
import { useSilkworm } from './hooks/useSilkworm.js';
import { Home } from './screens/Home.js';
import { SettingsScreen } from './screens/SettingsScreen.js';

const screens = ['home', 'settings'] as const;
type Screen = (typeof screens)[number];

export function App({ client }: { client: ApiClient }) {
  const { t } = useTranslation();
  const view = useSilkworm(client);
  const [screen, setScreen] = useState<Screen>('home');
  return (
    <div className="app">
      <header className="top">
        <div className="brand">
          <span className="logo" aria-hidden="true">
            ◍
          </span>
          <div>
            <h1>{t('app.title')}</h1>
            <p className="muted">{t('app.tagline')}</p>
          </div>
        </div>
        {view.state?.network.mode === 'devnet' && <p className="pill">{t('home.devnet')}</p>}
      </header>
      <nav className="tabs" aria-label="Screens">
        {screens.map((s) => (
          <button
            type="button"
            key={s}
            className={s === screen ? 'tab active' : 'tab'}
            aria-current={s === screen ? 'page' : undefined}
            data-testid={`nav-${s}`}
            onClick={() => {
              setScreen(s);
            }}
          >
            {t(`nav.${s}`)}
          </button>
        ))}
      </nav>
      {!view.connected && <p className="banner warn" role="status">{t('app.offline')}</p>}
      {view.error && (
        <p className="banner error" role="alert" data-testid="error">
          {view.error}
        </p>
      )}
      {view.state?.notices.map((n) => (
        <p key={n.id} className={`banner ${n.level}`} role="status">
          {n.message}
        </p>
      ))}
      <main>
        {screen === 'home' && view.state && <Home state={view.state} client={client} run={view.run} />}
        {screen === 'settings' && view.settings && <SettingsScreen settings={view.settings} update={view.updateSettings} />}
      </main>
    </div>
  );
}
