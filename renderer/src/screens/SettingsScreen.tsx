// General switches apply at once; price, GPU memory share and the network form are saved together.
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings, SettingsPatch } from '../../../src/api/index.js';
import { LanguageSwitch } from '../components/LanguageSwitch.js';
import { NumberField } from '../components/NumberField.js';
import { NetworkFields } from '../components/NetworkFields.js';
import { SaveBar } from '../components/SaveBar.js';
import { useDraft } from '../hooks/useDraft.js';

interface Props {
  settings: Settings;
  update: (p: SettingsPatch) => void;
  save: (p: SettingsPatch) => Promise<Settings>;
}

export function SettingsScreen({ settings, update, save }: Props) {
  const { t } = useTranslation();
  const saved = useMemo(
    () => ({
      coefficient: settings.coefficient,
      vramPercent: Math.round(settings.availability.vramShare * 100),
      network: settings.network,
      feedUrl: settings.updates.feedUrl ?? '',
    }),
    [settings],
  );
  const persist = useCallback(
    (v: typeof saved) =>
      save({
        coefficient: v.coefficient,
        network: v.network,
        availability: { ...settings.availability, vramShare: v.vramPercent / 100 },
        updates: { ...settings.updates, feedUrl: v.feedUrl.trim() === '' ? null : v.feedUrl.trim() },
      }),
    [save, settings.availability, settings.updates],
  );
  const draft = useDraft(saved, persist);
  const v = draft.value;
  return (
    <div className="grid" data-testid="settings-screen">
      <section className="card" aria-labelledby="general-title">
        <h2 id="general-title">{t('settings.general')}</h2>
        <div className="form">
          <LanguageSwitch value={settings.language} onChange={(language) => update({ language })} />
          <label className="check">
            <input
              type="checkbox"
              checked={settings.autoStart}
              onChange={(e) => update({ autoStart: e.target.checked })}
            />
            <span>{t('settings.autoStart')}</span>
          </label>
          <label className="check">
            <input
              type="checkbox"
              checked={settings.startAtLogin}
              onChange={(e) => update({ startAtLogin: e.target.checked })}
            />
            <span>{t('settings.startAtLogin')}</span>
          </label>
          <label className="check">
            <input
              type="checkbox"
              checked={settings.updates.auto}
              onChange={(e) => update({ updates: { ...settings.updates, auto: e.target.checked } })}
            />
            <span>{t('settings.updatesAuto')}</span>
          </label>
        </div>
      </section>
      <section className="card span-2" aria-labelledby="network-title">
        <h2 id="network-title">{t('settings.network')}</h2>
        <div className="form">
          <NumberField
            label={t('settings.price')}
            value={v.coefficient}
            min={0}
            max={999_999_999}
            onChange={(c) => draft.set({ ...v, coefficient: c ?? 1000 })}
            testId="coefficient"
          />
          <p className="muted small">{t('settings.priceHelp')}</p>
          <NumberField
            label={t('settings.vramShare')}
            value={v.vramPercent}
            min={5}
            max={100}
            onChange={(p) => draft.set({ ...v, vramPercent: p ?? 85 })}
          />
          <NetworkFields value={v.network} onChange={(network) => draft.set({ ...v, network })} />
          <label className="field">
            <span>{t('settings.updatesFeed')}</span>
            <input
              type="url"
              value={v.feedUrl}
              placeholder="https://updates.example.org/silkworm/"
              translate="no"
              onChange={(e) => draft.set({ ...v, feedUrl: e.target.value })}
            />
          </label>
          <p className="note" role="note">
            {t('settings.restartNote')}
          </p>
          <SaveBar draft={draft} savedText={t('settings.saved')} testId="settings" />
        </div>
      </section>
    </div>
  );
}
