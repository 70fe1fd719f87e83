import { useTranslation } from 'react-i18next';
import type { Settings, SettingsPatch } from '../../../src/api/index.js';
import { LanguageSwitch } from '../components/LanguageSwitch.js';

export function SettingsScreen({ settings, update }: { settings: Settings; update: (p: SettingsPatch) => void }) {
  const { t } = useTranslation();
  return (
    <section className="card wide" aria-labelledby="settings-title">
      <h2 id="settings-title">{t('nav.settings')}</h2>
      <LanguageSwitch
        value={settings.language}
        onChange={(language) => {
          update({ language });
        }}
      />
      <label className="check">
        <input
          type="checkbox"
          checked={settings.autoStart}
          onChange={(e) => {
            update({ autoStart: e.target.checked });
          }}
        />
        <span>{t('settings.autoStart')}</span>
      </label>
      <label className="check">
        <input
          type="checkbox"
          checked={settings.startAtLogin}
          onChange={(e) => {
            update({ startAtLogin: e.target.checked });
          }}
        />
        <span>{t('settings.startAtLogin')}</span>
      </label>
    </section>
  );
}
